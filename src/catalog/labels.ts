/** Human wording for categories, retry actions, arrival paths and retired platforms, shared by the generated docs and the CLI. */
import type { ArrivalPath, ErrorCategory, RetiredPlatform, RetryAction } from './schema.js';

export const CATEGORY_LABELS: Readonly<Record<ErrorCategory, { readonly heading: string; readonly meaning: string }>> = {
  sender: {
    heading: 'Sender',
    meaning: 'The business can fix these: credentials, permissions, account state, billing, templates, request shape and sending rate.',
  },
  recipient: {
    heading: 'Recipient',
    meaning: "The recipient's side: their app, their registration, their preferences or consent.",
  },
  platform: {
    heading: 'Platform',
    meaning: "Meta's side: outages, internal errors and platform decisions, often temporary and beyond the business's control.",
  },
};

export const RETRY_ACTION_LABELS: Readonly<Record<RetryAction, string>> = {
  retry: 'send the same request again',
  'retry-with-backoff': 'send it again, waiting longer after each failure',
  wait: 'send it again only after a delay',
  'send-template': 'send an approved template message instead',
  'refresh-token': 'get a new access token, then send again',
  'fix-request': 'change the request, then send it again',
  'fix-account': "fix the business's setup (permissions, payment, templates, registration), then send again",
  'do-not-retry': 'do not send it again: it will not be delivered',
  'contact-support': 'only Meta support can resolve it',
};

export const ARRIVAL_PATH_LABELS: Readonly<Record<ArrivalPath, string>> = {
  response: 'the API response',
  'status-webhook': 'a failed status webhook (statuses[].errors)',
  'message-webhook': 'an incoming message webhook (messages[].errors)',
  'account-webhook': 'an errors webhook (value.errors)',
  'call-webhook': 'the calls webhook',
  'history-webhook': 'the history webhook',
  'health-status': 'the Health Status API (error_code)',
};

export const RETIRED_PLATFORM_LABELS: Readonly<Record<RetiredPlatform, string>> = {
  cloud: 'retired Cloud API',
  'on-premises': 'retired On-Premises',
};

/** A delay for people: "24 h", "5 min", "6 s". */
export function formatDuration(seconds: number): string {
  if (seconds === 86_400) return '24 h';
  if (seconds % 86_400 === 0) return `${seconds / 86_400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

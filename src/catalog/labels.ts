/** Human wording for categories and retry advice, shared by the generated docs and the CLI. */
import type { ErrorCategory, RetiredPlatform, RetryAdvice } from './schema.js';

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

export const RETRY_LABELS: Readonly<Record<RetryAdvice, string>> = {
  yes: 'retry the same request with backoff',
  wait: 'retry only after a delay',
  fix: 'retry only after fixing the cause on your side',
  no: 'do not retry',
};

export const RETIRED_PLATFORM_LABELS: Readonly<Record<RetiredPlatform, string>> = {
  cloud: 'retired Cloud API',
  'on-premises': 'retired On-Premises',
};

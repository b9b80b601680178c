// A status webhook handler as many integrations write it, with five planted mistakes.
// `npm run demo` lints this folder with configs.recommended.
import { categoryOf } from 'whatsapp-error-codes';

interface StatusError {
  code: number;
  title: string;
}

interface MessageStatus {
  id: string;
  recipient_id: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  errors?: StatusError[];
}

declare function sendTemplate(to: string): Promise<void>;
declare function suppressContact(to: string): Promise<void>;
declare function pauseCampaign(reason: string): Promise<void>;

export async function onStatus(status: MessageStatus): Promise<void> {
  const error = status.errors?.[0];
  if (status.status !== 'failed' || !error) return;

  switch (error.code) {
    case 131074: // Mistake 1: a typo for 131047, the closed 24-hour window. This branch never runs.
      await sendTemplate(status.recipient_id);
      return;
    case 470: // Mistake 2: the On-Premises code for the same thing; the Cloud API never sends it.
      await sendTemplate(status.recipient_id);
      return;
    // Mistake 5: the comment says rate limit, but 130472 is a Meta marketing experiment (the rate limit is 130429).
    case 130472: // rate limit: pause the campaign
      await pauseCampaign('throttled');
      return;
  }

  if (error.code === 131026) {
    // Mistake 3: a magic number. `--fix` turns it into WhatsAppErrorCode.MESSAGE_UNDELIVERABLE.
    await suppressContact(status.recipient_id);
    return;
  }

  // Mistake 4: Meta's own failures ('platform') fall out of this switch unhandled.
  switch (categoryOf(error.code)) {
    case 'sender':
      await pauseCampaign(error.title);
      break;
    case 'recipient':
      await suppressContact(status.recipient_id);
      break;
  }
}

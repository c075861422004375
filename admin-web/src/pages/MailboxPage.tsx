import { MailboxView } from '../modules/mailbox/views/MailboxView';

export function MailboxPage() {
  return <MailboxView />;
}

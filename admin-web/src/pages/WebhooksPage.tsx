import { WebhooksView } from '../modules/webhooks/views/WebhooksView';

export function WebhooksPage() {
  return <WebhooksView />;
}

import { MyNotificationsView } from '../modules/notifications/views/MyNotificationsView';

/** My notifications: the inbox and my preferences. */
export function NotificationsPage() {
  return <MyNotificationsView />;
}

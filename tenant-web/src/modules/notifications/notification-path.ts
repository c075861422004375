/** What a notification needs to say where it leads. */
export interface NotificationTarget {
  url: string | null;
  workOrder: { id: string } | null;
}

/**
 * The app path a notification opens (its `url` is absolute, e.g. `https://host/requests/42`): the path,
 * query and hash of that url, whatever its host (the api may know the app by another name), so the router
 * opens it without a reload. Without a usable url, the work order's request page; null when neither.
 */
export const notificationPath = (notification: NotificationTarget): string | null => {
  if (notification.url) {
    try {
      const url = new URL(notification.url, window.location.origin);
      if (url.protocol === 'https:' || url.protocol === 'http:')
        return `${url.pathname}${url.search}${url.hash}`;
    } catch {
      // Not a url: fall back to the work order below.
    }
  }
  return notification.workOrder ? `/requests/${encodeURIComponent(notification.workOrder.id)}` : null;
};

/**
 * Web push in the browser: feature detection, this app's service worker registration, the VAPID key's
 * bytes, and what the api needs from a PushSubscription.
 */

/** How long to wait for a just-registered service worker to become active. */
const READY_TIMEOUT_MS = 10_000;

/** True when this browser has the Push API at all (e.g. not iOS Safari outside an installed app). */
export const pushSupported = (): boolean =>
  'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

/**
 * The app's active service worker registration, or null when there is none: development builds register
 * none (push is then "not available here"), nor does a browser that refused it.
 */
export const findPushRegistration = async (): Promise<ServiceWorkerRegistration | null> => {
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration) return null;
  if (registration.active) return registration;
  // Still installing (a first visit): wait for it to take over, but not forever.
  let timer = 0;
  const timeout = new Promise<null>((resolve) => {
    timer = window.setTimeout(() => resolve(null), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([navigator.serviceWorker.ready, timeout]);
  } finally {
    window.clearTimeout(timer);
  }
};

/** A base64url string (the VAPID public key) as bytes, for `applicationServerKey`. */
export const base64UrlToBytes = (value: string): Uint8Array<ArrayBuffer> => {
  const trimmed = value.trim().replace(/=+$/, '');
  const base64 = trimmed
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(trimmed.length / 4) * 4, '=');
  const binary = window.atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** True when `subscription` was made with this application server key (a new key needs a new one). */
export const subscribedWithKey = (subscription: PushSubscription, key: Uint8Array): boolean => {
  const current = subscription.options.applicationServerKey;
  if (!current) return false;
  const bytes = new Uint8Array(current);
  return bytes.length === key.length && bytes.every((byte, i) => byte === key[i]);
};

/** What registerPushSubscription takes, from `subscription.toJSON()`; null if the browser left a part out. */
export const subscriptionInput = (
  subscription: PushSubscription,
): { endpoint: string; p256dh: string; auth: string } | null => {
  const json = subscription.toJSON();
  const endpoint = json.endpoint ?? subscription.endpoint;
  const p256dh = json.keys?.['p256dh'];
  const auth = json.keys?.['auth'];
  return endpoint && p256dh && auth ? { endpoint, p256dh, auth } : null;
};

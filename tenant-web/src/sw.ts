/// <reference lib="webworker" />
/**
 * The tenant app's service worker (built by vite-plugin-pwa, injectManifest):
 * - precaches the built app, and answers the app's navigations with index.html, so it opens offline;
 * - never touches the api: /graphql, /uploads, /reports, /exports (and the manager console under /admin)
 *   always go to the network, uncached;
 * - shows web push notifications ({ title, body, url }) and opens their url when tapped.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

/** Paths that belong to the api or to another app, never to this one's shell. */
const NOT_THE_APP = /^\/(graphql|uploads|reports|exports|admin|healthz|readyz|metrics)(\/|$)/;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any other page of the app (a request, the report form…) starts from the precached index.html.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [NOT_THE_APP],
  }),
);

// The page asks for a waiting new version to take over (after the tenant chose "Reload").
self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});

// The first install takes the open pages at once (so they work offline without a reload); later versions
// wait for the tenant's "Reload".
clientsClaim();

interface PushMessage {
  title: string;
  body: string;
  url: string;
}

const FALLBACK_TITLE = 'Fixline';

const readPush = (event: PushEvent): PushMessage => {
  let payload: unknown = null;
  try {
    payload = event.data?.json() ?? null;
  } catch {
    // Not JSON: use the text as the body.
    payload = { body: event.data?.text() ?? '' };
  }
  const field = (name: string): string | null => {
    if (typeof payload !== 'object' || payload === null || !(name in payload)) return null;
    const value: unknown = (payload as Record<string, unknown>)[name];
    return typeof value === 'string' && value.trim() ? value : null;
  };
  return {
    title: field('title') ?? FALLBACK_TITLE,
    body: field('body') ?? '',
    url: field('url') ?? '/',
  };
};

/** Only our own pages open from a notification: anything else becomes the app's home. */
const sameOriginUrl = (url: unknown): string => {
  try {
    const target = new URL(typeof url === 'string' ? url : '/', self.location.origin);
    return target.origin === self.location.origin ? target.href : new URL('/', self.location.origin).href;
  } catch {
    return new URL('/', self.location.origin).href;
  }
};

self.addEventListener('push', (event) => {
  const message = readPush(event);
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      icon: '/icons/icon-192.png',
      badge: '/icons/badge-96.png',
      data: { url: sameOriginUrl(message.url) },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data: unknown = event.notification.data;
  const url = sameOriginUrl(typeof data === 'object' && data !== null && 'url' in data ? data.url : '/');
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      // An open window of the app: bring it forward on that page rather than open another.
      const open = windows.find((client) => {
        const page = new URL(client.url);
        return page.origin === self.location.origin && !NOT_THE_APP.test(page.pathname);
      });
      if (open) {
        const focused = await open.focus();
        if (focused.url !== url) await focused.navigate(url).catch(() => null);
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});

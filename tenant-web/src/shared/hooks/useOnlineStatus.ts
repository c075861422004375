import { useSyncExternalStore } from 'react';

const subscribe = (listener: () => void): (() => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

const read = (): boolean => navigator.onLine;

/**
 * False when the browser knows it has no network at all. True is only a hint (a captive portal or a dead
 * Wi-Fi still says "online"): a request that fails for lack of network is handled where it is made.
 */
export const useOnlineStatus = (): boolean => useSyncExternalStore(subscribe, read, () => true);

import { createContext, useContext, useSyncExternalStore } from 'react';

/** State of the live (WebSocket) connection. `idle`: nothing is listening, so no socket is open. */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting';

export interface ConnectionStatusStore {
  get: () => ConnectionStatus;
  set: (status: ConnectionStatus) => void;
  subscribe: (listener: () => void) => () => void;
}

export const createConnectionStatusStore = (): ConnectionStatusStore => {
  let status: ConnectionStatus = 'idle';
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set: (next) => {
      if (next === status) return;
      status = next;
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

const idleStore = createConnectionStatusStore();

export const ConnectionStatusContext = createContext<ConnectionStatusStore>(idleStore);

export const useConnectionStatus = (): ConnectionStatus => {
  const store = useContext(ConnectionStatusContext);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
};

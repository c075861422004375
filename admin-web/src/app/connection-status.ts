export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'idle';

export interface ConnectionStatusStore {
  getSnapshot: () => ConnectionStatus;
  subscribe: (listener: () => void) => () => void;
  set: (status: ConnectionStatus) => void;
}

export function createConnectionStatusStore(initial: ConnectionStatus = 'idle'): ConnectionStatusStore {
  let status = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set: (next) => {
      if (next === status) return;
      status = next;
      listeners.forEach((listener) => listener());
    },
  };
}

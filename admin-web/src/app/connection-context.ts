import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ConnectionStatus, ConnectionStatusStore } from './connection-status';

export const ConnectionStatusContext = createContext<ConnectionStatusStore | null>(null);

export function useConnectionStatus(): ConnectionStatus {
  const store = useContext(ConnectionStatusContext);
  if (!store) throw new Error('useConnectionStatus must be used inside <SessionApolloProvider>');
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

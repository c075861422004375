import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSession } from '../modules/auth/hooks/session';
import { ConnectionStatusContext, createConnectionStatusStore } from '../shared/connection-status';
import { createApolloSession, type ApolloSession } from './apollo-client';

/** Builds the Apollo client for the current token; signing in or out swaps it (and so its cache). */
export const ApolloSessionProvider = ({ children }: { children: ReactNode }) => {
  const { token, signOut } = useSession();
  const [connection] = useState(createConnectionStatusStore);

  const session = useMemo(
    () => createApolloSession({ token, connection, onUnauthenticated: () => signOut('expired') }),
    [token, connection, signOut],
  );

  // Dispose the previous client once the new one is in place (not in an effect cleanup, which
  // StrictMode runs on the live client too).
  const previous = useRef<ApolloSession | null>(null);
  useEffect(() => {
    if (previous.current && previous.current !== session) previous.current.dispose();
    previous.current = session;
  }, [session]);

  return (
    <ConnectionStatusContext.Provider value={connection}>
      <ApolloProvider client={session.client}>{children}</ApolloProvider>
    </ConnectionStatusContext.Provider>
  );
};

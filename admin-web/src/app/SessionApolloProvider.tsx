import { ApolloProvider } from '@apollo/client/react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useAuth } from '../modules/auth/auth-context';
import { createSessionClient, type SessionClient } from './apollo-client';
import { ConnectionStatusContext } from './connection-context';

interface ClientForToken {
  token: string | null;
  client: SessionClient;
}

/**
 * Gives the tree an Apollo client bound to the current token. Signing in or out swaps the client,
 * which drops the cache and reopens the WebSocket with the new identity.
 */
export function SessionApolloProvider({ children }: { children: ReactNode }) {
  const { token, signOut } = useAuth();
  const [current, setCurrent] = useState<ClientForToken | null>(null);

  const onUnauthenticated = useCallback(() => signOut('expired'), [signOut]);

  useEffect(() => {
    const client = createSessionClient({ token, onUnauthenticated });
    setCurrent({ token, client });
    return () => client.dispose();
  }, [token, onUnauthenticated]);

  // Never render with a client that belongs to another token.
  if (!current || current.token !== token) return null;

  return (
    <ApolloProvider client={current.client.apollo}>
      <ConnectionStatusContext.Provider value={current.client.connection}>
        {children}
      </ConnectionStatusContext.Provider>
    </ApolloProvider>
  );
}

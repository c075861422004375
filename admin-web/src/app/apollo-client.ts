import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type FieldPolicy,
  type Reference,
} from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { createConnectionStatusStore, type ConnectionStatusStore } from './connection-status';

/** WebSocket close codes after which reconnecting with the same token is pointless. */
const AUTH_CLOSE_CODES = new Set([4401, 4403]);
const NORMAL_CLOSURE = 1000;
const MAX_RETRY_DELAY_MS = 15_000;

export interface SessionClient {
  apollo: ApolloClient;
  connection: ConnectionStatusStore;
  dispose: () => void;
}

export interface SessionClientOptions {
  token: string | null;
  /** Called when the server says the token is missing, invalid or expired. */
  onUnauthenticated: () => void;
}

function graphqlWsUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/graphql`;
}

function closeCode(event: unknown): number | undefined {
  if (typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number') {
    return event.code;
  }
  return undefined;
}

/** A page of the viewer's notifications as the cache keeps it. */
interface NotificationPage {
  nodes?: readonly Reference[];
}

/**
 * `notifications(first, after, unreadOnly)`: a page fetched with `after` (the inbox's "Load more") is added
 * below the ones already there; a first page replaces them.
 */
const notificationsPolicy: FieldPolicy<NotificationPage> = {
  keyArgs: ['first', 'unreadOnly'],
  merge(existing, incoming, { args, readField }) {
    if (!existing || !args?.['after']) return incoming;
    const known = new Set((existing.nodes ?? []).map((node) => readField<string>('id', node)));
    const added = (incoming.nodes ?? []).filter((node) => !known.has(readField<string>('id', node)));
    return { ...incoming, nodes: [...(existing.nodes ?? []), ...added] };
  },
};

function retryWait(retries: number): Promise<void> {
  const delay = Math.min(1000 * 2 ** retries, MAX_RETRY_DELAY_MS) + Math.floor(Math.random() * 1000);
  return new Promise((resolve) => setTimeout(resolve, delay));
}

/**
 * One Apollo client per signed-in token: a new sign-in gets a new WebSocket identity and an empty
 * cache, and signing out drops both.
 */
export function createSessionClient({ token, onUnauthenticated }: SessionClientOptions): SessionClient {
  const connection = createConnectionStatusStore(token ? 'connecting' : 'idle');
  let hasConnected = false;
  let disposed = false;

  const wsClient = createClient({
    url: graphqlWsUrl(),
    // signed in: connected as long as the console is open, so the Live indicator is true on every page
    lazy: token === null,
    keepAlive: 15_000,
    retryAttempts: Infinity,
    retryWait,
    shouldRetry: (event) => {
      const code = closeCode(event);
      return code === undefined || !AUTH_CLOSE_CODES.has(code);
    },
    connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
  });

  const httpLink = new HttpLink({ uri: '/graphql' });

  const authLink = new SetContextLink((prevContext) => ({
    headers: {
      ...prevContext.headers,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  }));

  const errorLink = new ErrorLink(({ error }) => {
    if (
      !disposed &&
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED')
    ) {
      onUnauthenticated();
    }
  });

  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(wsClient),
    ApolloLink.from([authLink, httpLink]),
  );

  const apollo = new ApolloClient({
    link: ApolloLink.from([errorLink, transport]),
    cache: new InMemoryCache({
      possibleTypes: {
        Assignee: ['Vendor', 'Technician'],
      },
      typePolicies: {
        Query: {
          fields: {
            workOrders: { merge: false },
            assignmentSuggestions: { merge: false },
            assignmentRules: { merge: false },
            notifications: notificationsPolicy,
            notificationTemplates: { merge: false },
            developmentMailbox: { merge: false },
            // Id-less answers (a ledger, a page of documents): the newest replaces the older one.
            rentLedger: { merge: false },
            documents: { merge: false },
          },
        },
        WorkOrder: {
          fields: {
            access: { merge: true },
            availability: { merge: false },
            timeline: { merge: false },
            triageReasons: { merge: false },
            availableActions: { merge: false },
            // Id-less values: the newest answer wins, nothing stale is kept from an older one.
            appointment: { merge: false },
            rescheduleRequest: { merge: false },
            costApproval: { merge: false },
            actualCost: { merge: false },
            rating: { merge: false },
            notificationLog: { merge: false },
          },
        },
        Vendor: {
          fields: {
            services: { merge: false },
            hourlyRate: { merge: false },
            calloutFee: { merge: false },
          },
        },
        Owner: {
          fields: {
            approvalPolicy: { merge: false },
          },
        },
        // No ids: templates are known by their key; the company profile and preferences are one per session.
        NotificationTemplate: { keyFields: ['key'] },
        CompanyProfile: { keyFields: [] },
        NotificationPreferences: {
          keyFields: [],
          fields: {
            events: { merge: false },
            quietHours: { merge: false },
          },
        },
      },
    }),
  });

  const unsubscribers = [
    wsClient.on('connecting', () => {
      connection.set(hasConnected ? 'reconnecting' : 'connecting');
    }),
    wsClient.on('connected', () => {
      const wasConnectedBefore = hasConnected;
      hasConnected = true;
      connection.set('live');
      // graphql-ws resubscribes after a reconnect but replays nothing: catch up on what we missed.
      if (wasConnectedBefore) void apollo.refetchQueries({ include: 'active' });
    }),
    wsClient.on('closed', (event) => {
      if (disposed) return;
      const code = closeCode(event);
      if (code !== undefined && AUTH_CLOSE_CODES.has(code)) {
        connection.set('idle');
        onUnauthenticated();
        return;
      }
      connection.set(code === NORMAL_CLOSURE ? 'idle' : 'reconnecting');
    }),
  ];

  return {
    apollo,
    connection,
    dispose: () => {
      disposed = true;
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      apollo.stop();
      void wsClient.dispose();
    },
  };
}

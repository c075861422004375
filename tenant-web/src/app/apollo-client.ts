import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type FieldPolicy,
  type Reference,
} from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { OperationTypeNode } from 'graphql';
import type { ConnectionStatusStore } from '../shared/connection-status';

const GRAPHQL_PATH = '/graphql';
/** graphql-ws close codes that mean "your token is no longer good". */
const AUTH_CLOSE_CODES = new Set([4401, 4403]);
const MAX_RETRY_WAIT_MS = 30_000;

export interface ApolloSession {
  client: ApolloClient;
  dispose: () => void;
}

export interface CreateApolloSessionOptions {
  token: string | null;
  /** Called when the server says the token is missing, invalid or expired. */
  onUnauthenticated: () => void;
  connection: ConnectionStatusStore;
}

const webSocketUrl = (): string => {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}${GRAPHQL_PATH}`;
};

const closeCode = (event: unknown): number | null =>
  typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number'
    ? event.code
    : null;

const isUnauthenticated = (error: unknown): boolean => {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
};

/** A page of `notifications` as the cache holds it (each node a reference to its Notification). */
interface NotificationPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Reference[];
}

/**
 * The viewer's notifications, one list (per `unreadOnly`) whatever the page size: a page fetched with
 * `after` is appended to the list; a first page (a load, a refetch, or a new live one written in front)
 * replaces it.
 */
const notificationPages: FieldPolicy<NotificationPage> = {
  keyArgs: ['unreadOnly'],
  merge(existing, incoming, { args }) {
    const after: unknown = args?.['after'];
    if (!existing || typeof after !== 'string') return incoming;
    const seen = new Set(existing.nodes.map((node) => node.__ref));
    return {
      ...incoming,
      nodes: [...existing.nodes, ...incoming.nodes.filter((node) => !seen.has(node.__ref))],
    };
  },
};

/** A page of `documents` as the cache holds it. */
interface DocumentPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Reference[];
}

/**
 * The tenant's documents, one list per page size (the home card's 3 newest apart from the documents page): a page
 * fetched with `after` is appended; a first page replaces the list.
 */
const documentPages: FieldPolicy<DocumentPage> = {
  keyArgs: ['first', 'unitId', 'tenancyId'],
  merge(existing, incoming, { args }) {
    const after: unknown = args?.['after'];
    if (!existing || typeof after !== 'string') return incoming;
    const seen = new Set(existing.nodes.map((node) => node.__ref));
    return {
      ...incoming,
      nodes: [...existing.nodes, ...incoming.nodes.filter((node) => !seen.has(node.__ref))],
    };
  },
};

const createCache = (): InMemoryCache =>
  new InMemoryCache({
    // Abstract types our fragments spread into (schema.graphql: `union Assignee = Vendor | Technician`).
    possibleTypes: { Assignee: ['Vendor', 'Technician'] },
    typePolicies: {
      Query: {
        fields: {
          // `workOrder(id:)` can be answered from a work order already in the cache (e.g. just submitted).
          workOrder: {
            read(existing, { args, toReference }) {
              if (existing !== undefined) return existing;
              const id: unknown = args?.['id'];
              return typeof id === 'string' ? toReference({ __typename: 'WorkOrder', id }) : undefined;
            },
          },
          notifications: notificationPages,
          documents: documentPages,
          // A plain object (no id): the saved preferences replace the old ones whole.
          notificationPreferences: { merge: false },
        },
      },
      WorkOrder: {
        fields: {
          availability: { merge: false },
          timeline: { merge: false },
          triageReasons: { merge: false },
          availableActions: { merge: false },
          // Plain objects (no id): a new value replaces the old one whole (e.g. a cleared ETA).
          appointment: { merge: false },
          rescheduleRequest: { merge: false },
          rating: { merge: false },
        },
      },
      User: {
        fields: {
          accessProfile: { merge: true },
          units: { merge: false },
        },
      },
    },
  });

/**
 * One Apollo client per session (token): HTTP for queries and mutations, graphql-ws for subscriptions.
 * A new sign-in builds a fresh client, so nothing cached for one tenant survives into the next session.
 */
export const createApolloSession = ({
  token,
  onUnauthenticated,
  connection,
}: CreateApolloSessionOptions): ApolloSession => {
  const authorization = token ? `Bearer ${token}` : null;
  let disposed = false;

  const reportUnauthenticated = (): void => {
    // Without a token there is no session to end: the login page handles its own errors.
    if (authorization && !disposed) onUnauthenticated();
  };

  const httpLink = new HttpLink({
    uri: GRAPHQL_PATH,
    headers: authorization ? { authorization } : {},
  });

  let client: ApolloClient | null = null;

  const wsClient: WsClient = createClient({
    url: webSocketUrl(),
    lazy: true,
    connectionParams: () => (authorization ? { authorization } : {}),
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: async (retries) => {
      const wait = Math.min(MAX_RETRY_WAIT_MS, 1000 * 2 ** retries) + Math.floor(Math.random() * 1000);
      await new Promise((resolve) => window.setTimeout(resolve, wait));
    },
    shouldRetry: (event) => {
      const code = closeCode(event);
      return code === null || !AUTH_CLOSE_CODES.has(code);
    },
    on: {
      connecting: (isRetry) => connection.set(isRetry ? 'reconnecting' : 'connecting'),
      connected: (_socket, _payload, wasRetry) => {
        connection.set('connected');
        // graphql-ws resubscribes but replays nothing: catch up on what we missed while offline.
        // Failures show up in each query's own error state.
        if (wasRetry && client) client.refetchQueries({ include: 'active' }).catch(() => undefined);
      },
      closed: (event) => {
        const code = closeCode(event);
        if (code !== null && AUTH_CLOSE_CODES.has(code)) {
          connection.set('idle');
          reportUnauthenticated();
          return;
        }
        // 1000: closed on purpose (no live view open any more).
        connection.set(code === 1000 || disposed ? 'idle' : 'reconnecting');
      },
    },
  });

  const errorLink = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) reportUnauthenticated();
  });

  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return (
        definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION
      );
    },
    new GraphQLWsLink(wsClient),
    httpLink,
  );

  client = new ApolloClient({
    link: ApolloLink.from([errorLink, transport]),
    cache: createCache(),
  });

  const apolloClient = client;
  return {
    client: apolloClient,
    dispose: () => {
      disposed = true;
      // Disposing a socket whose connection attempt failed rejects with that close event: nothing to do.
      Promise.resolve(wsClient.dispose()).catch(() => undefined);
      apolloClient.stop();
      void apolloClient.clearStore();
      connection.set('idle');
    },
  };
};

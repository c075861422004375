import { Box, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { createGraphiQLFetcher, type Fetcher, type FetcherParams } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { buildSchema, Kind, parse } from 'graphql';
import { createClient } from 'graphql-ws';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/auth-context';
// The checked-in schema (kept in step with the api by `npm run schema:check`). GraphiQL's own introspection
// query nests deeper than the api's depth limit allows, so it gets the schema from the bundle instead.
import schemaSource from '../../../../../schema.graphql?raw';
import classes from './ExplorerView.module.css';

const schema = buildSchema(schemaSource);

function subscriptionUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/graphql`;
}

/**
 * The subscription GraphiQL is about to run (picked by name, or the only operation), with its parsed
 * document; undefined for queries, mutations and documents that don't parse.
 */
function findSubscription({ query, operationName }: FetcherParams) {
  try {
    const document = parse(query);
    const operations = document.definitions.filter(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const operation = operationName
      ? operations.find((definition) => definition.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
    return operation?.operation === 'subscription' ? { document, name: operation.name?.value } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Queries and mutations over HTTP, subscriptions over graphql-ws, both as the signed-in admin.
 */
function createExplorerFetcher(token: string | null): { fetcher: Fetcher; dispose: () => void } {
  const wsClient = createClient({
    url: subscriptionUrl(),
    lazy: true,
    connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
  });
  const toolkitFetcher = createGraphiQLFetcher({
    url: '/graphql',
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    wsClient,
  });
  const fetcher: Fetcher = (params, options) => {
    const subscription = findSubscription(params);
    if (!subscription) return toolkitFetcher(params, options);
    // The toolkit sends an operation over the WebSocket only when it can match it by name in the document.
    return toolkitFetcher(
      { ...params, operationName: subscription.name ?? null },
      { ...options, documentAST: subscription.document },
    );
  };
  return { fetcher, dispose: () => void wsClient.dispose() };
}

/** GraphiQL against the live API, as the signed-in admin. Bundled from npm: no CDN, works offline. */
export function ExplorerView() {
  const { t } = useTranslation();
  useDocumentTitle(t('explorer.documentTitle'));
  const { token } = useAuth();

  const [fetcher, setFetcher] = useState<{ token: string | null; fetcher: Fetcher } | null>(null);

  useEffect(() => {
    const created = createExplorerFetcher(token);
    setFetcher({ token, fetcher: created.fetcher });
    return created.dispose;
  }, [token]);

  return (
    <Stack gap="sm" h="100%" component="section" aria-labelledby="explorer-heading">
      <div>
        <Title order={1} size="h3" id="explorer-heading">
          {t('explorer.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('explorer.subtitle')}
        </Text>
      </div>
      <Box className={classes.frame} data-testid="api-explorer">
        {fetcher && fetcher.token === token && (
          <GraphiQL
            fetcher={fetcher.fetcher}
            schema={schema}
            forcedTheme="light"
            shouldPersistHeaders={false}
          />
        )}
      </Box>
    </Stack>
  );
}

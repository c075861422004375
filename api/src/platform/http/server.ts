import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import {
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { DocumentCache, SharedPayloads, subscribeShared } from '../graphql/subscriptions';
import { WebSocketServer } from 'ws';
import { queryStats } from '../db/query-stats';
import { Metrics } from './metrics';
import { Context, identityOf, type Services, type Viewer } from '../graphql/context';
import {
  MemoryRateLimiter,
  analyzeOperation,
  limitViolation,
  pointsFor,
  rateLimitError,
  type RateLimiter,
} from '../graphql/limits';
import { forbidden, maskError } from '../graphql/errors';
import { jitPlugin } from '../graphql/jit';

/** Turns an Authorization header or connection parameter into a viewer (null when absent or invalid). */
export type Authenticate = (authorization: unknown) => Promise<Viewer | null>;

export interface HttpServerOptions {
  services: Services;
  schema: GraphQLSchema;
  authenticate: Authenticate;
  rateLimiter?: RateLimiter;
  /** Extra HTTP routes of the modules (e.g. exports), mounted before the web apps. */
  mount?: (app: express.Express) => void;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  /** Subscriptions currently being served over WebSocket. */
  activeSubscriptions(): number;
  /** Subscriptions started since the server started (only ever grows). */
  subscriptionsStarted(): number;
  /** Stops accepting work, drains HTTP and WebSocket, and resolves when all are closed. */
  stop(): Promise<void>;
}

const BODY_LIMIT = '1mb';

/** Serves a built single-page app from `dir` at `base`, with index.html for client-side routes. */
const spa = (app: express.Express, base: string, dir: string): void => {
  if (!existsSync(join(dir, 'index.html'))) return;
  app.use(base, express.static(dir, { index: false, maxAge: '1h', fallthrough: true }));
  app.get(
    base === '/' ? /^\/(?!graphql|uploads|healthz|readyz|admin).*/ : new RegExp(`^${base}(/.*)?$`),
    (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(dir, 'index.html'));
    },
  );
};

export const startHttpServer = async (options: HttpServerOptions): Promise<RunningServer> => {
  const { services, schema, authenticate } = options;
  const { config, logger } = services;
  const app = express();
  // no ETag: every GraphQL answer is a POST response nobody revalidates, and hashing a 50-card board page (50 kB) cost
  // as much CPU as the ETag could ever save; static files keep theirs (express.static sets its own)
  app.set('etag', false);
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          // https: images: the company logo managers link in Settings (it is also in every email)
          imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const httpServer = createServer(app);
  let shuttingDown = false;
  // filled in once the WebSocket server exists (metrics are mounted first so they time every request)
  const live: { server?: WebSocketServer; subscriptions: () => number } = { subscriptions: () => 0 };

  const metrics = new Metrics({
    openWebSockets: () => live.server?.clients.size ?? 0,
    activeSubscriptions: () => live.subscriptions(),
    queueDepths: () => services.jobs.queueDepths(),
    requestsInFlight: () => services.foreground.requestsInFlight,
    backgroundDeferrals: () => services.foreground.deferred,
  });
  services.jobs.onFailure = (queue) => metrics.jobFailures.inc({ queue });
  // every request counts as in flight until its response is done (or its connection gone)
  app.use((_req, res, next) => {
    const leave = services.foreground.enter();
    res.once('finish', leave);
    res.once('close', leave);
    next();
  });
  app.use(metrics.middleware());
  metrics.mount(app, config.metricsToken);

  // Each HTTP request gets its own query counter (read by tests and benchmarks through a response header).
  app.use((_req, _res, next) => queryStats.run(() => next()));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (shuttingDown) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      await services.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  // WebSocket: graphql-ws on the same path. Apollo's plugins don't run here, so masking and logging are repeated.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  live.server = wsServer;
  let subscriptions = 0;
  live.subscriptions = () => subscriptions;
  let started = 0;
  const documents = new DocumentCache(schema);
  const payloads = new SharedPayloads();
  // each socket's outgoing text gets its shared payload back (see SharedPayloads)
  wsServer.on('connection', (socket) => {
    const send = socket.send.bind(socket);
    socket.send = ((data: unknown, ...rest: unknown[]) =>
      (send as (...a: unknown[]) => void)(
        typeof data === 'string' ? payloads.expand(data) : data,
        ...rest,
      )) as typeof socket.send;
  });
  const wsCleanup = useServer<Record<string, unknown>, { viewer: Viewer | null }>(
    {
      schema,
      jsonMessageReplacer: function (this: unknown, key: string, value: unknown) {
        return payloads.replacer(this, key, value);
      },
      subscribe: subscribeShared((shared, n = 1) =>
        metrics.subscriptionResults.inc({ kind: shared ? 'shared' : 'executed' }, n),
      ),
      onConnect: async (ctx) => {
        const origin = ctx.extra.request.headers.origin;
        if (origin !== undefined && !originAllowed(origin, ctx.extra.request.headers.host)) return false;
        const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const viewer = await authenticate(authorization);
        // a token that was sent but is not (or no longer) valid is refused: 4403 Forbidden
        if (viewer === null && authorization !== undefined && authorization !== null && authorization !== '')
          return false;
        ctx.extra.viewer = viewer;
        // the token is not needed again (the viewer is kept): an idle socket should not hold it
        const params = ctx.connectionParams as Record<string, unknown> | undefined;
        if (params) {
          delete params.authorization;
          delete params.Authorization;
        }
        if (viewer?.expiresAt) {
          const socket = ctx.extra.socket;
          const timer = setTimeout(
            () => socket.close(4403, 'Token expired'),
            Math.max(0, viewer.expiresAt.getTime() - Date.now()),
          );
          timer.unref();
          socket.once('close', () => clearTimeout(timer));
        }
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const context = new Context(
          services,
          ctx.extra.viewer ?? null,
          ctx.extra.request.socket.remoteAddress ?? 'unknown',
        );
        const socket = ctx.extra.socket;
        context.closeConnection = (code, reason) => socket.close(code, reason);
        const parsed = documents.get(payload.query);
        if ('errors' in parsed) return [...parsed.errors];
        const { document } = parsed;
        // graphql-ws keeps the message's payload for the subscription's life: keep one copy of a shared text
        Object.assign(payload, { query: parsed.text });
        const rejected = await admit(
          context,
          document,
          payload.operationName,
          payload.variables ?? undefined,
        );
        if (rejected !== null) return [rejected];
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: context,
        };
      },
      onOperation: () => {
        subscriptions += 1;
        started += 1;
      },
      onComplete: () => {
        subscriptions -= 1;
      },
      onNext: (_ctx, _id, _payload, args: ExecutionArgs, result) => {
        if (result.errors === undefined) return result;
        return {
          ...result,
          errors: result.errors.map((error) => {
            if (!(error instanceof GraphQLError) || error.originalError !== undefined) {
              logger.error(
                { err: error.originalError ?? error, operation: args.operationName },
                'subscription error',
              );
            }
            return maskError(error.toJSON(), error) as GraphQLError;
          }),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => maskError(e.toJSON(), e) as GraphQLError),
    },
    wsServer,
  );

  const rateLimiter = options.rateLimiter ?? new MemoryRateLimiter(config.rateLimitPointsPerHour);

  /** In production, only signed-in callers may introspect the schema. */
  const anonymousIntrospection = (context: Context, document: DocumentNode): GraphQLError | null => {
    if (config.nodeEnv !== 'production' || context.viewer !== null) return null;
    const introspects =
      JSON.stringify(document).includes('"value":"__schema"') ||
      JSON.stringify(document).includes('"value":"__type"');
    return introspects ? forbidden('Sign in (or use an API key) to introspect the schema.') : null;
  };

  /** Cross-origin browsers: only the listed origins (same-origin always works). */
  const originAllowed = (origin: string, host: string | undefined): boolean => {
    try {
      return new URL(origin).host === host || config.corsOrigins.includes(origin);
    } catch {
      return false;
    }
  };

  /** API keys may call only the root fields their scopes allow (deny by default), checked before execution. */
  const apiKeyRefusal = (
    context: Context,
    document: DocumentNode,
    operationName: string | null | undefined,
  ): GraphQLError | null => {
    const key = context.viewer?.apiKey;
    if (key === undefined) return null;
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode =>
        d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
    );
    if (operation === undefined) return null;
    const type =
      operation.operation === 'query'
        ? 'Query'
        : operation.operation === 'mutation'
          ? 'Mutation'
          : 'Subscription';
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || selection.name.value.startsWith('__')) continue;
      const scope = services.apiKeyScopeFor(type, selection.name.value);
      if (scope === null || !key.scopes.includes(scope)) {
        return forbidden(
          scope === null
            ? `API keys may not use ${type}.${selection.name.value}.`
            : `This API key lacks the ${scope} scope needed for ${type}.${selection.name.value}.`,
        );
      }
    }
    return null;
  };

  /** Depth, aliases and cost before execution, then the caller's hourly budget: the same on HTTP and WebSocket. */
  const admit = async (
    context: Context,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): Promise<GraphQLError | null> => {
    const analysis = analyzeOperation(document, operationName, variables ?? {});
    const violation = limitViolation(analysis);
    if (violation !== null) return violation;
    const refused =
      apiKeyRefusal(context, document, operationName) ?? anonymousIntrospection(context, document);
    if (refused !== null) return refused;
    const points = pointsFor(analysis.cost);
    const budget = await rateLimiter.consume(identityOf(context.viewer, context.clientAddress), points);
    context.cost = {
      requestedQueryCost: analysis.cost,
      points,
      limit: budget.limit,
      remaining: budget.remaining,
      resetAt: budget.resetAt.toISOString(),
    };
    return budget.allowed ? null : rateLimitError(budget, points);
  };

  const limits: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, contextValue }) {
          const error = await admit(contextValue, document, operationName, request.variables);
          if (error !== null) throw error;
        },
        async willSendResponse({ response, contextValue }) {
          if (
            config.nodeEnv === 'production' &&
            contextValue.viewer === null &&
            response.body.kind === 'single'
          ) {
            // no field suggestions ("Did you mean …?") for anonymous callers: they would map the schema
            response.body.singleResult.errors = response.body.singleResult.errors?.map((e) => ({
              ...e,
              message: e.message.replace(/ ?Did you mean .*$/, ''),
            }));
          }
          const cost = contextValue.cost;
          if (cost === undefined) return;
          response.http.headers.set('x-ratelimit-limit', String(cost.limit));
          response.http.headers.set('x-ratelimit-remaining', String(cost.remaining));
          response.http.headers.set('x-ratelimit-used', String(cost.limit - cost.remaining));
          response.http.headers.set('x-ratelimit-reset', String(Math.floor(Date.parse(cost.resetAt) / 1000)));
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };

  /** Unexpected errors are logged (the caller sees them masked); expected ones carry a code and are not. */
  const logUnexpected = (errors: readonly GraphQLError[], operationName: string | null): void => {
    for (const error of errors) {
      const code = error.extensions?.code;
      if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
        logger.error({ err: error.originalError ?? error, operation: operationName }, 'graphql error');
      }
    }
  };

  const logErrors: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          logUnexpected(errors, operationName ?? null);
        },
        async willSendResponse({ response }) {
          const stats = queryStats.current();
          if (stats !== undefined) response.http.headers.set('x-sql-statements', String(stats.statements));
        },
      };
    },
  };

  const apollo = new ApolloServer<Context>({
    schema,
    // anonymous callers are refused introspection in production by the limits plugin (signed-in ones may use it)
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: maskError,
    allowBatchedHttpRequests: false,
    // Shutdown is ours (drain, then close the ORM): Apollo must not exit the process on a signal itself.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // no cache hints are used; the default plugin would still compute a policy for every resolved field
      ApolloServerPluginCacheControlDisabled(),
      limits,
      logErrors,
      // queries and mutations compiled by graphql-jit (GRAPHQL_JIT=false: graphql-js's execute)
      ...(config.graphqlJit
        ? [
            jitPlugin<Context>(schema, { formatError: maskError, encountered: logUnexpected }, (mode) =>
              metrics.graphqlExecutions.inc({ mode }),
            ),
          ]
        : []),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    cors({
      origin: (origin, callback) =>
        callback(null, origin === undefined ? false : config.corsOrigins.includes(origin)),
      credentials: false,
      exposedHeaders: ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-used', 'x-ratelimit-reset'],
    }),
    express.json({ limit: BODY_LIMIT }),
    (
      error: { type?: string; length?: number; limit?: number },
      _req: Request,
      res: Response,
      next: (e?: unknown) => void,
    ) => {
      if (error.type !== 'entity.too.large') return next(error);
      res.status(413).json({
        errors: [
          {
            message: `The request body is ${error.length ?? 'over'} bytes; the limit is ${error.limit} bytes (1 MB).`,
            extensions: { code: 'LIMIT_EXCEEDED', limit: 'bodySize', figure: error.length, max: error.limit },
          },
        ],
      });
    },
    expressMiddleware(apollo, {
      context: async ({ req }: { req: Request }) =>
        new Context(
          services,
          await authenticate(req.headers.authorization),
          req.ip ?? req.socket.remoteAddress ?? 'unknown',
        ),
    }),
  );

  options.mount?.(app);
  spa(app, '/admin', join(config.webRoot, 'admin-web', 'dist'));
  spa(app, '/', join(config.webRoot, 'tenant-web', 'dist'));

  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'Not found' });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;

  return {
    server: httpServer,
    port,
    url: `http://localhost:${port}`,
    activeSubscriptions: () => subscriptions,
    subscriptionsStarted: () => started,
    stop: async () => {
      shuttingDown = true;
      for (const client of wsServer.clients) client.close(1001, 'Server shutting down');
      await apollo.stop();
    },
  };
};

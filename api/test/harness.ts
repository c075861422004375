import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { startApp, type App } from '../src/main';
import { withDatabase } from './db-url';
import { DB_PREFIX, TEMPLATE_DB, TEST_SECRET_KEY } from './constants';

export const DEMO_PASSWORD = 'fixline-demo';

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  headers: Headers;
}

export interface Subscription<T> {
  events: T[];
  errors: unknown[];
  /** Resolves with the first event matching `predicate`, or fails after `timeoutMs`. */
  next(predicate?: (event: T) => boolean, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export interface TestApp {
  app: App;
  url: string;
  databaseUrl: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  login(email: string, password?: string): Promise<string>;
  subscribe<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<Subscription<T>>;
  sql<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Stops the api (as a crash or deploy would) and starts a new one on the same database. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

let counter = 0;

const waitUntil = async (check: () => boolean, timeoutMs: number, what: string): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/** Starts the real api (HTTP + WebSocket) on a free port, against a fresh copy of the demo database. */
export const startTestApp = async (env: Record<string, string> = {}): Promise<TestApp> => {
  const adminUrl = process.env.FIXLINE_TEST_ADMIN_URL;
  if (!adminUrl)
    throw new Error('FIXLINE_TEST_ADMIN_URL is not set: run the tests through jest (global setup)');
  counter += 1;
  const database = `${DB_PREFIX}_t_${process.pid}_${counter}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${database}" template "${TEMPLATE_DB}"`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, database);
  const dataDir = mkdtempSync(join(tmpdir(), 'fixline-test-'));
  const boot = () =>
    startApp({
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        FIXLINE_SECRET_KEY: TEST_SECRET_KEY,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
        JOB_POLLING_SECONDS: '1',
        // kept mail, SMS log and uploads of this app stay out of the developer's .data
        FIXLINE_DATA_DIR: dataDir,
        ...env,
      },
    });
  let app = await boot();
  let url = app.url;
  const sockets: WsClient[] = [];
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();

  const gql = async <T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResult<T>, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers };
  };

  const handle: TestApp = {
    app,
    url,
    databaseUrl,
    gql,
    login: async (email, password = DEMO_PASSWORD) => {
      const result = await gql<{ login: { token: string | null } }>(
        'mutation($input: LoginInput!) { login(input: $input) { token userErrors { message } } }',
        { input: { email, password } },
      );
      const token = result.data?.login.token;
      if (!token) throw new Error(`login failed for ${email}: ${JSON.stringify(result)}`);
      return token;
    },
    subscribe: async <T>(
      query: string,
      variables: Record<string, unknown>,
      token?: string,
    ): Promise<Subscription<T>> => {
      const before = app.http.subscriptionsStarted();
      const client = createClient({
        url: `${url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
      });
      sockets.push(client);
      const events: T[] = [];
      const errors: unknown[] = [];
      const waiters: { predicate: (e: T) => boolean; resolve: (e: T) => void }[] = [];
      const unsubscribe = client.subscribe<T>(
        { query, variables },
        {
          next: (value) => {
            if (value.errors) errors.push(...value.errors);
            if (value.data) {
              const event = value.data as T;
              events.push(event);
              for (const waiter of [...waiters]) {
                if (waiter.predicate(event)) {
                  waiters.splice(waiters.indexOf(waiter), 1);
                  waiter.resolve(event);
                }
              }
            }
          },
          error: (error) => errors.push(error),
          complete: () => undefined,
        },
      );
      // graphql-ws has no "subscribed" acknowledgement: wait until the server has registered this operation.
      await waitUntil(
        () => app.http.subscriptionsStarted() > before || errors.length > 0,
        5000,
        'the subscription',
      );
      return {
        events,
        errors,
        next: (predicate: (event: T) => boolean = () => true, timeoutMs = 5000) =>
          new Promise<T>((resolve, reject) => {
            const found = events.find(predicate);
            if (found) return resolve(found);
            const timer = setTimeout(
              () => reject(new Error(`no matching event within ${timeoutMs} ms`)),
              timeoutMs,
            );
            waiters.push({ predicate, resolve: (e) => (clearTimeout(timer), resolve(e)) });
          }),
        close: async () => {
          unsubscribe();
          await client.dispose();
        },
      };
    },
    sql: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
      (await db.query<T>(text, params)).rows,
    restart: async () => {
      await app.stop();
      app = await boot();
      url = app.url;
      handle.app = app;
      handle.url = url;
    },
    stop: async () => {
      await Promise.all(sockets.map((s) => s.dispose()));
      await db.end();
      await app.stop();
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${database}" with (force)`);
      await cleanup.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
};

/** Work order ids (global) visible through `workOrders` for a token, all pages. */
export const allWorkOrderIds = async (t: TestApp, token: string): Promise<string[]> => {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: GqlResult<{
      workOrders: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    }> = await t.gql(
      'query($after: String) { workOrders(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }',
      { after },
      token,
    );
    if (!page.data) throw new Error(JSON.stringify(page.errors));
    ids.push(...page.data.workOrders.nodes.map((n) => n.id));
    if (!page.data.workOrders.pageInfo.hasNextPage) return ids;
    after = page.data.workOrders.pageInfo.endCursor;
  }
};

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { demoIds, submit } from './fixtures';
import { TEMPLATE_DB } from './constants';
import { startTestApp, type TestApp } from './harness';

describe('server: health, masking, fresh subscription payloads, shutdown', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('loads each subscription event fresh from the database', async () => {
    const tenant = await t.login('tenant@demo.test');
    const manager = await t.login('manager@demo.test');
    const ids = await demoIds(t, tenant);
    const created = await submit(t, tenant, {
      categoryId: ids.category('GENERAL'),
      severity: 'LOW',
      title: 'Fresh',
      description: 'x',
    });
    const sub = await t.subscribe<{
      workOrderChanged: { kind: string; workOrder: { priority: string; version: number } };
    }>(
      'subscription($f: WorkOrderChangeFilter) { workOrderChanged(filter: $f) { kind workOrder { priority version } } }',
      { f: { workOrderId: created.workOrder?.id } },
      tenant,
    );
    const triage =
      'mutation($i: TriageWorkOrderInput!) { triageWorkOrder(input: $i) { userErrors { code } } }';
    await t.gql(
      triage,
      { i: { workOrderId: created.workOrder?.id, priority: 'ROUTINE', reason: 'first look' } },
      manager,
    );
    await sub.next((e) => e.workOrderChanged.workOrder.version === 2);
    await t.gql(
      triage,
      { i: { workOrderId: created.workOrder?.id, priority: 'URGENT', reason: 'second look' } },
      manager,
    );
    await sub.next((e) => e.workOrderChanged.workOrder.version === 3);
    expect(sub.events.map((e) => e.workOrderChanged.workOrder)).toEqual([
      { priority: 'ROUTINE', version: 2 },
      { priority: 'URGENT', version: 3 },
    ]);
    await sub.close();
  });

  it('masks unexpected errors on HTTP and WebSocket: no SQL, no stack', async () => {
    const manager = await t.login('manager@demo.test');
    const tenant = await t.login('tenant@demo.test');
    const ids = await demoIds(t, tenant);
    const sub = await t.subscribe(
      'subscription { workOrderChanged { workOrder { unit { label } } } }',
      {},
      manager,
    );
    await t.sql('alter table categories rename column name to name_broken');
    try {
      const r = await t.gql('{ categories { name } }', {}, manager);
      expect(r.errors?.[0]).toMatchObject({
        message: 'Something went wrong on our side. Please try again.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(r.errors?.map((e) => [e.message, e.extensions]))).not.toMatch(
        /name_broken|select|stack|column/i,
      );
    } finally {
      await t.sql('alter table categories rename column name_broken to name');
    }
    // a column only the subscriber's selection reads (the submission itself must still go through)
    await t.sql('alter table units rename column label to label_broken');
    try {
      await submit(t, tenant, {
        categoryId: ids.category('GENERAL'),
        severity: 'LOW',
        title: 'Break',
        description: 'x',
      });
      const deadline = Date.now() + 5000;
      while (sub.errors.length === 0 && Date.now() < deadline) await new Promise((r2) => setTimeout(r2, 20));
      expect(JSON.stringify(sub.errors)).toContain('Something went wrong on our side');
      const wsErrors = (sub.errors as { message: string; extensions?: unknown }[]).map((e) => [
        e.message,
        e.extensions,
      ]);
      expect(JSON.stringify(wsErrors)).not.toMatch(/label_broken|select|stack|column/i);
    } finally {
      await t.sql('alter table units rename column label_broken to label');
      await sub.close();
    }
  });

  it('refuses batched HTTP requests and huge bodies', async () => {
    const batch = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]),
    });
    expect(batch.status).toBe(400);
    const huge = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ viewer { id } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(huge.status).toBe(413);
    const body = (await huge.json()) as {
      errors: { message: string; extensions: { code: string; limit: string } }[];
    };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'bodySize' } });
    expect(body.errors[0]?.message).toMatch(
      /^The request body is \d+ bytes; the limit is 1048576 bytes \(1 MB\)\.$/,
    );
  });

  it('drains WebSockets and stops cleanly', async () => {
    const other = await startTestApp();
    const token = await other.login('manager@demo.test');
    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url: `${other.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      client.subscribe(
        { query: 'subscription { workOrderChanged { kind } }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await other.stop();
    expect(await closed).toBe(1001);
    await expect(fetch(`${other.url}/healthz`)).rejects.toThrow();
  });
});

describe('npm start script', () => {
  it('starts on the given database, serves, and exits 0 on SIGTERM', async () => {
    const t = await startTestApp();
    const databaseUrl = t.databaseUrl;
    await t.stop();
    // the database was dropped by stop(); make it again from the template
    const { Client } = await import('pg');
    const admin = new Client({ connectionString: process.env.FIXLINE_TEST_ADMIN_URL });
    await admin.connect();
    const name = new URL(databaseUrl).pathname.slice(1);
    await admin.query(`create database "${name}" template "${TEMPLATE_DB}"`);
    await admin.end();
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, '..', 'scripts', 'start.mjs'), '--dev'],
      {
        cwd: join(__dirname, '..'),
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORT: '0',
          NODE_ENV: 'test',
          FIXLINE_SECRET_KEY: 'ab'.repeat(32),
          FIXLINE_SEED: 'false',
          PUBLIC_URL: 'http://example.invalid',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 20000;
    while (!output.includes('Fixline is running') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(output).toContain('Manager console: http://example.invalid/admin/');
    expect(output).toContain('manager@demo.test');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const cleanup = new Client({ connectionString: process.env.FIXLINE_TEST_ADMIN_URL });
    await cleanup.connect();
    await cleanup.query(`drop database if exists "${name}" with (force)`);
    await cleanup.end();
  }, 30000);
});

// Once per test run: a PostgreSQL server (DATABASE_URL's, or an embedded one), and a template database that is
// migrated and holds the demo data. Each test file then gets its own copy (CREATE DATABASE … TEMPLATE), so files
// run in parallel and never see each other's rows.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../scripts/embedded-db.mjs';

const here = dirname(fileURLToPath(import.meta.url));

export default async () => {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = resolve(here, '..', '..', '.data', 'test-pg');
    const pg = await startEmbeddedPostgres({ dir });
    globalThis.__fixlineEmbeddedPg = pg;
    adminUrl = pg.url('postgres');
  }
  process.env.FIXLINE_TEST_ADMIN_URL = adminUrl;
  // In a child process: MikroORM's metadata must not be loaded into jest's own realm (it would leak into the tests').
  execFileSync(process.execPath, ['-r', '@swc-node/register', join(here, 'template.ts')], {
    cwd: resolve(here, '..'),
    env: { ...process.env, FIXLINE_TEST_ADMIN_URL: adminUrl },
    stdio: 'inherit',
  });
};

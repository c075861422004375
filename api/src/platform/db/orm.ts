import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { queryStats } from './query-stats';

export const ormOptions = (databaseUrl: string, extra: Partial<Options> = {}): Options =>
  defineConfig({
    clientUrl: databaseUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    forceUtcTimezone: true,
    // Requests, jobs and subscription events each work in their own fork; the global context stays unused.
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    // tables kept by triggers and SQL, not entities: schema diffs must not propose dropping them
    schemaGenerator: {
      skipTables: [
        'work_order_counts',
        'report_close_rollups',
        'report_vendor_rollups',
        'report_rollup_dirty',
        'report_close_cumulative',
        'report_repeat_units',
        'report_repeat_assignees',
        'report_repeat_groups',
        'report_repeat_dirty',
        'report_close_days',
        'report_close_mtd',
        'report_vendor_days',
      ],
    },
    onQuery: (sql) => {
      queryStats.record();
      return sql;
    },
    ...extra,
  });

export const openOrm = async (databaseUrl: string): Promise<MikroORM> =>
  MikroORM.init(ormOptions(databaseUrl));

/** Applies committed migrations; safe to call from several instances at once (advisory lock). */
export const migrate = async (orm: MikroORM): Promise<void> => {
  const knex = orm.em.getConnection().getKnex();
  await knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [7_351_001]);
    await orm.migrator.up({ transaction: trx });
  });
};

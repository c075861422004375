import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Logger } from '../logging/logger';
import type { Foreground } from './foreground';

export interface JobOptions {
  startAfter?: Date;
  /** One queued job per key (e.g. "auto-close:42"). */
  singletonKey?: string;
  retryLimit?: number;
}

/** A job's insert statement, to run inside another (see `Jobs.plan`). */
export interface PlannedJob {
  sql: string;
  values: unknown[];
}

export type JobHandler<T> = (data: T, job: { id: string; name: string }) => Promise<void>;

/**
 * Timed and retried work on pg-boss: jobs live in PostgreSQL, so they survive restarts and run once across
 * instances. `sendIn` writes the job in the caller's own transaction: it exists exactly when the change does.
 */
export class Jobs {
  private readonly queues = new Map<string, Promise<void>>();
  /** Told of every failed job (metrics). */
  onFailure?: (queue: string) => void;
  /** The instance's requests: a batch of jobs waits while it is busy (see `Foreground`). */
  foreground?: Foreground;

  private constructor(
    private readonly boss: PgBoss,
    private readonly logger: Logger,
    private readonly pollingIntervalSeconds: number,
    private readonly runsWork: boolean,
  ) {}

  /** With `runsWork` false the instance only queues jobs (web-only replicas); others run them. */
  static async start(
    databaseUrl: string,
    logger: Logger,
    pollingIntervalSeconds = 2,
    runsWork = true,
  ): Promise<Jobs> {
    const boss = new PgBoss({
      connectionString: databaseUrl,
      schema: 'pgboss',
      max: 4,
      application_name: 'fixline-jobs',
    });
    boss.on('error', (error: unknown) => logger.error({ err: error }, 'job queue error'));
    await boss.start();
    return new Jobs(boss, logger, pollingIntervalSeconds, runsWork);
  }

  /** Creates a queue once per instance; callers at the same moment share the creation (concurrent ones deadlock). */
  private ensureQueue(name: string): Promise<void> {
    let created = this.queues.get(name);
    if (created === undefined) {
      created = this.boss.createQueue(name);
      this.queues.set(name, created);
      created.catch(() => this.queues.delete(name));
    }
    return created;
  }

  /**
   * Runs `handler` for each job of `name`; a thrown error is retried by pg-boss with backoff. `parallel` handles a
   * fetched batch at once (for I/O-bound work such as sending notifications) instead of one after the other.
   */
  async work<T extends object>(
    name: string,
    handler: JobHandler<T>,
    options: { batchSize?: number; parallel?: boolean } = {},
  ): Promise<void> {
    await this.ensureQueue(name);
    if (!this.runsWork) return;
    const run = async (job: PgBoss.Job<T>): Promise<void> => {
      try {
        await handler(job.data, { id: job.id, name: job.name });
      } catch (error) {
        this.logger.error({ err: error, job: job.name, jobId: job.id }, 'job failed');
        throw error;
      }
    };
    const batchSize = options.batchSize ?? 5;
    const worker: { id?: string } = {};
    const handle = async (jobs: PgBoss.Job<T>[]): Promise<void> => {
      // fetched already (active, with their expiry of minutes): they only start a little later
      await this.foreground?.clear();
      if (options.parallel) {
        // one failure must not fail the whole batch: handlers of parallel queues keep their own retry state
        await Promise.allSettled(jobs.map(run));
      } else {
        for (const job of jobs) await run(job);
      }
      // pg-boss waits the polling interval after every batch: a full one means more are likely waiting, so fetch
      // again at once (a backlog drains at the handlers' pace, not at one batch per interval)
      if (jobs.length === batchSize && worker.id !== undefined) this.boss.notifyWorker(worker.id);
    };
    worker.id = await this.boss.work<T>(
      name,
      { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize },
      handle,
    );
  }

  /**
   * The statement that queues a job, as pg-boss writes it (`?` placeholders, values apart), without running it: for
   * a caller that writes the job inside its own statement (a data-modifying `with` clause), so the job exists
   * exactly when that statement's other rows do and costs no round trip of its own.
   */
  async plan<T extends object>(name: string, data: T, options: JobOptions = {}): Promise<PlannedJob> {
    await this.ensureQueue(name);
    let planned: PlannedJob | undefined;
    const db: PgBoss.Db = {
      executeSql: (text, values) => {
        // pg-boss writes $1-style placeholders; knex (under MikroORM) binds `?` in order.
        const ordered: unknown[] = [];
        const sql = text.replace(/\$(\d+)/g, (_m, n: string) => {
          ordered.push(values[Number(n) - 1]);
          return '?';
        });
        planned = { sql: sql.trim(), values: ordered };
        return Promise.resolve({ rows: [{ id: null }] });
      },
    };
    await this.boss.send(name, data, {
      db,
      startAfter: options.startAfter,
      singletonKey: options.singletonKey,
      retryLimit: options.retryLimit ?? 5,
      retryBackoff: true,
    });
    if (planned === undefined) throw new Error(`pg-boss wrote no statement for a job of ${name}`);
    return planned;
  }

  /** Queues a job inside the transaction of `em` (pg-boss's statement, through that connection). */
  async sendIn<T extends object>(
    em: EntityManager,
    name: string,
    data: T,
    options: JobOptions = {},
  ): Promise<void> {
    await this.runIn(em, await this.plan(name, data, options));
  }

  /** Runs planned job statements inside the transaction of `em`: all of them as one statement. */
  async runIn(em: EntityManager, ...jobs: PlannedJob[]): Promise<void> {
    const [first] = jobs;
    if (first === undefined) return;
    const sql =
      jobs.length === 1
        ? first.sql
        : `with ${jobs.map((job, i) => `job${i} as (${job.sql})`).join(', ')} select ${jobs.length}`;
    await em.getConnection().execute(
      sql,
      jobs.flatMap((job) => job.values),
      'all',
      em.getTransactionContext(),
    );
  }

  /** Jobs waiting, per queue this instance uses. */
  async queueDepths(): Promise<Record<string, number>> {
    const depths: Record<string, number> = {};
    for (const name of this.queues.keys()) depths[name] = await this.boss.getQueueSize(name);
    return depths;
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

// Helpers for the SQL statements traced in the api process (see api-child.mjs).

/** One line of a statement, for tables. */
export const short = (sql, length = 90) => {
  const line = sql.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
};

/**
 * EXPLAIN (ANALYZE, BUFFERS) of a traced statement with its parameters; when that takes longer than `timeoutMs`,
 * the plan without ANALYZE (what PostgreSQL would do, with its estimates).
 */
export const explain = async (db, statement, timeoutMs = 120_000) => {
  const client = await db.connect();
  try {
    await client.query(`set statement_timeout = ${Math.round(timeoutMs)}`);
    try {
      const { rows } = await client.query(`explain (analyze, buffers) ${statement.sql}`, statement.params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    } catch (error) {
      if (error.code !== '57014') throw error;
      await client.query('set statement_timeout = 0');
      const { rows } = await client.query(`explain ${statement.sql}`, statement.params);
      return [
        `(EXPLAIN ANALYZE did not finish within ${timeoutMs / 1000} s; the plan without ANALYZE:)`,
        ...rows.map((r) => r['QUERY PLAN']),
      ].join('\n');
    }
  } finally {
    await client.query('set statement_timeout = 0').catch(() => undefined);
    client.release();
  }
};

/** Runs a statement with a time limit; resolves with its time in ms, or null when it hit the limit. */
export const timed = async (db, statement, timeoutMs) => {
  const client = await db.connect();
  try {
    await client.query(`set statement_timeout = ${Math.round(timeoutMs)}`);
    const started = performance.now();
    try {
      await client.query(statement.sql, statement.params);
      return performance.now() - started;
    } catch (error) {
      if (error.code === '57014') return null;
      throw error;
    }
  } finally {
    await client.query('set statement_timeout = 0').catch(() => undefined);
    client.release();
  }
};

/** Cancels the statements still running in the benchmark database (the api's, after a client-side timeout). */
export const cancelRunning = async (db) => {
  const { rows } = await db.query(
    `select pg_cancel_backend(pid) as cancelled from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and state = 'active'`,
  );
  return rows.length;
};

/** A readable block for a profile file: the statement, its time and its plan. */
export const planBlock = (title, statement, plan) =>
  [
    `### ${title}`,
    '',
    statement.ms === null || statement.ms === undefined
      ? 'Not reached by the traced call.'
      : `Traced time: ${statement.ms.toFixed(2)} ms${statement.running ? ' (still running when the call was cancelled)' : ''}`,
    '',
    '```sql',
    statement.sql.trim(),
    '```',
    '',
    statement.params.length > 0 ? `Parameters: ${JSON.stringify(statement.params).slice(0, 500)}` : '',
    '',
    '```',
    plan,
    '```',
    '',
  ].join('\n');

/** Deletes the work orders a benchmark submitted (idempotency keys LIKE `pattern`) with their events and jobs. */
export const deleteSubmitted = async (db, pattern) => {
  const ids = `select id from work_orders where idempotency_key like $1`;
  // their notifications and the deliveries still queued for them
  await db.query(
    `delete from pgboss.job where name = 'notification.deliver' and (data->>'notificationId')::int in (
       select n.id from notifications n where n.work_order_id in (${ids}))`,
    [pattern],
  );
  await db.query(`delete from notifications where work_order_id in (${ids})`, [pattern]);
  await db.query(
    `delete from pgboss.job where name in ('sla.check', 'escalation.page') and (data->>'workOrderId')::int in (${ids})`,
    [pattern],
  );
  await db.query(`delete from message_reads where work_order_id in (${ids})`, [pattern]);
  await db.query(`delete from messages where work_order_id in (${ids})`, [pattern]);
  await db.query(`delete from work_order_events where work_order_id in (${ids})`, [pattern]);
  const { rowCount } = await db.query(`delete from work_orders where idempotency_key like $1`, [pattern]);
  return rowCount;
};

/**
 * The work the api's consumers still have after writes: outbox events not yet fanned out (notifications or webhooks)
 * and notifications due but not yet delivered.
 */
export const outboxBacklog = async (db) => {
  const { rows } = await db.query(
    `select (select count(*) from work_order_events where notify_fanout_at is null or webhook_fanout_at is null)::int as events,
            (select count(*) from notifications where status in ('PENDING', 'SENDING')
                and coalesce(send_after, created_at) <= now())::int as notifications`,
  );
  return rows[0];
};

/**
 * Waits until the consumers have no backlog (polling every 250 ms), at most `timeoutMs`. Resolves with the time it
 * took and what was left ({ ms, events, notifications }; both zero when drained).
 */
export const drainOutbox = async (db, timeoutMs) => {
  const started = Date.now();
  for (;;) {
    const left = await outboxBacklog(db);
    const ms = Date.now() - started;
    if ((left.events === 0 && left.notifications === 0) || ms >= timeoutMs) return { ms, ...left };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

/**
 * After a benchmark deleted what it wrote: the report rollups brought up to date (the deletions marked days and units
 * dirty) and the database vacuumed, so that the next benchmark starts from the data set as generated.
 */
export const restoreDataSet = async (db) => {
  const client = await db.connect();
  try {
    await client.query('begin isolation level repeatable read');
    await client.query('select report_refresh_rollups(), report_refresh_repeat_rollups()');
    await client.query('commit');
    // the whole database, not only the tables written directly: the triggers' counts (work_order_counts) and
    // marks change with every order, and where autovacuum is off their dead rows slowed the board's totals
    // (a status's count read 15,000 index entries for 970 rows after a few intake runs)
    await client.query('vacuum analyze');
  } finally {
    client.release();
  }
};

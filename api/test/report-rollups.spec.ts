import { Role } from '../src/modules/identity/role';
import {
  ROLLUP_RULES,
  type VendorRow,
  planDays,
  refreshRollups,
  rollupVendorRows,
} from '../src/modules/report/report.rollups';
import { type CloseFigures, closeFigures, reportScope } from '../src/modules/report/report.service';
import type { DurationStats } from '../src/modules/report/report.types';
import type { Viewer } from '../src/platform/graphql/context';
import { toGlobalId } from '../src/platform/graphql/node';
import { must, reportViewers } from './fixtures';
import { startTestApp, type TestApp } from './harness';

/**
 * The report's rollup path (monthly rollups + log-bucket histograms + dirty months read from the orders) against
 * the exact path, on a fixture of more closed orders than the exactness threshold, in 2031 (no demo data there).
 */
const ORDERS = ROLLUP_RULES.exactMaxClosed + 5_000;
const RANGE = { from: new Date('2031-01-10T00:00:00Z'), to: new Date('2031-03-20T00:00:00Z') };
const WIDE = { from: new Date('2030-12-01T00:00:00Z'), to: new Date('2031-06-01T00:00:00Z') };
/** A range whose first month is covered less than half (read from the orders) and whose last is whole. */
const NARROW_START = { from: new Date('2031-01-25T00:00:00Z'), to: new Date('2031-03-01T00:00:00Z') };

/** Both ends mid-month and mid-day. */
const MID = { from: new Date('2031-01-10T07:30:00Z'), to: new Date('2031-03-15T18:45:00Z') };
/** Ending the 15th at midnight, as the benchmark's mid-month case. */
const TO_15TH = { from: new Date('2030-12-15T00:00:00Z'), to: new Date('2031-04-15T00:00:00Z') };
/** Ending the 3rd, starting late in a month. */
const TO_3RD = { from: new Date('2030-12-28T00:00:00Z'), to: new Date('2031-05-03T00:00:00Z') };
const DAY = 86_400_000;

/** The value, or the test fails here. */
const ROLLUP = { exactMaxClosed: 0 };
const EXACT = { exactMaxClosed: Number.MAX_SAFE_INTEGER };

/** Percentiles within the stated relative accuracy (plus the 0.01 h rounding of the figures). */
const expectClose = (approx: number | null, exact: number | null): void => {
  if (exact === null) return expect(approx).toBeNull();
  expect(approx).not.toBeNull();
  expect(Math.abs((approx ?? 0) - exact)).toBeLessThanOrEqual(exact * ROLLUP_RULES.relativeAccuracy + 0.011);
};

const expectStats = (approx: DurationStats, exact: DurationStats): void => {
  expect(approx.count).toBe(exact.count);
  expect(approx.averageHours).toBe(exact.averageHours);
  expectClose(approx.medianHours, exact.medianHours);
  expectClose(approx.p90Hours, exact.p90Hours);
};

/** Counts, averages, SLA shares and trends equal; percentiles within 1 %. */
const expectSameFigures = (approx: CloseFigures, exact: CloseFigures): void => {
  expect(approx.slaCompliance).toEqual(exact.slaCompliance);
  expectStats(approx.timeToClose.overall, exact.timeToClose.overall);
  for (const key of ['byCategory', 'byProperty', 'byAssignee', 'byPriority'] as const) {
    expect(approx.timeToClose[key].map((g) => g.label)).toEqual(exact.timeToClose[key].map((g) => g.label));
    approx.timeToClose[key].forEach((g, i) => expectStats(g.stats, must(exact.timeToClose[key][i]).stats));
  }
  expect(approx.timeToClose.weekly).toEqual(exact.timeToClose.weekly);
  expect(approx.timeToClose.monthly).toEqual(exact.timeToClose.monthly);
};

/** Vendor performance as the report computed it before the rollups, straight from the orders. */
const EXACT_VENDORS = `select coalesce(v.name, t.name) as name, case when v.id is not null then 'VENDOR' else 'TECHNICIAN' end as kind,
    count(*)::int as jobs,
    count(*) filter (where w.status in ('COMPLETED', 'CLOSED'))::int as done,
    count(*) filter (where w.status in ('COMPLETED', 'CLOSED', 'CANCELLED'))::int as finished,
    avg(extract(epoch from (w.assigned_at - w.created_at)) / 3600.0)::float as response,
    avg(w.rating_score)::float as rating,
    avg(w.actual_cost_cents)::float as cost,
    count(*) filter (where w.status in ('COMPLETED', 'CLOSED')
      and reopened.work_order_id is null
      and not exists (select 1 from work_orders o where o.unit_id = w.unit_id and o.category_id = w.category_id
                      and o.created_at > w.completed_at and o.created_at <= w.completed_at + interval '30 days'))::int as first_time
   from work_orders w left join vendors v on v.id = w.assignee_vendor_id left join technicians t on t.id = w.assignee_technician_id
   left join (select distinct e.work_order_id from work_order_events e where e.kind = 'REOPENED') reopened
     on reopened.work_order_id = w.id
  where w.assigned_at >= $1 and w.assigned_at < $2 and w.property_id = any($3::int[])
    and coalesce(w.assignee_vendor_id, w.assignee_technician_id) is not null
  group by 1, 2 order by 1`;

/** Counts equal, averages equal to 1e-9. */
const expectSameVendors = (approx: VendorRow[], exact: VendorRow[]): void => {
  expect(approx.map((r) => [r.name, r.kind, r.jobs, r.done, r.finished, r.first_time])).toEqual(
    exact.map((r) => [r.name, r.kind, r.jobs, r.done, r.finished, r.first_time]),
  );
  approx.forEach((r, i) => {
    for (const k of ['response', 'rating', 'cost'] as const) {
      const e = must(exact[i])[k];
      if (e === null) expect(r[k]).toBeNull();
      else expect(Math.abs((r[k] ?? NaN) - e)).toBeLessThan(1e-9 * Math.max(1, Math.abs(e)));
    }
  });
};

jest.setTimeout(120_000);

describe('maintenance report rollups', () => {
  let t: TestApp;
  let manager: Viewer;
  let owner2: Viewer;

  const report = (
    viewer: Viewer,
    options: { exactMaxClosed: number },
    range = RANGE,
    propertyIds?: string[],
  ): Promise<CloseFigures> =>
    closeFigures(t.app.orm.em.fork(), viewer, range, propertyIds, options.exactMaxClosed);

  const vendors = async (
    viewer: Viewer,
    properties: number[],
    range = RANGE,
  ): Promise<[VendorRow[], VendorRow[]]> => [
    await rollupVendorRows(
      t.app.orm.em.fork(),
      range,
      (column) => reportScope(viewer, null, column),
      viewer.role === Role.MANAGER,
    ),
    await t.sql<VendorRow & Record<string, unknown>>(EXACT_VENDORS, [range.from, range.to, properties]),
  ];

  const dirtyMarks = async (): Promise<number> =>
    (await t.sql<{ n: number }>('select count(*)::int as n from report_rollup_dirty'))[0]?.n ?? -1;

  const both = async (viewer: Viewer, range = RANGE): Promise<[CloseFigures, CloseFigures]> => [
    await report(viewer, ROLLUP, range),
    await report(viewer, EXACT, range),
  ];

  /** The order whose changes the freshness test follows. */
  let followed = 0;

  beforeAll(async () => {
    // no refresher of its own (it ran at start and every minute, racing the tests' refreshes): the tests decide when
    // the rollups are rebuilt
    t = await startTestApp({ RUN_WORKERS: 'false' });
    ({ manager, owner2 } = await reportViewers(t));
    // closed orders completed Dec 2030 – May 2031 over the three demo properties, hours from minutes to weeks,
    // every assignee kind, some SLA breaches
    await t.sql(
      `insert into work_orders (number, property_id, unit_id, requester_id, category_id, reported_severity, priority,
         triage_reasons, status, title, description, access_snapshot, availability_windows, created_at, updated_at,
         assigned_at, completed_at, assignee_vendor_id, assignee_technician_id)
       select nextval('work_order_number_seq'), u.property_id, u.id, (select id from users where email = 'tenant@demo.test'),
         1 + g % 7, 'ROUTINE', (array['EMERGENCY', 'URGENT', 'ROUTINE', 'LOW'])[1 + g % 4], '[]', 'COMPLETED', 'Bulk', 'Bulk',
         '{}', '[]', x.created, x.created, x.created, x.created + make_interval(secs => x.secs),
         case when g % 3 = 0 then 1 + g % 7 end, case when g % 3 = 1 then 1 end
       from generate_series(1, $1::int) g
       join lateral (select '2030-12-01T00:00:00Z'::timestamptz + (g::float8 / $1) * interval '180 days' as created,
                            exp(1 + 8 * ((g * 7919) % 1000) / 1000.0) * 36 as secs) x on true
       join (select id, property_id, row_number() over (order by id) - 1 as rn, count(*) over () as n from units) u
         on u.rn = g % u.n`,
      [ORDERS],
    );
    await t.sql(
      `insert into work_order_events (work_order_id, kind, at, summary, data)
       select id, 'SLA_CHANGED', completed_at, 'Resolution target breached', '{"clock": "resolution", "state": "BREACHED"}'
         from work_orders where title = 'Bulk' and id % 5 = 0`,
    );
    const [f] = await t.sql<{ id: number }>(
      `select id from work_orders where title = 'Bulk' and completed_at >= '2031-02-05' and property_id = 3 order by id limit 1`,
    );
    followed = must(f).id;
  });

  afterAll(async () => {
    await t.stop();
  });

  it('computes dirty months from the orders, exactly like the exact path (and percentiles within 1 %)', async () => {
    expect(await dirtyMarks()).toBeGreaterThan(0);
    const [approx, exact] = await both(manager);
    expect(exact.timeToClose.overall.count).toBeGreaterThan(5_000);
    expectSameFigures(approx, exact);
    expectSameVendors(...(await vendors(manager, [1, 2, 3])));
  });

  it('after a refresh reads the rollups and gives the same figures, whatever the range edges', async () => {
    // (the api's own refresher may be at it too: then this one skips a round)
    for (let i = 0; i < 10 && (await dirtyMarks()) > 0; i++) await refreshRollups(t.app.orm.em);
    expect(await dirtyMarks()).toBe(0);
    const [rows] = await t.sql<{ n: number }>(
      `select count(*)::int as n from report_close_rollups where month = '2031-02-01' and property_id = 0`,
    );
    expect(rows?.n).toBeGreaterThan(0);
    const [vendorRows] = await t.sql<{ n: number }>(
      `select count(*)::int as n from report_vendor_rollups where month = '2031-02-01' and property_id = 0`,
    );
    expect(vendorRows?.n).toBeGreaterThan(0);
    for (const range of [RANGE, WIDE, NARROW_START]) {
      const [approx, exact] = await both(manager, range);
      expectSameFigures(approx, exact);
      const [rolled, exactVendors] = await vendors(manager, [1, 2, 3], range);
      expect(rolled.length).toBeGreaterThan(3);
      expectSameVendors(rolled, exactVendors);
    }
  });

  it('answers through the api from the rollups above the threshold, matching exact SQL', async () => {
    const token = await t.login('manager@demo.test');
    const r = await t.gql<{
      maintenanceReport: {
        slaCompliance: { measured: number; resolutionMetPct: number };
        timeToClose: {
          overall: { count: number; averageHours: number; medianHours: number; p90Hours: number };
        };
      };
    }>(
      `query($range: DateRange!) { maintenanceReport(range: $range) { slaCompliance { measured resolutionMetPct }
        timeToClose { overall { count averageHours medianHours p90Hours } } } }`,
      { range: { from: WIDE.from.toISOString(), to: WIDE.to.toISOString() } },
      token,
    );
    const [exact] = await t.sql<{ n: number; avg: number; median: number; p90: number; met: number }>(
      `select count(*)::int as n, round(avg(extract(epoch from (completed_at - created_at)) / 3600.0), 2)::float as avg,
         percentile_cont(0.5) within group (order by extract(epoch from (completed_at - created_at)) / 3600.0) as median,
         percentile_cont(0.9) within group (order by extract(epoch from (completed_at - created_at)) / 3600.0) as p90,
         round(100.0 * count(*) filter (where not exists (select 1 from work_order_events e where e.work_order_id = w.id
           and e.kind = 'SLA_CHANGED' and e.data->>'clock' = 'resolution')) / count(*), 1)::float as met
       from work_orders w where completed_at >= $1 and completed_at < $2`,
      [WIDE.from, WIDE.to],
    );
    const sql = must(exact);
    expect(sql.n).toBeGreaterThan(ROLLUP_RULES.exactMaxClosed);
    const overall = r.data?.maintenanceReport.timeToClose.overall;
    expect(overall?.count).toBe(sql.n);
    expect(overall?.averageHours).toBe(sql.avg);
    expectClose(overall?.medianHours ?? null, sql.median);
    expectClose(overall?.p90Hours ?? null, sql.p90);
    expect(r.data?.maintenanceReport.slaCompliance).toEqual({
      measured: sql.n,
      resolutionMetPct: sql.met,
    });
  });

  it('follows every change at once: reopen, re-complete, category, priority, assignee, property, cancel, breach', async () => {
    await refreshRollups(t.app.orm.em);
    const [before] = await both(manager);
    const changes: [string, string, (r: CloseFigures) => void][] = [
      [
        'reopen',
        `update work_orders set completed_at = null, status = 'ASSIGNED' where id = $1`,
        (r) => expect(r.timeToClose.overall.count).toBe(before.timeToClose.overall.count - 1),
      ],
      [
        're-complete',
        `update work_orders set completed_at = '2031-02-20T00:00:00Z', status = 'COMPLETED' where id = $1`,
        (r) => expect(r.timeToClose.overall.count).toBe(before.timeToClose.overall.count),
      ],
      [
        'category',
        `update work_orders set category_id = case when category_id = 1 then 2 else 1 end where id = $1`,
        () => undefined,
      ],
      [
        'priority',
        `update work_orders set priority = case when priority = 'EMERGENCY' then 'LOW' else 'EMERGENCY' end where id = $1`,
        () => undefined,
      ],
      [
        'assignee',
        `update work_orders set assignee_vendor_id = case when assignee_vendor_id = 7 then 6 else 7 end,
           assignee_technician_id = null where id = $1`,
        () => undefined,
      ],
      ['property', `update work_orders set property_id = 1 where id = $1`, () => undefined],
      [
        'breach',
        // the followed order and every other one completed in February 2031
        `insert into work_order_events (work_order_id, kind, at, summary, data)
         select id, 'SLA_CHANGED', now(), 'Response target breached', '{"clock": "response", "state": "BREACHED"}'
           from work_orders where id = $1 or (title = 'Bulk' and completed_at >= '2031-02-01' and completed_at < '2031-03-01')`,
        (r) => expect(r.slaCompliance.responseMetPct).toBeLessThan(80),
      ],
      [
        'cancel',
        `update work_orders set completed_at = null, status = 'CANCELLED', cancelled_at = now() where id = $1`,
        (r) => expect(r.timeToClose.overall.count).toBe(before.timeToClose.overall.count - 1),
      ],
    ];
    let previous = before;
    for (const [, sql, check] of changes) {
      await t.sql(sql, [followed]);
      const [approx, exact] = await both(manager);
      expectSameFigures(approx, exact);
      check(approx);
      // something moved (the figures are not those before the change)
      expect(JSON.stringify(approx)).not.toEqual(JSON.stringify(previous));
      previous = approx;
      // and the same after the refresher rebuilt the month
      await refreshRollups(t.app.orm.em);
      expectSameFigures(await report(manager, ROLLUP), exact);
    }
  });

  it('follows vendor changes at once: rating, cost, reopening, a repeat order within 30 days, reassignment', async () => {
    await refreshRollups(t.app.orm.em);
    // April and May 2031, whole months: read from the rollups once refreshed
    const range = { from: new Date('2031-04-01T00:00:00Z'), to: new Date('2031-06-01T00:00:00Z') };
    // the last orders of their unit and category: nothing follows them, so they are first-time fixes
    const targets = await t.sql<{ id: number }>(
      `select id from (select distinct on (unit_id, category_id) * from work_orders where title = 'Bulk'
                        order by unit_id, category_id, created_at desc) last
        where assignee_vendor_id is not null and status = 'COMPLETED' and assigned_at >= '2031-04-01' order by id limit 2`,
    );
    expect(targets).toHaveLength(2);
    const firstTime = (rows: VendorRow[]): number => rows.reduce((n, r) => n + r.first_time, 0);
    const changes: [string, number, (before: VendorRow[], after: VendorRow[]) => void][] = [
      [
        `update work_orders set status = 'CLOSED', rating_score = 1, actual_cost_cents = 99999 where id = $1`,
        must(targets[0]).id,
        (_, after) => expect(after.some((r) => r.rating !== null)).toBe(true),
      ],
      [
        `insert into work_order_events (work_order_id, kind, at, summary) values ($1, 'REOPENED', now(), 'Reopened')`,
        must(targets[0]).id,
        (before, after) => expect(firstTime(after)).toBe(firstTime(before) - 1),
      ],
      [
        // a new order for the same unit and category a day after completion spoils the first-time fix
        `insert into work_orders (number, property_id, unit_id, requester_id, category_id, reported_severity, priority,
           triage_reasons, status, title, description, access_snapshot, availability_windows, created_at, updated_at)
         select nextval('work_order_number_seq'), property_id, unit_id, requester_id, category_id, 'ROUTINE', 'ROUTINE',
           '[]', 'NEW', 'Repeat', 'Repeat', '{}', '[]', completed_at + interval '1 day', completed_at + interval '1 day'
           from work_orders where id = $1`,
        must(targets[1]).id,
        (before, after) => expect(firstTime(after)).toBe(firstTime(before) - 1),
      ],
      [
        `update work_orders set assignee_vendor_id = null, assignee_technician_id = 1 where id = $1`,
        must(targets[0]).id,
        () => undefined,
      ],
      [
        `update work_orders set status = 'CANCELLED', completed_at = null, cancelled_at = now() where id = $1`,
        must(targets[0]).id,
        (before, after) =>
          expect(after.reduce((n, r) => n + r.done, 0)).toBe(before.reduce((n, r) => n + r.done, 0) - 1),
      ],
    ];
    let previous = (await vendors(manager, [1, 2, 3], range))[0];
    expect(firstTime(previous)).toBeGreaterThan(1);
    for (const [sql, id, check] of changes) {
      await t.sql(sql, [id]);
      const [rolled, exact] = await vendors(manager, [1, 2, 3], range);
      expectSameVendors(rolled, exact);
      expect(rolled).not.toEqual(previous);
      check(previous, rolled);
      previous = rolled;
      await refreshRollups(t.app.orm.em);
      expectSameVendors((await vendors(manager, [1, 2, 3], range))[0], exact);
      expectSameVendors(...(await vendors(owner2, [3], range)));
    }
  });

  it('never shows an owner other properties’ figures through the rollups', async () => {
    await refreshRollups(t.app.orm.em);
    const [approx, exact] = await both(owner2);
    expectSameFigures(approx, exact);
    expect(approx.timeToClose.byProperty.map((p) => p.label)).toEqual(['Riverside Lofts']);
    const [ownVendors, exactOwnVendors] = await vendors(owner2, [3]);
    expectSameVendors(ownVendors, exactOwnVendors);
    const [allVendors] = await vendors(manager, [1, 2, 3]);
    expect(ownVendors.reduce((n, r) => n + r.jobs, 0)).toBeLessThan(
      allVendors.reduce((n, r) => n + r.jobs, 0),
    );
    const [own] = await t.sql<{ n: number }>(
      `select count(*)::int as n from work_orders where property_id = 3 and completed_at >= $1 and completed_at < $2`,
      [RANGE.from, RANGE.to],
    );
    expect(approx.timeToClose.overall.count).toBe(must(own).n);
    // asking for someone else's property gives nothing
    const other = await report(owner2, ROLLUP, RANGE, [toGlobalId('Property', 1)]);
    expect(other.timeToClose.overall.count).toBe(0);
    expect(other.timeToClose.byProperty).toEqual([]);
    // a dirty month of another property does not leak either
    await t.sql(
      `update work_orders set priority = 'LOW' where property_id = 1 and completed_at >= '2031-02-01' and id % 2 = 0`,
    );
    const dirty = await report(owner2, ROLLUP);
    expect(dirty.timeToClose.overall.count).toBe(must(own).n);
    expect(dirty.timeToClose.byProperty.map((p) => p.label)).toEqual(['Riverside Lofts']);
  });

  /** Refreshes until no dirty mark is left. */
  const refreshAll = async (): Promise<void> => {
    for (let i = 0; i < 10 && (await dirtyMarks()) > 0; i++) await refreshRollups(t.app.orm.em);
    expect(await dirtyMarks()).toBe(0);
  };

  /** The portfolio's close figures and vendor rows, rollups against the exact SQL, over each range. */
  const compareRanges = async (ranges: { from: Date; to: Date }[]): Promise<void> => {
    for (const range of ranges) {
      const [approx, exact] = await both(manager, range);
      expect(exact.timeToClose.overall.count).toBeGreaterThan(100);
      expectSameFigures(approx, exact);
      const [rolled, exactVendors] = await vendors(manager, [1, 2, 3], range);
      expect(rolled.length).toBeGreaterThan(3);
      expectSameVendors(rolled, exactVendors);
    }
  };

  it('plans a portfolio range on midnights: the parts of days at the ends and the dirty days from the orders', () => {
    const at = (iso: string): Date => new Date(iso);
    // midnights: nothing raw
    expect(planDays(TO_15TH, new Set())).toEqual({
      from: TO_15TH.from,
      to: TO_15TH.to,
      dirtyDays: [],
      raw: [],
    });
    // mid-day ends move to the nearer midnight
    expect(planDays(MID, new Set())).toEqual({
      from: at('2031-01-10T00:00:00Z'),
      to: at('2031-03-16T00:00:00Z'),
      dirtyDays: [],
      raw: [
        { lo: at('2031-01-10T00:00:00Z'), hi: MID.from, sign: -1 },
        { lo: MID.to, hi: at('2031-03-16T00:00:00Z'), sign: -1 },
      ],
    });
    // a dirty end day is read from the orders (not covered); dirty days inside are subtracted and read
    const plan = planDays(
      MID,
      new Set(['2031-01-10', '2031-03-15', '2031-02-03', '2031-02-04', '2031-05-01']),
    );
    expect(plan.from).toEqual(at('2031-01-11T00:00:00Z'));
    expect(plan.to).toEqual(at('2031-03-15T00:00:00Z'));
    expect(plan.dirtyDays).toEqual(['2031-02-03', '2031-02-04']);
    expect(plan.raw).toEqual([
      { lo: MID.from, hi: at('2031-01-11T00:00:00Z'), sign: 1 },
      { lo: at('2031-02-03T00:00:00Z'), hi: at('2031-02-05T00:00:00Z'), sign: 1 },
      { lo: at('2031-03-15T00:00:00Z'), hi: MID.to, sign: 1 },
    ]);
    // under two days: all from the orders
    const short = { from: at('2031-01-10T13:00:00Z'), to: at('2031-01-11T11:00:00Z') };
    expect(planDays(short, new Set()).raw).toEqual([{ lo: short.from, hi: short.to, sign: 1 }]);
  });

  it('reads ranges ending on any day and hour from the day rollups, exactly like the exact path', async () => {
    await refreshAll();
    const [days] = await t.sql<{ n: number }>(
      `select count(*)::int as n from report_close_mtd where day >= '2031-01-01' and day < '2031-02-01'`,
    );
    expect(must(days).n).toBeGreaterThan(0);
    // recent orders, closed in the last 40 days up to an hour ago: a range ending now
    await t.sql(
      `insert into work_orders (number, property_id, unit_id, requester_id, category_id, reported_severity, priority,
         triage_reasons, status, title, description, access_snapshot, availability_windows, created_at, updated_at,
         assigned_at, completed_at, assignee_vendor_id, assignee_technician_id, rating_score, actual_cost_cents)
       select nextval('work_order_number_seq'), u.property_id, u.id, (select id from users where email = 'tenant@demo.test'),
         1 + g % 7, 'ROUTINE', (array['EMERGENCY', 'URGENT', 'ROUTINE', 'LOW'])[1 + g % 4], '[]', 'COMPLETED', 'Recent',
         'Recent', '{}', '[]', x.created, x.created, x.created,
         least(x.created + make_interval(secs => x.secs), now() - interval '1 hour'),
         case when g % 3 = 0 then 1 + g % 7 end, case when g % 3 = 1 then 1 end,
         case when g % 4 = 0 then 1 + g % 5 end, case when g % 2 = 0 then 1000 + g end
       from generate_series(1, 3000) g
       join lateral (select now() - interval '40 days' + (g::float8 / 3000) * interval '39 days' as created,
                            exp(1 + 8 * ((g * 7919) % 1000) / 1000.0) * 36 as secs) x on true
       join (select id, property_id, row_number() over (order by id) - 1 as rn, count(*) over () as n from units) u
         on u.rn = g % u.n`,
    );
    const now = new Date();
    const recent = [
      { from: new Date(now.getTime() - 30 * DAY), to: now },
      {
        from: new Date(Math.floor(now.getTime() / DAY - 30) * DAY),
        to: new Date(Math.floor(now.getTime() / DAY) * DAY),
      },
    ];
    // the new orders' days dirty (read from the orders), then rebuilt
    expect(await dirtyMarks()).toBeGreaterThan(0);
    await compareRanges([MID, TO_15TH, TO_3RD, ...recent]);
    await refreshAll();
    await compareRanges([MID, TO_15TH, TO_3RD, NARROW_START, RANGE, WIDE, ...recent]);
    // a mark without a day (as written before day marks): its whole month is read from the orders, then rebuilt
    await t.sql(`insert into report_rollup_dirty (month, property_id) values ('2031-03-01', 2)`);
    await compareRanges([MID, TO_15TH]);
    await refreshAll();
    await compareRanges([MID, TO_15TH]);
  });

  it('follows changes on the days at the ends of a range at once, and after a refresh', async () => {
    await refreshAll();
    const pick = async (where: string): Promise<number> => {
      const [row] = await t.sql<{ id: number }>(
        `select id from work_orders where title = 'Bulk' and status = 'COMPLETED' and ${where} order by id limit 1`,
      );
      return must(row).id;
    };
    // completed on the first day before the range starts, on it after, on the last day in and after the range
    const early = await pick(
      `completed_at >= '2031-01-10T04:30:00Z' and completed_at < '2031-01-10T07:30:00Z'`,
    );
    const first = await pick(`completed_at >= '2031-01-10T07:30:00Z' and completed_at < '2031-01-11'`);
    const last = await pick(`completed_at >= '2031-03-15' and completed_at < '2031-03-15T18:45:00Z'`);
    const late = await pick(`completed_at >= '2031-03-15T18:45:00Z' and completed_at < '2031-03-16'`);
    const inside = await pick(`completed_at >= '2031-02-10' and completed_at < '2031-02-11'`);
    const vendorLast = await pick(
      `assigned_at >= '2031-03-15' and assigned_at < '2031-03-15T18:45:00Z' and assignee_vendor_id is not null`,
    );
    // [change, order, whether the range's figures move]
    const changes: [string, number, boolean][] = [
      // into the range across its start, out of it across its end
      [`update work_orders set completed_at = completed_at + interval '3 hours' where id = $1`, early, true],
      [`update work_orders set completed_at = '2031-03-15T19:00:00Z' where id = $1`, last, true],
      [`update work_orders set priority = 'EMERGENCY', category_id = 3 where id = $1`, first, true],
      // on the last day but after the range's end: its day is dirty, the range's figures stay
      [
        `update work_orders set status = 'CANCELLED', completed_at = null, cancelled_at = now() where id = $1`,
        late,
        false,
      ],
      // the first (partial) day's orders breached
      [
        `insert into work_order_events (work_order_id, kind, at, summary, data)
         select id, 'SLA_CHANGED', now(), 'Response target breached', '{"clock": "response", "state": "BREACHED"}'
           from work_orders where id = $1 or (title = 'Bulk' and completed_at >= '2031-01-10T07:30:00Z'
                                             and completed_at < '2031-01-11')`,
        first,
        true,
      ],
      // from a whole day inside to the first, partial day
      [`update work_orders set completed_at = '2031-01-10T09:00:00Z' where id = $1`, inside, true],
      [
        `update work_orders set status = 'CLOSED', rating_score = 5, actual_cost_cents = 12345,
           assignee_vendor_id = case when assignee_vendor_id = 2 then 3 else 2 end where id = $1`,
        vendorLast,
        true,
      ],
    ];
    /** The range's exact close figures and vendor rows. */
    const figures = async (): Promise<[string, string]> => [
      JSON.stringify(await report(manager, EXACT, MID)),
      JSON.stringify((await vendors(manager, [1, 2, 3], MID))[1]),
    ];
    let previous = await figures();
    for (const [sql, id, moves] of changes) {
      await t.sql(sql, [id]);
      expect(await dirtyMarks()).toBeGreaterThan(0);
      const [approx, exact] = await both(manager, MID);
      expectSameFigures(approx, exact);
      expectSameVendors(...(await vendors(manager, [1, 2, 3], MID)));
      const now = await figures();
      if (moves) expect(now).not.toEqual(previous);
      else expect(now[0]).toEqual(previous[0]);
      previous = now;
      await refreshAll();
      expectSameFigures(await report(manager, ROLLUP, MID), exact);
      expectSameVendors(...(await vendors(manager, [1, 2, 3], MID)));
    }
    await compareRanges([MID, TO_15TH, TO_3RD]);
  });
});

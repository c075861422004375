import type { EntityManager } from '@mikro-orm/postgresql';
import { IsolationLevel } from '@mikro-orm/core';
import type { Filter } from './report.service';

/**
 * The report's time-to-close and SLA figures from the monthly rollups (migration Migration20261124071500); a
 * whole-portfolio report from the cumulative, day and month-to-date rows (Migration20261125090000,
 * Migration20261126090000), so it reads whole days wherever its range ends.
 * Counts, averages and SLA shares are exact; medians and p90s come from the merged log-bucket histograms.
 */
export const ROLLUP_RULES = {
  /** Bucket i holds hours in (γ^(i-1), γ^i]; its representative 2γ^i/(γ+1) is within 1 % of each of them. */
  gamma: 101 / 99,
  relativeAccuracy: 0.01,
  /**
   * Up to this many closed orders in the range and scope the figures are computed exactly from the orders
   * (percentile_cont over ≤ 20,000 rows costs ~10 ms a grouping); above it they come from the rollups.
   */
  exactMaxClosed: 20_000,
  /** How often the api's refresher rebuilds the dirty months. */
  refreshIntervalMs: 60_000,
} as const;

/** A closed-order figure group: g is 'a' (all), 'P' property, 'c' category, 'A' assignee, 'p' priority, 'w' week, 'm' month. */
export interface RollupGroup {
  g: string;
  label: string;
  n: number;
  avg: number | null;
  rm: number;
  sm: number;
  buckets: number[] | null;
  counts: number[] | null;
}

/** Which properties' orders a raw segment reads: all, only those with a dirty mark in its month, or only the others. */
type Which = 'all' | 'dirty' | 'clean';

/**
 * What a report reads: the rollups of `months` (less, for a (month, property) in `dirty`, that property's stale
 * rows), and time segments read from the orders themselves, with the sign they add with (-1: the part of a month
 * outside the range).
 */
export interface Plan {
  months: string[];
  dirty: { month: string; property: number }[];
  raw: { lo: Date; hi: Date; sign: 1 | -1; which: Which }[];
}

const monthStart = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const nextMonth = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * A month covered at least half comes from its rollups: its clean properties' rows (less their orders outside the
 * range: usually none, the range ends now) and its dirty properties' orders; a month covered less than half from
 * its orders. `dirty`: the dirty properties of each month (ISO date of its first day).
 */
export const planSegments = (
  range: { from: Date; to: Date },
  dirty: ReadonlyMap<string, ReadonlySet<number>>,
): Plan => {
  const plan: Plan = { months: [], dirty: [], raw: [] };
  for (let m = monthStart(range.from); m < range.to; m = nextMonth(m)) {
    const end = nextMonth(m);
    const lo = new Date(Math.max(range.from.getTime(), m.getTime()));
    const hi = new Date(Math.min(range.to.getTime(), end.getTime()));
    const key = isoDay(m);
    const marked = dirty.get(key);
    if ((hi.getTime() - lo.getTime()) * 2 < end.getTime() - m.getTime()) {
      plan.raw.push({ lo, hi, sign: 1, which: 'all' });
      continue;
    }
    plan.months.push(key);
    const outside = marked ? 'clean' : 'all';
    if (lo > m) plan.raw.push({ lo: m, hi: lo, sign: -1, which: outside });
    if (hi < end) plan.raw.push({ lo: hi, hi: end, sign: -1, which: outside });
    if (marked) {
      plan.raw.push({ lo, hi, sign: 1, which: 'dirty' });
      for (const property of marked) plan.dirty.push({ month: key, property });
    }
  }
  return plan;
};

/** percentile_cont(q) read from a histogram: the two neighbouring ranks' bucket representatives, interpolated. */
export const histogramPercentile = (
  buckets: readonly number[],
  counts: readonly number[],
  q: number,
): number | null => {
  const total = counts.reduce((s, c) => s + c, 0);
  if (total <= 0) return null;
  const rank = q * (total - 1);
  const valueAt = (k: number): number => {
    let seen = 0;
    for (let i = 0; i < buckets.length; i++) {
      seen += counts[i] ?? 0;
      if (seen > k) return (2 * ROLLUP_RULES.gamma ** (buckets[i] ?? 0)) / (ROLLUP_RULES.gamma + 1);
    }
    return (2 * ROLLUP_RULES.gamma ** (buckets[buckets.length - 1] ?? 0)) / (ROLLUP_RULES.gamma + 1);
  };
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = valueAt(lo);
  return hi === lo ? a : a + (valueAt(hi) - a) * (rank - lo);
};

const pgArray = (values: readonly string[]): string => `{${values.map((v) => `"${v}"`).join(',')}}`;

/** Runs `read` in one read-only snapshot (dirty marks and rollups agree), without JIT (its compile time is most of a
 * cold run) and with room to hash the histogram buckets in memory. */
export const inSnapshot = <T>(em: EntityManager, read: (db: Db) => Promise<T>): Promise<T> =>
  em.fork().transactional(
    async (tem) => {
      await tem.execute(`set local jit = off`);
      await tem.execute(`set local work_mem = '64MB'`);
      return read({
        execute: async <R>(sql: string, params: unknown[]) => (await tem.execute(sql, params)) as R,
      });
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );

export interface Db {
  execute<R>(sql: string, params: unknown[]): Promise<R>;
}

/** The months of the range with dirty marks (of the properties in scope) decide what is read from the orders. */
const planFor = async (
  db: Db,
  range: { from: Date; to: Date },
  scope: (column: string) => Filter,
): Promise<Plan> => {
  const lastMonth = monthStart(new Date(range.to.getTime() - 1));
  const markScope = scope('d.property_id');
  const dirtyRows = await db.execute<{ month: string; property: number }[]>(
    `select distinct to_char(d.month, 'YYYY-MM-DD') as month, d.property_id as property from report_rollup_dirty d
      where d.month >= ?::date and d.month <= ?::date and ${markScope.sql}`,
    [isoDay(monthStart(range.from)), isoDay(lastMonth), ...markScope.params],
  );
  const dirty = new Map<string, Set<number>>();
  for (const r of dirtyRows) dirty.set(r.month, (dirty.get(r.month) ?? new Set<number>()).add(r.property));
  return planSegments(range, dirty);
};

const DAY_MS = 86_400_000;
const floorDay = (d: Date): Date => new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);

/**
 * What a whole-portfolio report reads: the rollups of the midnights `from` to `to` (the cumulative and
 * month-to-date rows at each; whole months of vendor rows, day rows for the rest), less the stale day rows of
 * `dirtyDays`, and time segments read from the orders with their signs: the part of a day at each end of the range
 * and the dirty days themselves.
 */
export interface DayPlan {
  from: Date;
  to: Date;
  dirtyDays: string[];
  raw: { lo: Date; hi: Date; sign: 1 | -1 }[];
}

/**
 * Each end of the range moves to the nearer midnight (away from its day when that day is dirty, so it is not read
 * twice), the part of a day between them read from the orders; a range under two days is read from the orders.
 * `dirty`: the dirty days (ISO dates) in and around the range.
 */
export const planDays = (range: { from: Date; to: Date }, dirty: ReadonlySet<string>): DayPlan => {
  if (range.to.getTime() - range.from.getTime() < 2 * DAY_MS) {
    const at = floorDay(range.from);
    const raw: DayPlan['raw'] = range.to > range.from ? [{ lo: range.from, hi: range.to, sign: 1 }] : [];
    return { from: at, to: at, dirtyDays: [], raw };
  }
  const raw: DayPlan['raw'] = [];
  /** The midnight an end moves to; the part of a day between them goes to `raw` (`side`: which end). */
  const boundary = (t: Date, side: 'from' | 'to'): Date => {
    const lo = floorDay(t);
    if (lo.getTime() === t.getTime()) return t;
    const hi = new Date(lo.getTime() + DAY_MS);
    const down = dirty.has(isoDay(lo))
      ? side === 'to'
      : t.getTime() - lo.getTime() <= hi.getTime() - t.getTime();
    if (down) raw.push({ lo, hi: t, sign: side === 'to' ? 1 : -1 });
    else raw.push({ lo: t, hi, sign: side === 'to' ? -1 : 1 });
    return down ? lo : hi;
  };
  const from = boundary(range.from, 'from');
  const to = boundary(range.to, 'to');
  const dirtyDays: string[] = [];
  for (let d = from; d < to; d = new Date(d.getTime() + DAY_MS))
    if (dirty.has(isoDay(d))) {
      dirtyDays.push(isoDay(d));
      raw.push({ lo: d, hi: new Date(d.getTime() + DAY_MS), sign: 1 });
    }
  // adjacent segments of the same sign read as one
  raw.sort((a, b) => a.lo.getTime() - b.lo.getTime());
  const merged: DayPlan['raw'] = [];
  for (const s of raw) {
    const last = merged[merged.length - 1];
    if (last && last.sign === s.sign && last.hi.getTime() === s.lo.getTime()) last.hi = s.hi;
    else merged.push({ ...s });
  }
  return { from, to, dirtyDays, raw: merged };
};

/** The dirty days of the portfolio around the range (a mark without a day: every day of its month). */
const dayPlanFor = async (db: Db, range: { from: Date; to: Date }): Promise<DayPlan> => {
  const rows = await db.execute<{ month: string; day: string | null }[]>(
    `select distinct to_char(d.month, 'YYYY-MM-DD') as month, to_char(d.day, 'YYYY-MM-DD') as day
       from report_rollup_dirty d where d.month >= ?::date and d.month <= ?::date`,
    [isoDay(monthStart(range.from)), isoDay(monthStart(range.to))],
  );
  const dirty = new Set<string>();
  for (const r of rows) {
    if (r.day !== null) dirty.add(r.day);
    else
      for (
        let d = new Date(`${r.month}T00:00:00Z`), end = nextMonth(d);
        d < end;
        d = new Date(d.getTime() + DAY_MS)
      )
        dirty.add(isoDay(d));
  }
  return planDays(range, dirty);
};

/** The dirty pairs (CTE `dirty`) and the raw segments (`s`, filtered to their properties), as array parameters. */
const DIRTY_CTE = `dirty as (select * from unnest(?::date[], ?::int[]) dp(month, property_id))`;
const SEGMENTS = `unnest(?::timestamptz[], ?::timestamptz[], ?::int[], ?::text[]) s(lo, hi, sign, which)`;
const SEGMENT_FILTER = `(s.which = 'all' or (s.which = 'dirty') = exists (
    select 1 from dirty dp where dp.month = f.month and dp.property_id = f.property_id))`;

const dirtyParams = (plan: Plan): string[] => [
  pgArray(plan.dirty.map((d) => d.month)),
  `{${plan.dirty.map((d) => d.property).join(',')}}`,
];

const segmentParams = (plan: Plan): string[] => [
  pgArray(plan.raw.map((s) => s.lo.toISOString())),
  pgArray(plan.raw.map((s) => s.hi.toISOString())),
  `{${plan.raw.map((s) => s.sign).join(',')}}`,
  pgArray(plan.raw.map((s) => s.which)),
];

/**
 * All closed-order figure groups of the range in one statement. `portfolio`: the viewer sees every property and
 * named none, so the portfolio rows (property 0) serve; otherwise only the rows of the properties in `scope`.
 */
export const rollupGroups = (
  em: EntityManager,
  range: { from: Date; to: Date },
  scope: (column: string) => Filter,
  portfolio: boolean,
): Promise<RollupGroup[]> => inSnapshot(em, (db) => readGroups(db, range, scope, portfolio));

/**
 * The latest cumulative rows (report_close_cumulative) at or before a boundary: the months before it (found on the
 * narrow key columns, then fetched).
 */
const cumulativeAt = `(select c.* from report_close_cumulative c
  join (select dim, property_id, key, max(month) as month from report_close_cumulative where month <= ?::date
         group by 1, 2, 3) l on l.dim = c.dim and l.property_id = c.property_id and l.key = c.key and l.month = c.month)`;

/**
 * The closed orders of the raw segments, per figure group and bucket (weeks and months without buckets): each
 * segment with its own bounds (PostgreSQL then estimates its size), the groups as grouping sets.
 */
const rawGroups = (plan: Plan, rawScope: Filter): { sql: string; params: unknown[] } => {
  const params: unknown[] = [];
  const segments = plan.raw.map((s) => {
    params.push(s.lo, s.hi, ...rawScope.params);
    const which =
      s.which === 'all'
        ? ''
        : ` and ${s.which === 'dirty' ? '' : 'not '}exists (select 1 from dirty dp where dp.month = f.month and dp.property_id = f.property_id)`;
    return `select f.*, ${s.sign} as sign from report_close_facts f
      where f.completed_at >= ? and f.completed_at < ? and ${rawScope.sql}${which}`;
  });
  const from =
    segments.length > 0
      ? segments.join(' union all ')
      : 'select f.*, 1 as sign from report_close_facts f where false';
  return {
    sql: `select case when grouping(f.property_id) = 0 then 'P' when grouping(f.category_id) = 0 then 'c'
              when grouping(f.kind) = 0 then f.kind when grouping(f.priority) = 0 then 'p'
              when grouping(f.week) = 0 then 'w' when grouping(f.month) = 0 then 'm' else 'a' end as dim,
         case when grouping(f.property_id) = 0 then f.property_id::text when grouping(f.category_id) = 0 then f.category_id::text
              when grouping(f.kind) = 0 then f.assignee::text when grouping(f.priority) = 0 then f.priority
              when grouping(f.week) = 0 then f.week when grouping(f.month) = 0 then to_char(f.month, 'YYYY-MM-DD')
              else '' end as key,
         f.bucket, (f.sign * count(*))::int as n, f.sign * sum(f.secs) as secs,
         (f.sign * count(*) filter (where f.response_met))::int as rm,
         (f.sign * count(*) filter (where f.resolution_met))::int as sm
    from (select s.*, case when s.assignee_vendor_id is not null then 'v' when s.assignee_technician_id is not null then 't'
                           else 'u' end as kind,
                 coalesce(s.assignee_vendor_id, s.assignee_technician_id, 0) as assignee
            from (${from}) s) f
   group by grouping sets ((f.sign, f.bucket), (f.sign, f.property_id, f.bucket), (f.sign, f.category_id, f.bucket),
     (f.sign, f.kind, f.assignee, f.bucket), (f.sign, f.priority, f.bucket), (f.sign, f.week), (f.sign, f.month))`,
    params,
  };
};

/** The rows a report's figure groups are made of (CTE `roll`: dim, key, n, secs, rm, sm, sign, buckets, counts). */
interface RollSource {
  sql: string;
  params: unknown[];
}

/** The scoped path: the clean monthly rows of the properties in scope (the dirty ones are read from the orders). */
const scopedRoll = (plan: Plan, inScope: Filter): RollSource => ({
  sql: `select d.dim, d.key, r.n, r.secs, r.response_met as rm, r.resolution_met as sm, 1 as sign, r.buckets, r.counts
          from report_close_rollups r
         cross join lateral (
           select r.dim, r.key
           union all select 'm', to_char(r.month, 'YYYY-MM-DD') where r.dim = 'a'
           union all select 'P', r.property_id::text where r.dim = 'a') d
         where r.month = any(?::date[]) and ${inScope.sql}
           and not exists (select 1 from dirty dp where dp.month = r.month and dp.property_id = r.property_id)`,
  params: [pgArray(plan.months), ...inScope.params],
});

/**
 * The month-to-date rows (report_close_mtd) before a midnight: those of the last day with orders in [?, ?) (the
 * first of its month to it), which has a row for every group with orders since the first.
 */
const monthToDateAt = `(select c.* from report_close_mtd c
  where c.day = (select max(m.day) from report_close_mtd m where m.day >= ?::date and m.day < ?::date))`;

const DAY_COLUMNS = `r.dim, r.property_id, r.key, r.n, r.secs, r.response_met, r.resolution_met, r.buckets, r.counts`;

/**
 * The whole portfolio: at each end (a midnight) the cumulative rows of the months before it plus the month-to-date
 * rows of its month (property 0's groups; every property's 'a' rows as 'P'), the later end added and the earlier
 * subtracted; the stale day rows of the dirty days subtracted; the trends from property 0's day rows.
 */
const portfolioRoll = (plan: DayPlan): RollSource => {
  const ends = [
    { at: plan.to, sign: 1 },
    { at: plan.from, sign: -1 },
  ];
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const end of ends) {
    const month = isoDay(monthStart(end.at));
    parts.push(`select ${DAY_COLUMNS}, null::date as day, ${end.sign} as sign from ${cumulativeAt} r`);
    parts.push(`select ${DAY_COLUMNS}, null::date, ${end.sign} from ${monthToDateAt} r`);
    params.push(month, month, isoDay(end.at));
  }
  parts.push(`select ${DAY_COLUMNS}, r.day, -1 from report_close_days r where r.day = any(?::date[])`);
  parts.push(`select 'trend', 0, '', r.n, r.secs, 0, 0, null, null, r.day, 1 from report_close_days r
               where r.dim = 'a' and r.property_id = 0 and r.key = '' and r.day >= ?::date and r.day < ?::date`);
  params.push(pgArray(plan.dirtyDays), isoDay(plan.from), isoDay(plan.to));
  return {
    sql: `select d.dim, d.key, r.n, r.secs, r.response_met as rm, r.resolution_met as sm, r.sign, r.buckets, r.counts
            from (${parts.join('\n union all ')}) r
           cross join lateral (
             select r.dim, r.key where r.property_id = 0 and r.dim <> 'trend'
             union all select 'P', r.property_id::text where r.property_id <> 0
             union all select 'w', to_char(date_trunc('week', r.day::timestamp), 'YYYY-MM-DD')
              where r.day is not null and r.property_id = 0 and r.dim in ('a', 'trend')
             union all select 'm', to_char(date_trunc('month', r.day::timestamp), 'YYYY-MM-DD')
              where r.day is not null and r.property_id = 0 and r.dim in ('a', 'trend')) d`,
    params,
  };
};

const readGroups = async (
  db: Db,
  range: { from: Date; to: Date },
  scope: (column: string) => Filter,
  portfolio: boolean,
): Promise<RollupGroup[]> => {
  let roll: RollSource;
  let dirty: string[];
  let raw: { sql: string; params: unknown[] };
  if (portfolio) {
    const plan = await dayPlanFor(db, range);
    roll = portfolioRoll(plan);
    const segments = { months: [], dirty: [], raw: plan.raw.map((s) => ({ ...s, which: 'all' as const })) };
    dirty = dirtyParams(segments);
    raw = rawGroups(segments, { sql: 'true', params: [] });
  } else {
    const plan = await planFor(db, range, scope);
    roll = scopedRoll(plan, scope('r.property_id'));
    dirty = dirtyParams(plan);
    raw = rawGroups(plan, scope('f.property_id'));
  }
  const rows = await db.execute<(Omit<RollupGroup, 'buckets' | 'counts'> & { hist: string | null })[]>(
    `with ${DIRTY_CTE}, roll as (
       select r.dim, r.key, r.sign * r.n as n, r.sign * r.secs as secs, r.sign * r.rm as rm, r.sign * r.sm as sm,
              r.sign, r.buckets, r.counts
         from (${roll.sql}) r
     ), raw as (${raw.sql}
     ), totals as (
       select dim, key, sum(n)::int as n, sum(secs) as secs, sum(rm)::int as rm, sum(sm)::int as sm
         from (select dim, key, n, secs, rm, sm from roll union all select dim, key, n, secs, rm, sm from raw) x
        group by 1, 2 having sum(n) <> 0
     ), named as (
       select t.dim, t.key, case when t.dim in ('v', 't', 'u') then 'A' else t.dim end as g,
              case t.dim when 'c' then (select c.name from categories c where c.id = t.key::int)
                when 'P' then (select p.name from properties p where p.id = t.key::int)
                when 'v' then (select v.name from vendors v where v.id = t.key::int)
                when 't' then (select tc.name from technicians tc where tc.id = t.key::int)
                when 'u' then 'Unassigned' else t.key end as label
         from totals t
     ), labels as (
       -- gid: the figure group (g, label) as a number, so the buckets merge on integers
       select n.*, dense_rank() over (order by n.g, n.label) as gid from named n
     ), pieces as (
       -- each group's histograms as text, merged by the api: "sign|buckets|counts" (much cheaper than merging the
       -- ~10^5 entries of a portfolio report in SQL)
       select l.gid, r.sign::text || '|' || array_to_string(r.buckets, ',') || '|' || array_to_string(r.counts, ',') as piece
         from roll r join labels l on l.dim = r.dim and l.key = r.key
        where r.dim not in ('w', 'm') and cardinality(r.buckets) > 0
       union all
       select l.gid, '1|' || raw.bucket || '|' || raw.n
         from raw join labels l on l.dim = raw.dim and l.key = raw.key
        where raw.dim not in ('w', 'm')
     ), hists as (
       select gid, string_agg(piece, ';') as hist from pieces group by gid
     ), groups as (
       select l.g, l.label, min(l.gid) as gid, sum(t.n)::int as n, (sum(t.secs) / sum(t.n) / 3600.0)::float8 as avg,
              sum(t.rm)::int as rm, sum(t.sm)::int as sm
         from totals t join labels l on l.dim = t.dim and l.key = t.key
        group by 1, 2 having sum(t.n) <> 0
     )
     select g.g, g.label, g.n, g.avg, g.rm, g.sm, h.hist from groups g left join hists h on h.gid = g.gid
      order by g.g, g.label`,
    [...dirty, ...roll.params, ...raw.params],
  );
  return rows.map(({ hist, ...group }) => ({ ...group, ...mergeHistogram(hist) }));
};

/** Bucket indices the fast merge holds (±8192: hours from 10^-4 to far beyond any order), and its buffers. */
const SPAN = 1 << 14;
const HALF = SPAN >> 1;
const dense = new Float64Array(SPAN);
const pieceBuckets: number[] = [];

/**
 * Sums a group's histogram pieces ("sign|buckets|counts", ';'-separated): its non-empty buckets, in order. Parses
 * the text in one pass into a dense buffer (a portfolio report merges ~10^5 entries).
 */
export const mergeHistogram = (
  hist: string | null,
): { buckets: number[] | null; counts: number[] | null } => {
  if (hist === null) return { buckets: null, counts: null };
  const len = hist.length;
  let i = 0;
  let lo = SPAN;
  let hi = -1;
  /** The integer at i (optionally negative); i then points at the character after it. */
  const int = (): number => {
    const negative = hist.charCodeAt(i) === 45;
    if (negative) i++;
    let v = 0;
    for (let ch = hist.charCodeAt(i); ch >= 48 && ch <= 57; ch = hist.charCodeAt(++i)) v = v * 10 + ch - 48;
    return negative ? -v : v;
  };
  while (i < len) {
    const sign = int();
    i++; // '|'
    let k = 0;
    for (;;) {
      pieceBuckets[k++] = int();
      const end = hist.charCodeAt(i) === 124; // '|': the counts follow
      i++;
      if (end) break;
    }
    for (let j = 0; j < k; j++) {
      const slot = (pieceBuckets[j] ?? 0) + HALF;
      const count = int();
      i++; // ',', ';' or the end
      if (slot < 0 || slot >= SPAN) {
        dense.fill(0);
        return mergeHistogramSlowly(hist);
      }
      dense[slot] = (dense[slot] ?? 0) + sign * count;
      if (slot < lo) lo = slot;
      if (slot > hi) hi = slot;
    }
  }
  const buckets: number[] = [];
  const counts: number[] = [];
  for (let slot = lo; slot <= hi; slot++) {
    const c = dense[slot] ?? 0;
    if (c !== 0) {
      buckets.push(slot - HALF);
      counts.push(c);
      dense[slot] = 0;
    }
  }
  return buckets.length === 0 ? { buckets: null, counts: null } : { buckets, counts };
};

/** mergeHistogram for buckets outside the dense buffer's span. */
const mergeHistogramSlowly = (hist: string): { buckets: number[] | null; counts: number[] | null } => {
  const sums = new Map<number, number>();
  for (const piece of hist.split(';')) {
    const [sign, buckets, counts] = piece.split('|');
    const b = (buckets ?? '').split(',');
    const c = (counts ?? '').split(',');
    for (let i = 0; i < b.length; i++) {
      const k = Number(b[i]);
      sums.set(k, (sums.get(k) ?? 0) + Number(sign) * Number(c[i]));
    }
  }
  const buckets = [...sums.keys()].filter((k) => sums.get(k) !== 0).sort((x, y) => x - y);
  return buckets.length === 0
    ? { buckets: null, counts: null }
    : { buckets, counts: buckets.map((k) => sums.get(k) ?? 0) };
};

/** One assignee's vendor-performance sums and counts over the range. */
export interface VendorRow {
  name: string;
  kind: string;
  jobs: number;
  done: number;
  finished: number;
  response: number | null;
  rating: number | null;
  cost: number | null;
  first_time: number;
}

/** A row of vendor sums (CTE `parts`) times `sign`, from a rollup table aliased r. */
const vendorSums = (sign: string): string =>
  `r.kind, r.assignee_id, ${sign} * r.jobs as jobs, ${sign} * r.done as done, ${sign} * r.finished as finished,
   ${sign} * r.response_secs as response_secs, ${sign} * r.rating_sum as rating_sum, ${sign} * r.rating_n as rating_n,
   ${sign} * r.cost_sum as cost_sum, ${sign} * r.cost_n as cost_n, ${sign} * r.first_time as first_time`;

/**
 * The whole portfolio's vendor rows: property 0's months wholly inside the plan's midnights, the day rows of the
 * rest, less the dirty days' stale day rows.
 */
const portfolioVendorRoll = (plan: DayPlan): RollSource => {
  const months: string[] = [];
  const days: [Date, Date][] = [];
  let m = monthStart(plan.from);
  if (m < plan.from) m = nextMonth(m);
  let cursor = plan.from;
  for (; nextMonth(m) <= plan.to; m = nextMonth(m)) {
    if (cursor < m) days.push([cursor, m]);
    months.push(isoDay(m));
    cursor = nextMonth(m);
  }
  if (cursor < plan.to) days.push([cursor, plan.to]);
  return {
    sql: `select ${vendorSums('1')} from report_vendor_rollups r where r.month = any(?::date[]) and r.property_id = 0
          union all
          select ${vendorSums('1')} from unnest(?::date[], ?::date[]) x(lo, hi)
            join report_vendor_days r on r.day >= x.lo and r.day < x.hi
          union all
          select ${vendorSums('-1')} from report_vendor_days r where r.day = any(?::date[])`,
    params: [
      pgArray(months),
      pgArray(days.map(([lo]) => isoDay(lo))),
      pgArray(days.map(([, hi]) => isoDay(hi))),
      pgArray(plan.dirtyDays),
    ],
  };
};

/** Vendor performance of the jobs assigned in the range: exact sums and counts from the rollups and dirty months. */
export const rollupVendorRows = (
  em: EntityManager,
  range: { from: Date; to: Date },
  scope: (column: string) => Filter,
  portfolio: boolean,
): Promise<VendorRow[]> =>
  inSnapshot(em, async (db) => {
    let roll: RollSource;
    let plan: Plan;
    if (portfolio) {
      const days = await dayPlanFor(db, range);
      roll = portfolioVendorRoll(days);
      plan = { months: [], dirty: [], raw: days.raw.map((s) => ({ ...s, which: 'all' as const })) };
    } else {
      // the clean rows in scope; the dirty properties' months are read from the orders
      plan = await planFor(db, range, scope);
      const inScope = scope('r.property_id');
      roll = {
        sql: `select ${vendorSums('1')} from report_vendor_rollups r
               where r.month = any(?::date[]) and ${inScope.sql}
                 and not exists (select 1 from dirty dp where dp.month = r.month and dp.property_id = r.property_id)`,
        params: [pgArray(plan.months), ...inScope.params],
      };
    }
    const rawScope = portfolio ? { sql: 'true', params: [] } : scope('f.property_id');
    return db.execute<VendorRow[]>(
      `with ${DIRTY_CTE}, parts as (
         ${roll.sql}
         union all
         select f.kind, f.assignee_id, s.sign * count(*), s.sign * count(*) filter (where f.done),
                s.sign * count(*) filter (where f.finished), s.sign * sum(f.response_secs),
                s.sign * coalesce(sum(f.rating_score), 0), s.sign * count(f.rating_score),
                s.sign * coalesce(sum(f.actual_cost_cents), 0), s.sign * count(f.actual_cost_cents),
                s.sign * count(*) filter (where f.first_time)
           from ${SEGMENTS}
           join report_assignment_facts f on f.assigned_at >= s.lo and f.assigned_at < s.hi
          where ${rawScope.sql} and ${SEGMENT_FILTER}
          group by f.kind, f.assignee_id, s.sign
       )
       select coalesce(v.name, tc.name) as name, case when p.kind = 'v' then 'VENDOR' else 'TECHNICIAN' end as kind,
              sum(p.jobs)::int as jobs, sum(p.done)::int as done, sum(p.finished)::int as finished,
              (sum(p.response_secs) / nullif(sum(p.jobs), 0) / 3600.0)::float8 as response,
              (sum(p.rating_sum)::numeric / nullif(sum(p.rating_n), 0))::float8 as rating,
              (sum(p.cost_sum)::numeric / nullif(sum(p.cost_n), 0))::float8 as cost,
              sum(p.first_time)::int as first_time
         from parts p
         left join vendors v on p.kind = 'v' and v.id = p.assignee_id
         left join technicians tc on p.kind = 't' and tc.id = p.assignee_id
        group by 1, 2 having sum(p.jobs) <> 0
        order by 1`,
      [...dirtyParams(plan), ...roll.params, ...segmentParams(plan), ...rawScope.params],
    );
  });

/**
 * Rebuilds the months and days with dirty marks (and the month-to-date and cumulative rows after them) and the repeat
 * rollups of the dirty units (all of them, in one REPEATABLE
 * READ snapshot: the marks removed are exactly those whose changes were read). Returns how many marks it cleared; 0
 * when another instance is at it.
 */
export const refreshRollups = async (em: EntityManager): Promise<number> =>
  em.fork().transactional(
    async (tem) => {
      const [row] = await tem.execute<{ n: number }[]>(
        'select report_refresh_rollups() + report_refresh_repeat_rollups() as n',
      );
      return row?.n ?? 0;
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ },
  );

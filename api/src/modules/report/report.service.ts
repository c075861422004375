import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/node';
import { propertyScope, seesPortfolio } from '../portfolio/portfolio.policy';
import { Money } from '../workflow/workflow.types';
import {
  AssigneePerformance,
  DurationStats,
  GroupedDuration,
  MaintenanceReport,
  RepeatIssue,
  RepeatPattern,
  SlaCompliance,
  TimeToClose,
  TrendPoint,
} from './report.types';
import {
  ROLLUP_RULES,
  type RollupGroup,
  inSnapshot,
  histogramPercentile,
  rollupGroups,
  rollupVendorRows,
} from './report.rollups';

/** The seed document's repeat patterns, thresholds and suggested actions, as data. */
export const REPEAT_RULES = {
  sameUnit: { minCount: 3, withinDays: 180, action: 'Investigate the underlying cause' },
  acrossProperty: { minUnits: 3, action: 'Potential systemic issue: inspect the building’s system' },
  sameAssignee: { withinDays: 30, action: 'Quality problem: review the vendor’s work' },
} as const;

/** A report lists this many repeat issues of each pattern by default (at most MAX), the most frequent first. */
export const REPEAT_ISSUES_SHOWN = 50;
export const REPEAT_ISSUES_MAX = 500;

export interface Filter {
  sql: string;
  params: unknown[];
}

/**
 * Rows of the properties the viewer may see (owners: theirs), optionally narrowed to some properties; `column`
 * holds the property id (default: orders, alias w).
 */
export const reportScope = (
  viewer: Viewer,
  propertyIds: readonly string[] | null | undefined,
  column = 'w.property_id',
): Filter => {
  const scope = propertyScope(viewer);
  const ids = (propertyIds ?? []).map((id) => idOf('Property', id) ?? -1);
  return {
    sql: `${column} in (select p.id from properties p where ${scope.sql})${ids.length > 0 ? ` and ${column} in (?)` : ''}`,
    params: ids.length > 0 ? [...scope.params, ids] : scope.params,
  };
};

/** Overrides for tests: up to how many closed orders the figures are computed exactly (see ROLLUP_RULES). */
export interface ReportOptions {
  exactMaxClosed?: number;
}

const HOURS = `extract(epoch from (w.completed_at - w.created_at)) / 3600.0`;
const STATS = `count(*)::int as count, avg(${HOURS})::float as avg, percentile_cont(0.5) within group (order by ${HOURS})::float as median,
  percentile_cont(0.9) within group (order by ${HOURS})::float as p90`;

interface StatsRow {
  count: number;
  avg: number | null;
  median: number | null;
  p90: number | null;
}

const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100);
const stats = (r: StatsRow | undefined): DurationStats =>
  Object.assign(new DurationStats(), {
    count: r?.count ?? 0,
    averageHours: round(r?.avg ?? null),
    medianHours: round(r?.median ?? null),
    p90Hours: round(r?.p90 ?? null),
  });

/** Time-to-close, repeat issues and vendor performance — each computed by PostgreSQL, not by loading rows. */
export const maintenanceReport = async (
  em: EntityManager,
  viewer: Viewer,
  range: { from: Date; to: Date },
  propertyIds?: readonly string[] | null,
  repeatIssuesPerPattern = REPEAT_ISSUES_SHOWN,
  options: ReportOptions = {},
): Promise<MaintenanceReport> => {
  const scope = reportScope(viewer, propertyIds);
  // independent statements, each on its own pool connection
  const [close, repeat, vendorPerformance] = await Promise.all([
    closeFigures(em, viewer, range, propertyIds, options.exactMaxClosed ?? ROLLUP_RULES.exactMaxClosed),
    repeatIssuesOf(em, scope, range, repeatIssuesPerPattern),
    vendorPerformanceOf(em, viewer, range, propertyIds),
  ]);
  return Object.assign(new MaintenanceReport(), {
    slaCompliance: close.slaCompliance,
    timeToClose: close.timeToClose,
    repeatIssues: repeat.repeatIssues,
    repeatIssuesFound: repeat.repeatIssuesFound,
    vendorPerformance,
  });
};

const pct = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 10);

export interface CloseFigures {
  timeToClose: TimeToClose;
  slaCompliance: SlaCompliance;
}

/** From the rollups; exactly from the orders when the range and scope hold at most `exactMaxClosed` closed orders. */
export const closeFigures = async (
  em: EntityManager,
  viewer: Viewer,
  range: { from: Date; to: Date },
  propertyIds: readonly string[] | null | undefined,
  exactMaxClosed: number,
): Promise<CloseFigures> => {
  const portfolio = seesPortfolio(viewer) && (propertyIds ?? []).length === 0;
  const groups = await rollupGroups(
    em,
    range,
    (column) => reportScope(viewer, propertyIds, column),
    portfolio,
  );
  const all = groups.find((g) => g.g === 'a');
  if ((all?.n ?? 0) <= exactMaxClosed) return exactCloseFigures(em, reportScope(viewer, propertyIds), range);
  const statsOf = (g: RollupGroup): DurationStats =>
    stats({
      count: g.n,
      avg: g.avg,
      median: g.buckets && g.counts ? histogramPercentile(g.buckets, g.counts, 0.5) : null,
      p90: g.buckets && g.counts ? histogramPercentile(g.buckets, g.counts, 0.9) : null,
    });
  const grouped = (key: string): GroupedDuration[] =>
    groups
      .filter((g) => g.g === key)
      .map((g) => Object.assign(new GroupedDuration(), { label: g.label, stats: statsOf(g) }));
  const trend = (key: string): TrendPoint[] =>
    groups
      .filter((g) => g.g === key)
      .map((g) =>
        Object.assign(new TrendPoint(), {
          periodStart: new Date(`${g.label}T00:00:00Z`),
          count: g.n,
          averageHours: round(g.avg),
        }),
      );
  return {
    timeToClose: Object.assign(new TimeToClose(), {
      overall: all ? statsOf(all) : stats(undefined),
      byCategory: grouped('c'),
      byProperty: grouped('P'),
      byAssignee: grouped('A'),
      byPriority: grouped('p'),
      weekly: trend('w'),
      monthly: trend('m'),
    }),
    slaCompliance: Object.assign(new SlaCompliance(), {
      measured: all?.n ?? 0,
      responseMetPct: pct(all?.rm ?? 0, all?.n ?? 0),
      resolutionMetPct: pct(all?.sm ?? 0, all?.n ?? 0),
    }),
  };
};

/** The exact figures, straight from the orders (percentile_cont). */
const exactCloseFigures = async (
  em: EntityManager,
  scope: Filter,
  range: { from: Date; to: Date },
): Promise<CloseFigures> => {
  const db = em.getConnection();
  const closedIn = `w.completed_at is not null and w.completed_at >= ? and w.completed_at < ? and ${scope.sql}`;
  const closedParams = [range.from, range.to, ...scope.params];

  const grouped = async (label: string, join = ''): Promise<GroupedDuration[]> => {
    const rows = await db.execute<(StatsRow & { label: string })[]>(
      `select ${label} as label, ${STATS} from work_orders w ${join} where ${closedIn} group by 1 order by 1`,
      closedParams,
    );
    return rows.map((r) => Object.assign(new GroupedDuration(), { label: r.label, stats: stats(r) }));
  };
  const trend = async (unit: 'week' | 'month'): Promise<TrendPoint[]> => {
    const rows = await db.execute<{ period: Date; count: number; avg: number | null }[]>(
      `select date_trunc('${unit}', w.completed_at at time zone 'UTC') at time zone 'UTC' as period, count(*)::int as count,
         avg(${HOURS})::float as avg from work_orders w where ${closedIn} group by 1 order by 1`,
      closedParams,
    );
    return rows.map((r) =>
      Object.assign(new TrendPoint(), {
        periodStart: new Date(r.period),
        count: r.count,
        averageHours: round(r.avg),
      }),
    );
  };

  const [overall] = await db.execute<StatsRow[]>(
    `select ${STATS} from work_orders w where ${closedIn}`,
    closedParams,
  );
  const timeToClose = Object.assign(new TimeToClose(), {
    overall: stats(overall),
    byCategory: await grouped('c.name', 'join categories c on c.id = w.category_id'),
    byProperty: await grouped('p.name', 'join properties p on p.id = w.property_id'),
    byAssignee: await grouped(
      `coalesce(v.name, t.name, 'Unassigned')`,
      'left join vendors v on v.id = w.assignee_vendor_id left join technicians t on t.id = w.assignee_technician_id',
    ),
    byPriority: await grouped('w.priority'),
    weekly: await trend('week'),
    monthly: await trend('month'),
  });
  const [compliance] = await db.execute<{ measured: number; response_met: number; resolution_met: number }[]>(
    `select count(*)::int as measured,
        count(*) filter (where breached.response is not true)::int as response_met,
        count(*) filter (where breached.resolution is not true)::int as resolution_met
       from work_orders w
       left join (select e.work_order_id, bool_or(e.data->>'clock' = 'response') as response,
                         bool_or(e.data->>'clock' = 'resolution') as resolution
                    from work_order_events e where e.kind = 'SLA_CHANGED' and e.data->>'state' = 'BREACHED'
                   group by e.work_order_id) breached on breached.work_order_id = w.id
      where ${closedIn}`,
    closedParams,
  );
  const slaCompliance = Object.assign(new SlaCompliance(), {
    measured: compliance?.measured ?? 0,
    responseMetPct: pct(compliance?.response_met ?? 0, compliance?.measured ?? 0),
    resolutionMetPct: pct(compliance?.resolution_met ?? 0, compliance?.measured ?? 0),
  });
  return { timeToClose, slaCompliance };
};

interface RepeatRow {
  pattern: RepeatPattern;
  label: string;
  count: number;
  numbers: number[];
  found: number;
}

/** The three repeat patterns of the seed document, the most frequent first. */
const repeatIssuesOf = async (
  em: EntityManager,
  scope: Filter,
  range: { from: Date; to: Date },
  repeatIssuesPerPattern: number,
): Promise<{ repeatIssues: RepeatIssue[]; repeatIssuesFound: number }> => {
  // three statements at once on their own connections, without JIT (compiling their expressions took longer than
  // running them: bench/results/report-profile.md)
  const createdIn = `w.created_at >= ? and w.created_at < ? and w.status <> 'CANCELLED' and ${scope.sql}`;
  const createdParams = [range.from, range.to, ...scope.params];
  const ranked = (found: string, params: unknown[]): Promise<RepeatRow[]> =>
    inSnapshot(em, (db) =>
      db.execute<RepeatRow[]>(
        `select pattern, label, count, numbers, found from (
           select found_.*, row_number() over (order by count desc, label) as rank, count(*) over ()::int as found
             from (${found}) found_
         ) ranked
         where rank <= ?
         order by count desc, label`,
        [...params, repeatIssuesPerPattern],
      ),
    );
  const patterns = await Promise.all([
    ranked(
      `select 'SAME_ASSIGNEE_REPEAT_VISITS' as pattern,
          coalesce(v.name, t.name) || ' · ' || p.name || ' · Unit ' || u.label || ' · ' || c.name as label,
          count(*)::int as count, array_agg(w.number order by w.number) as numbers
         from work_orders w join units u on u.id = w.unit_id join properties p on p.id = w.property_id join categories c on c.id = w.category_id
         left join vendors v on v.id = w.assignee_vendor_id left join technicians t on t.id = w.assignee_technician_id
        where ${createdIn} and coalesce(w.assignee_vendor_id, w.assignee_technician_id) is not null
          and exists (select 1 from work_orders o where o.unit_id = w.unit_id and o.category_id = w.category_id and o.id <> w.id
                      and o.assignee_vendor_id is not distinct from w.assignee_vendor_id
                      and o.assignee_technician_id is not distinct from w.assignee_technician_id
                      and abs(extract(epoch from (o.created_at - w.created_at))) <= ? * 86400)
        group by 1, 2 having count(*) >= 2`,
      [...createdParams, REPEAT_RULES.sameAssignee.withinDays],
    ),
    ranked(
      `select 'SAME_CATEGORY_ACROSS_PROPERTY' as pattern, p.name || ' · ' || c.name as label, count(*)::int as count,
          array_agg(w.number order by w.number) as numbers
         from work_orders w join properties p on p.id = w.property_id join categories c on c.id = w.category_id
        where ${createdIn} and w.unit_id is not null
        group by p.name, c.name having count(distinct w.unit_id) >= ?`,
      [...createdParams, REPEAT_RULES.acrossProperty.minUnits],
    ),
    ranked(
      `select 'SAME_UNIT_SAME_CATEGORY' as pattern, p.name || ' · Unit ' || u.label || ' · ' || c.name as label,
          count(*)::int as count, array_agg(w.number order by w.number) as numbers
         from work_orders w join units u on u.id = w.unit_id join properties p on p.id = w.property_id join categories c on c.id = w.category_id
        where ${createdIn}
          and exists (select 1 from work_orders o where o.unit_id = w.unit_id and o.category_id = w.category_id and o.id <> w.id
                      and o.status <> 'CANCELLED' and abs(extract(epoch from (o.created_at - w.created_at))) <= ? * 86400)
        group by p.name, u.label, c.name having count(*) >= ?`,
      [...createdParams, REPEAT_RULES.sameUnit.withinDays, REPEAT_RULES.sameUnit.minCount],
    ),
  ]);
  // in the order of the pattern names, as before
  const repeatRows = patterns.flat();
  const repeatIssuesFound = [...new Map(repeatRows.map((r) => [r.pattern, r.found])).values()].reduce(
    (sum, n) => sum + n,
    0,
  );
  const actions: Record<RepeatPattern, string> = {
    [RepeatPattern.SAME_UNIT_SAME_CATEGORY]: REPEAT_RULES.sameUnit.action,
    [RepeatPattern.SAME_CATEGORY_ACROSS_PROPERTY]: REPEAT_RULES.acrossProperty.action,
    [RepeatPattern.SAME_ASSIGNEE_REPEAT_VISITS]: REPEAT_RULES.sameAssignee.action,
  };
  const repeatIssues = repeatRows.map((r) =>
    Object.assign(new RepeatIssue(), {
      ...r,
      workOrderNumbers: r.numbers,
      suggestedAction: actions[r.pattern],
    }),
  );
  return { repeatIssues, repeatIssuesFound };
};

/** Jobs assigned in the range, per assignee (exact sums and counts, from the rollups and the dirty months). */
const vendorPerformanceOf = async (
  em: EntityManager,
  viewer: Viewer,
  range: { from: Date; to: Date },
  propertyIds: readonly string[] | null | undefined,
): Promise<AssigneePerformance[]> => {
  const vendorRows = await rollupVendorRows(
    em,
    range,
    (column) => reportScope(viewer, propertyIds, column),
    seesPortfolio(viewer) && (propertyIds ?? []).length === 0,
  );
  return vendorRows.map((r) =>
    Object.assign(new AssigneePerformance(), {
      name: r.name,
      kind: r.kind,
      jobs: r.jobs,
      completionRatePct: pct(r.done, r.finished),
      averageResponseHours: round(r.response),
      satisfaction: round(r.rating),
      costPerJob: r.cost === null ? null : Money.of(Math.round(r.cost)),
      firstTimeFixRatePct: pct(r.first_time, r.done),
    }),
  );
};

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
  SlaCompliance,
  TimeToClose,
  TrendPoint,
} from './report.types';
import {
  ROLLUP_RULES,
  type RollupGroup,
  histogramPercentile,
  rollupGroups,
  rollupVendorRows,
} from './report.rollups';
import { repeatIssuesOf } from './report.repeat';

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

/** A report over every property (a manager or admin, no property filter): the rollups' portfolio rows serve it. */
const wholePortfolio = (viewer: Viewer, propertyIds: readonly string[] | null | undefined): boolean =>
  seesPortfolio(viewer) && (propertyIds ?? []).length === 0;

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
  const portfolio = wholePortfolio(viewer, propertyIds);
  // independent statements, each on its own pool connection
  const [close, repeat, vendorPerformance] = await Promise.all([
    closeFigures(em, viewer, range, propertyIds, options.exactMaxClosed ?? ROLLUP_RULES.exactMaxClosed),
    // the whole portfolio: every rollup row, no property filter
    repeatIssuesOf(
      em,
      (column) => (portfolio ? { sql: 'true', params: [] } : reportScope(viewer, propertyIds, column)),
      range,
      repeatIssuesPerPattern,
    ),
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
  const portfolio = wholePortfolio(viewer, propertyIds);
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
    wholePortfolio(viewer, propertyIds),
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

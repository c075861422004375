import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/node';
import { propertyScope } from '../portfolio/portfolio.policy';
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

/** Orders of the properties the viewer may see (owners: theirs), optionally narrowed to some properties (alias w). */
export const reportScope = (viewer: Viewer, propertyIds: readonly string[] | null | undefined): Filter => {
  const scope = propertyScope(viewer);
  const ids = (propertyIds ?? []).map((id) => idOf('Property', id) ?? -1);
  return {
    sql: `w.property_id in (select p.id from properties p where ${scope.sql})${ids.length > 0 ? ' and w.property_id in (?)' : ''}`,
    params: ids.length > 0 ? [...scope.params, ids] : scope.params,
  };
};

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
): Promise<MaintenanceReport> => {
  const db = em.getConnection();
  const scope = reportScope(viewer, propertyIds);
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

  const createdIn = `w.created_at >= ? and w.created_at < ? and w.status <> 'CANCELLED' and ${scope.sql}`;
  const createdParams = [range.from, range.to, ...scope.params];
  const repeatRows = await db.execute<
    { pattern: RepeatPattern; label: string; count: number; numbers: number[]; found: number }[]
  >(
    `select pattern, label, count, numbers, found from (
       select found_.*, row_number() over (partition by pattern order by count desc, label) as rank,
              count(*) over (partition by pattern)::int as found
         from (
     select 'SAME_UNIT_SAME_CATEGORY' as pattern, p.name || ' · Unit ' || u.label || ' · ' || c.name as label,
        count(*)::int as count, array_agg(w.number order by w.number) as numbers
       from work_orders w join units u on u.id = w.unit_id join properties p on p.id = w.property_id join categories c on c.id = w.category_id
      where ${createdIn}
        and exists (select 1 from work_orders o where o.unit_id = w.unit_id and o.category_id = w.category_id and o.id <> w.id
                    and o.status <> 'CANCELLED' and abs(extract(epoch from (o.created_at - w.created_at))) <= ? * 86400)
      group by p.name, u.label, c.name having count(*) >= ?
     union all
     select 'SAME_CATEGORY_ACROSS_PROPERTY', p.name || ' · ' || c.name, count(*)::int, array_agg(w.number order by w.number)
       from work_orders w join properties p on p.id = w.property_id join categories c on c.id = w.category_id
      where ${createdIn} and w.unit_id is not null
      group by p.name, c.name having count(distinct w.unit_id) >= ?
     union all
     select 'SAME_ASSIGNEE_REPEAT_VISITS', coalesce(v.name, t.name) || ' · ' || p.name || ' · Unit ' || u.label || ' · ' || c.name,
        count(*)::int, array_agg(w.number order by w.number)
       from work_orders w join units u on u.id = w.unit_id join properties p on p.id = w.property_id join categories c on c.id = w.category_id
       left join vendors v on v.id = w.assignee_vendor_id left join technicians t on t.id = w.assignee_technician_id
      where ${createdIn} and coalesce(w.assignee_vendor_id, w.assignee_technician_id) is not null
        and exists (select 1 from work_orders o where o.unit_id = w.unit_id and o.category_id = w.category_id and o.id <> w.id
                    and o.assignee_vendor_id is not distinct from w.assignee_vendor_id
                    and o.assignee_technician_id is not distinct from w.assignee_technician_id
                    and abs(extract(epoch from (o.created_at - w.created_at))) <= ? * 86400)
      group by 1, 2 having count(*) >= 2
         ) found_
     ) ranked
     where rank <= ?
     order by pattern, count desc, label`,
    [
      ...createdParams,
      REPEAT_RULES.sameUnit.withinDays,
      REPEAT_RULES.sameUnit.minCount,
      ...createdParams,
      REPEAT_RULES.acrossProperty.minUnits,
      ...createdParams,
      REPEAT_RULES.sameAssignee.withinDays,
      repeatIssuesPerPattern,
    ],
  );
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

  const assignedIn = `w.assigned_at is not null and w.assigned_at >= ? and w.assigned_at < ? and ${scope.sql}`;
  const vendorRows = await db.execute<
    {
      name: string;
      kind: string;
      jobs: number;
      done: number;
      finished: number;
      response: number | null;
      rating: number | null;
      cost: number | null;
      first_time: number;
    }[]
  >(
    `select coalesce(v.name, t.name) as name, case when v.id is not null then 'VENDOR' else 'TECHNICIAN' end as kind,
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
      where ${assignedIn} and coalesce(w.assignee_vendor_id, w.assignee_technician_id) is not null
      group by 1, 2 order by 1`,
    [range.from, range.to, ...scope.params],
  );
  const pct = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 10);
  const vendorPerformance = vendorRows.map((r) =>
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
  return Object.assign(new MaintenanceReport(), {
    slaCompliance,
    timeToClose,
    repeatIssues,
    repeatIssuesFound,
    vendorPerformance,
  });
};

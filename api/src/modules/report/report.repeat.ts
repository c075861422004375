import type { EntityManager } from '@mikro-orm/postgresql';
import { RepeatIssue, RepeatPattern } from './report.types';
import { type Db, inSnapshot } from './report.rollups';
import type { Filter } from './report.service';

/**
 * The seed document's repeat patterns, thresholds and suggested actions, as data. The windows (withinDays) are
 * also those of the repeat rollups (migration Migration20261125090000): change both together.
 */
export const REPEAT_RULES = {
  sameUnit: { minCount: 3, withinDays: 180, action: 'Investigate the underlying cause' },
  acrossProperty: { minUnits: 3, action: 'Potential systemic issue: inspect the building’s system' },
  sameAssignee: { withinDays: 30, action: 'Quality problem: review the vendor’s work' },
} as const;

const ACTIONS: Record<RepeatPattern, string> = {
  [RepeatPattern.SAME_UNIT_SAME_CATEGORY]: REPEAT_RULES.sameUnit.action,
  [RepeatPattern.SAME_CATEGORY_ACROSS_PROPERTY]: REPEAT_RULES.acrossProperty.action,
  [RepeatPattern.SAME_ASSIGNEE_REPEAT_VISITS]: REPEAT_RULES.sameAssignee.action,
};

/** The patterns in the order a report lists them. */
const PATTERN_ORDER: readonly RepeatPattern[] = [
  RepeatPattern.SAME_ASSIGNEE_REPEAT_VISITS,
  RepeatPattern.SAME_CATEGORY_ACROSS_PROPERTY,
  RepeatPattern.SAME_UNIT_SAME_CATEGORY,
];

export interface RepeatRow {
  pattern: RepeatPattern;
  label: string;
  count: number;
  numbers: number[];
  found: number;
}

export interface RepeatIssues {
  repeatIssues: RepeatIssue[];
  repeatIssuesFound: number;
}

/** Each pattern's rows (the most frequent first), with `found` counting all of the pattern's groups. */
const issuesOf = (rows: readonly RepeatRow[]): RepeatIssues => {
  const sorted = PATTERN_ORDER.flatMap((pattern) => rows.filter((r) => r.pattern === pattern));
  const repeatIssuesFound = [...new Map(sorted.map((r) => [r.pattern, r.found])).values()].reduce(
    (sum, n) => sum + n,
    0,
  );
  const repeatIssues = sorted.map((r) =>
    Object.assign(new RepeatIssue(), {
      pattern: r.pattern,
      label: r.label,
      count: r.count,
      found: r.found,
      workOrderNumbers: r.numbers,
      suggestedAction: ACTIONS[r.pattern],
    }),
  );
  return { repeatIssues, repeatIssuesFound };
};

/**
 * The definition of the three patterns, straight from the orders (a 12-month report over 1M orders: seconds); the
 * report computes the same from the repeat rollups (repeatIssuesOf). Kept as the reference the tests compare with.
 */
export const exactRepeatIssues = async (
  em: EntityManager,
  scope: Filter,
  range: { from: Date; to: Date },
  repeatIssuesPerPattern: number,
): Promise<RepeatIssues> => {
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
  return issuesOf(patterns.flat());
};

/** SQL text with its `?` parameters, in order. */
interface Sql {
  sql: string;
  params: unknown[];
}

/** Composes SQL: interpolated Sql fragments are inlined (with their parameters), other values become parameters. */
const sql = (strings: TemplateStringsArray, ...values: unknown[]): Sql => {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (typeof value === 'object' && value !== null && 'sql' in value && 'params' in value) {
      const fragment = value as Sql;
      text += fragment.sql;
      params.push(...fragment.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return { sql: text, params };
};

const text = (s: string): Sql => ({ sql: s, params: [] });

/** What decides between the rollups' fast path (groups by ids) and grouping by names. */
interface RepeatPlan {
  /** Units with changes the rollups do not have yet: read from the orders. */
  dirty: number[];
  /** Property (in scope) and category names are unique: a (property, category) group is one of names. */
  names: boolean;
  /** …and every rollup row's unit belongs to its orders' property: a (property, unit, category) group too. */
  units: boolean;
  /** …and assignee names are unique and no name holds '·': an assignee group's label is one of ids. */
  assignees: boolean;
}

const planOf = async (db: Db, scope: (column: string) => Filter): Promise<RepeatPlan> => {
  const [row] = await db.execute<
    { dirty: number[]; names: boolean; mismatch: boolean; assignees: boolean; dots: boolean }[]
  >(
    ...toArgs(sql`select
      (select coalesce(array_agg(distinct d.unit_id order by d.unit_id), '{}') from report_repeat_dirty d) as dirty,
      (select count(*) = count(distinct p.name) from properties p where ${scope('p.id')})
        and (select count(*) = count(distinct c.name) from categories c) as names,
      exists (select 1 from report_repeat_units r where r.mismatch and ${scope('r.property_id')})
        or exists (select 1 from report_repeat_dirty d join work_orders w on w.unit_id = d.unit_id
                    join units u on u.id = w.unit_id where u.property_id <> w.property_id) as mismatch,
      (select count(*) = count(distinct a.name) from (select name from vendors union all select name from technicians) a)
        as assignees,
      exists (select 1 from properties p where p.name like '%·%' and ${scope('p.id')})
        or exists (select 1 from categories c where c.name like '%·%')
        or exists (select 1 from vendors v where v.name like '%·%')
        or exists (select 1 from technicians t where t.name like '%·%')
        or exists (select 1 from units u where u.label like '%·%') as dots`),
  );
  const names = row?.names ?? false;
  const units = names && !(row?.mismatch ?? true);
  return {
    dirty: row?.dirty ?? [],
    names,
    units,
    assignees: units && (row?.assignees ?? false) && !(row?.dots ?? true),
  };
};

const toArgs = (q: Sql): [string, unknown[]] => [q.sql, q.params];

const intArray = (values: readonly number[]): string => `{${values.join(',')}}`;

/**
 * The three repeat patterns from the repeat rollups (migration Migration20261125090000) and, for the units with
 * changes the rollups do not have yet, from the orders: the same groups, counts, numbers and order as
 * exactRepeatIssues. All in one read-only snapshot. `scope`: the properties the report covers (by column).
 */
export const repeatIssuesOf = (
  em: EntityManager,
  scope: (column: string) => Filter,
  range: { from: Date; to: Date },
  repeatIssuesPerPattern: number,
): Promise<RepeatIssues> =>
  inSnapshot(em, async (db) => {
    const plan = await planOf(db, scope);
    const run = (q: Sql): Promise<RepeatRow[]> => db.execute<RepeatRow[]>(q.sql, q.params);
    const assignee = await run(assigneeSql(plan, scope, range, repeatIssuesPerPattern));
    const unit = await run(unitSql(plan, scope, range, repeatIssuesPerPattern));
    return issuesOf([...assignee, ...unit]);
  });

/** How many of an array's creation times (epoch ms, sorted) fall in the range (CTE b holds its bounds less ½ ms). */
const inRange = (column: string): string => `width_bucket(b.hi, ${column}) - width_bucket(b.lo, ${column})`;
/** The slice of `numbers` parallel to the creation times in the range. */
const slice = (numbers: string, created: string): string =>
  `${numbers}[width_bucket(b.lo, ${created}) + 1 : width_bucket(b.hi, ${created})]`;

/**
 * The range bounds (CTE b) in epoch milliseconds less ½: width_bucket counts the elements ≤ its operand, and the
 * creation times are whole milliseconds (exact in float8), so it counts those before the bound.
 */
const bounds = (range: { from: Date; to: Date }): Sql =>
  sql`b as (select ${range.from.getTime() - 0.5}::float8 as lo, ${range.to.getTime() - 0.5}::float8 as hi)`;

/**
 * inRange with the bounds as literals: for a scan of every row (a join with CTE b costs a nested loop per row).
 * `column`'s elements in the range.
 */
const inRangeOf = (column: string, range: { from: Date; to: Date }): Sql => {
  const lo = range.from.getTime() - 0.5;
  const hi = range.to.getTime() - 0.5;
  return sql`(width_bucket(${hi}::float8, ${text(column)}) - width_bucket(${lo}::float8, ${text(column)}))`;
};

const list = (keys: readonly string[], alias: string): string => keys.map((k) => `${alias}.${k}`).join(', ');
const same = (keys: readonly string[], a: string, b: string): string =>
  keys.map((k) => `${a}.${k} = ${b}.${k}`).join(' and ');

interface RankOptions {
  /** g holds rows below the pattern's threshold too: only those with n ≥ min are groups. */
  min?: number;
  /** A further condition of the top groups' rows (one that every row with n ≥ the cut meets: e.g. for an index). */
  top?: string;
}

/**
 * The ranked groups of a pattern (CTE g: its keys, count n and the other columns of its rows): the top `n` by count
 * then label, each with its numbers (`members`: rows of the top groups (CTE top) with their keys and numbers), and
 * how many groups in all. Only the groups with at least the n-th largest count are labelled.
 */
const ranked = (
  pattern: RepeatPattern,
  n: number,
  keys: readonly string[],
  label: string,
  members: string,
  options: RankOptions = {},
): Sql =>
  sql`${text(
    options.min === undefined
      ? 'hist as (select g.n, count(*)::int as c from g group by g.n),'
      : // materialized: a condition on n would be pushed down into g, evaluating its n twice a row
        `counts as materialized (select g.n, count(*)::int as c from g group by g.n),
    hist as (select counts.n, counts.c from counts where counts.n >= ${options.min}),`,
  )}
    cut as (select coalesce((select h.n from (select n, sum(c) over (order by n desc) as cum from hist) h
                              where h.cum >= ${n} order by h.n desc limit 1), 0) as n),
    top as (
      select g.*, ${text(label)} as label from g ${text(labelJoins(keys))}
       where g.n >= (select cut.n from cut)${text(options.min === undefined ? '' : ` and g.n >= ${options.min}`)}${text(options.top === undefined ? '' : ` and ${options.top}`)}
       order by g.n desc, label limit ${n}),
    m as (${text(members)}),
    nums as (
      select ${text(list(keys, 'm'))}, array_agg(x.x order by x.x) as numbers
        from m cross join lateral unnest(m.numbers) x(x)
       group by ${text(list(keys, 'm'))})
    select '${text(pattern)}' as pattern, t.label, t.n as count, nums.numbers,
           (select sum(hist.c) from hist)::int as found
      from top t join nums on ${text(same(keys, 'nums', 't'))}
     order by t.n desc, t.label`;

/** Joins of the names a label needs (by the id keys present; the name keys need none). */
const labelJoins = (keys: readonly string[]): string =>
  [
    keys.includes('property_id') ? 'join properties p on p.id = g.property_id' : '',
    keys.includes('category_id') ? 'join categories c on c.id = g.category_id' : '',
    keys.includes('unit_id') ? 'join units u on u.id = g.unit_id' : '',
    keys.includes('assignee_id')
      ? `left join vendors v on g.kind = 'v' and v.id = g.assignee_id
         left join technicians tc on g.kind = 't' and tc.id = g.assignee_id`
      : '',
  ].join(' ');

/** The member rows (of `from`, alias x: one per top group on the fast paths) and their numbers. */
const membersOf = (from: string, keys: readonly string[], numbers: string, where = 'true'): string =>
  `select ${list(keys, 'x')}, ${numbers} as numbers from ${from} x cross join b
    where ${where}${from === 'top' ? '' : ` and (${list(keys, 'x')}) in (select ${keys.join(', ')} from top)`}`;

/** A label of SAME_ASSIGNEE_REPEAT_VISITS from the names of row `row`'s ids (joins p, c, u, v, tc). */
const assigneeLabel = (row: string): string =>
  `case when ${row}.kind = 'v' then v.name else tc.name end || ' · ' || p.name || ' · Unit ' || u.label || ' · ' || c.name`;

/** Not one of the dirty units (hashed by PostgreSQL when there are many). */
const clean = (plan: RepeatPlan, column: string): Sql =>
  sql`${text(column)} <> all(${intArray(plan.dirty)}::int[])`;
const dirtyUnit = (plan: RepeatPlan, column: string): Sql =>
  sql`${text(column)} = any(${intArray(plan.dirty)}::int[])`;

/** SAME_ASSIGNEE_REPEAT_VISITS: (property, category, unit, assignee) rows of flagged orders; a group has ≥ 2. */
const assigneeSql = (
  plan: RepeatPlan,
  scope: (column: string) => Filter,
  range: { from: Date; to: Date },
  n: number,
): Sql => {
  const rows = sql`${bounds(range)},
    raw as materialized (
      select w.property_id, w.category_id, w.unit_id,
             case when w.assignee_vendor_id is not null then 'v' else 't' end as kind,
             coalesce(w.assignee_vendor_id, w.assignee_technician_id) as assignee_id,
             count(*)::int as n, array_agg(w.number order by w.number) as numbers
        from work_orders w
       where ${dirtyUnit(plan, 'w.unit_id')} and w.created_at >= ${range.from} and w.created_at < ${range.to}
         and w.status <> 'CANCELLED' and ${scope('w.property_id')}
         and coalesce(w.assignee_vendor_id, w.assignee_technician_id) is not null
         and exists (select 1 from work_orders o where o.unit_id = w.unit_id and o.category_id = w.category_id and o.id <> w.id
                     and o.assignee_vendor_id is not distinct from w.assignee_vendor_id
                     and o.assignee_technician_id is not distinct from w.assignee_technician_id
                     and abs(extract(epoch from (o.created_at - w.created_at))) <= ${REPEAT_RULES.sameAssignee.withinDays} * 86400)
       group by 1, 2, 3, 4, 5),
    base as materialized (
      select r.property_id, r.category_id, r.unit_id, r.kind, r.assignee_id, ${text(inRange('r.created'))} as n,
             false as dirty
        from report_repeat_assignees r cross join b
       where ${scope('r.property_id')} and ${clean(plan, 'r.unit_id')}
      union all
      select property_id, category_id, unit_id, kind, assignee_id, n, true from raw)`;
  const ids = ['property_id', 'category_id', 'unit_id', 'kind', 'assignee_id'];
  // a member row's numbers in the range: from the orders (dirty units) or the rollup row's slice
  const numbers = `case when x.dirty then (select raw.numbers from raw where ${same(ids, 'raw', 'x')})
      else (select ${slice('r.numbers', 'r.created')} from report_repeat_assignees r where ${same(ids, 'r', 'x')}) end`;
  const pattern = RepeatPattern.SAME_ASSIGNEE_REPEAT_VISITS;
  if (plan.assignees)
    return sql`with ${rows},
      g as not materialized (select base.* from base where base.n >= 2),
      ${ranked(pattern, n, ids, assigneeLabel('g'), membersOf('top', ids, numbers))}`;
  // names may collide: groups of labels
  return sql`with ${rows},
    named as (
      select base.*, ${text(assigneeLabel('base'))} as lbl
        from base join properties p on p.id = base.property_id join categories c on c.id = base.category_id
        join units u on u.id = base.unit_id
        left join vendors v on base.kind = 'v' and v.id = base.assignee_id
        left join technicians tc on base.kind = 't' and tc.id = base.assignee_id
       where base.n > 0),
    g as (select lbl, sum(n)::int as n from named group by lbl having sum(n) >= 2),
    ${ranked(pattern, n, ['lbl'], 'g.lbl', membersOf('named', ['lbl'], numbers))}`;
};

/**
 * SAME_CATEGORY_ACROSS_PROPERTY (every order per property and category, from ≥ 3 units) and
 * SAME_UNIT_SAME_CATEGORY (flagged orders per property, unit and category; a group has ≥ 3) from the same rows.
 */
const unitSql = (
  plan: RepeatPlan,
  scope: (column: string) => Filter,
  range: { from: Date; to: Date },
  n: number,
): Sql => {
  const rows = sql`${bounds(range)},
    raw as materialized (
      select w.property_id, w.category_id, w.unit_id, count(*)::int as n_all, (count(*) filter (where f.flag))::int as n_flag,
             array_agg(w.number order by w.number) as numbers,
             coalesce(array_agg(w.number order by w.number) filter (where f.flag), '{}') as flagged_numbers
        from work_orders w
       cross join lateral (
         select exists (select 1 from work_orders o where o.unit_id = w.unit_id and o.category_id = w.category_id
                          and o.id <> w.id and o.status <> 'CANCELLED'
                          and abs(extract(epoch from (o.created_at - w.created_at))) <= ${REPEAT_RULES.sameUnit.withinDays} * 86400)
                as flag) f
       where ${dirtyUnit(plan, 'w.unit_id')} and w.created_at >= ${range.from} and w.created_at < ${range.to}
         and w.status <> 'CANCELLED' and ${scope('w.property_id')}
       group by 1, 2, 3),
    base as materialized (
      select r.property_id, r.category_id, r.unit_id, ${text(inRange('r.created'))} as n_all,
             ${text(inRange('r.flagged'))} as n_flag, false as dirty
        from report_repeat_units r cross join b
       where ${scope('r.property_id')} and ${clean(plan, 'r.unit_id')}
      union all
      select property_id, category_id, unit_id, n_all, n_flag, true from raw)`;
  const ids = ['property_id', 'category_id', 'unit_id'];
  /** A member row's numbers in the range (all or flagged orders). */
  const numbers = (column: string, created: string): string => `case when x.dirty
      then (select raw.${column} from raw where ${same(ids, 'raw', 'x')})
      else (select ${slice(`r.${column}`, `r.${created}`)} from report_repeat_units r where ${same(ids, 'r', 'x')}) end`;
  const named = (where: string): string => `named as (select base.*, p.name as pn, u.label as ul, c.name as cn
      from base join properties p on p.id = base.property_id join categories c on c.id = base.category_id
      join units u on u.id = base.unit_id where ${where}),`;
  const { minUnits } = REPEAT_RULES.acrossProperty;
  const { minCount } = REPEAT_RULES.sameUnit;
  const ACROSS = RepeatPattern.SAME_CATEGORY_ACROSS_PROPERTY;
  const UNIT = RepeatPattern.SAME_UNIT_SAME_CATEGORY;
  const pc = ['property_id', 'category_id'];
  const pcOf = (a: string, b: string): string => same(pc, a, b);
  // The (property, category) level (report_repeat_groups): a group's orders in the range and bounds of its units with
  // one (least: those whose first or last order is in it; most: those whose first is before its end less those whose
  // last is before its start). The groups of dirty units (CTE ag) and those the bounds leave open: unit by unit.
  const groups = sql`ag as (
        select r.property_id, r.category_id from report_repeat_units r
         where ${dirtyUnit(plan, 'r.unit_id')} and ${scope('r.property_id')}
        union select raw.property_id, raw.category_id from raw),
      gs as (
        select g.property_id, g.category_id, ${inRangeOf('g.created', range)} as n,
               greatest(${inRangeOf('g.firsts', range)}, ${inRangeOf('g.lasts', range)}) as least_units,
               width_bucket(${range.to.getTime() - 0.5}::float8, g.firsts)
                 - width_bucket(${range.from.getTime() - 0.5}::float8, g.lasts) as most_units
          from report_repeat_groups g
         where ${scope('g.property_id')} and not exists (select 1 from ag where ${text(pcOf('ag', 'g'))})),
      open as (
        select gs.property_id, gs.category_id from gs where gs.least_units < ${minUnits} and gs.most_units >= ${minUnits}
        union all select ag.property_id, ag.category_id from ag),
      exact as (
        -- each open group's unit rows by the primary key (lateral: never a scan of every unit row)
        select o.property_id, o.category_id, e.n_all from open o
         cross join lateral (
           select ${inRangeOf('r.created', range)} as n_all from report_repeat_units r
            where ${text(pcOf('r', 'o'))} and ${clean(plan, 'r.unit_id')} offset 0) e
        union all select raw.property_id, raw.category_id, raw.n_all from raw),
      g as (
        select gs.property_id, gs.category_id, gs.n from gs where gs.least_units >= ${minUnits}
        union all
        -- (no condition on n_all before the grouping: it would be pushed into the scan of every unit row)
        select property_id, category_id, sum(n_all)::int from exact
         group by 1, 2 having count(*) filter (where n_all > 0) >= ${minUnits})`;
  // a top group's numbers: its group row's slice, or (a group of dirty units) its clean units' slices and raw's
  const groupMembers = `select x.property_id, x.category_id, ${slice('g.numbers', 'g.created')} as numbers
      from top x join report_repeat_groups g on ${pcOf('g', 'x')} cross join b
     where not exists (select 1 from ag where ${pcOf('ag', 'x')})
    union all
    select x.property_id, x.category_id, ${slice('r.numbers', 'r.created')} from top x
      join ag on ${pcOf('ag', 'x')} join report_repeat_units r on ${pcOf('r', 'x')}
     cross join b where r.unit_id <> all('${intArray(plan.dirty)}'::int[])
    union all
    select x.property_id, x.category_id, raw.numbers from top x join raw on ${pcOf('raw', 'x')}`;
  const across = plan.names
    ? sql`with ${groups},
        ${ranked(ACROSS, n, pc, `p.name || ' · ' || c.name`, groupMembers)}`
    : sql`with ${text(named('base.n_all > 0'))}
        g as (select pn, cn, sum(n_all)::int as n from named group by pn, cn having count(distinct unit_id) >= ${minUnits}),
        ${ranked(ACROSS, n, ['pn', 'cn'], `g.pn || ' · ' || g.cn`, membersOf('named', ['pn', 'cn'], numbers('numbers', 'created')))}`;
  const unitLabel = `p.name || ' · Unit ' || u.label || ' · ' || c.name`;
  // each unit row that can reach the threshold (k: its flagged orders, at most n), in one scan; the top rows by the
  // index on k (every row with n ≥ the cut has k ≥ the cut)
  const unit = plan.units
    ? sql`with g as not materialized (
          select r.property_id, r.category_id, r.unit_id, cardinality(r.flagged) as k,
                 ${inRangeOf('r.flagged', range)} as n, false as dirty
            from report_repeat_units r
           where cardinality(r.flagged) >= ${minCount} and ${scope('r.property_id')} and ${clean(plan, 'r.unit_id')}
          union all
          select raw.property_id, raw.category_id, raw.unit_id, raw.n_flag, raw.n_flag, true from raw),
        ${ranked(UNIT, n, ids, unitLabel, membersOf('top', ids, numbers('flagged_numbers', 'flagged')), { min: minCount, top: 'g.k >= (select cut.n from cut)' })}`
    : sql`with ${text(named('base.n_flag > 0'))}
        g as (select pn, ul, cn, sum(n_flag)::int as n from named group by pn, ul, cn having sum(n_flag) >= ${minCount}),
        ${ranked(UNIT, n, ['pn', 'ul', 'cn'], `g.pn || ' · Unit ' || g.ul || ' · ' || g.cn`, membersOf('named', ['pn', 'ul', 'cn'], numbers('flagged_numbers', 'flagged')))}`;
  // the two patterns as subqueries of one statement, over the same rows
  return sql`with ${rows}
    select * from (${across}) across_
    union all
    select * from (${unit}) unit_
    order by 1, 3 desc, 2`;
};

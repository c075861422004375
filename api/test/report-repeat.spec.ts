import { type RepeatIssues, exactRepeatIssues } from '../src/modules/report/report.repeat';
import { refreshRollups } from '../src/modules/report/report.rollups';
import { maintenanceReport, reportScope } from '../src/modules/report/report.service';
import type { Viewer } from '../src/platform/graphql/context';
import { toGlobalId } from '../src/platform/graphql/node';
import { must, reportViewers } from './fixtures';
import { startTestApp, type TestApp } from './harness';

/**
 * The report's repeat issues from the repeat rollups (and the dirty units read from the orders) against the exact
 * SQL that defines them, on a fixture of orders in 2033–2034 (no demo data there): pseudo-random creation times
 * over the demo units, four categories, vendors and a technician, some cancelled.
 */
const ORDERS = 900;
const RANGES = [
  { from: new Date('2033-01-01T00:00:00Z'), to: new Date('2035-01-01T00:00:00Z') },
  { from: new Date('2033-03-15T06:30:00Z'), to: new Date('2034-02-10T17:45:00Z') },
  // short: many (property, category) groups are left open by their bounds and read unit by unit
  { from: new Date('2033-06-10T08:00:00Z'), to: new Date('2033-08-02T12:00:00Z') },
];
/** Enough to list every group, a few (the ranking's cut among equal counts), one. */
const SHOWN = [500, 7, 1];

jest.setTimeout(120_000);

describe('maintenance report repeat rollups', () => {
  let t: TestApp;
  let manager: Viewer;
  let owner2: Viewer;

  /** The report's repeat issues and the exact SQL's, for each range and list length. */
  const compare = async (viewer: Viewer, propertyIds: string[] | null = null): Promise<RepeatIssues[]> => {
    const seen: RepeatIssues[] = [];
    for (const range of RANGES)
      for (const shown of SHOWN) {
        const report = await maintenanceReport(t.app.orm.em.fork(), viewer, range, propertyIds, shown);
        const exact = await exactRepeatIssues(
          t.app.orm.em.fork(),
          reportScope(viewer, propertyIds),
          range,
          shown,
        );
        expect({ repeatIssues: report.repeatIssues, repeatIssuesFound: report.repeatIssuesFound }).toEqual(
          exact,
        );
        seen.push(exact);
      }
    return seen;
  };

  const dirtyUnits = async (): Promise<number> =>
    must((await t.sql<{ n: number }>('select count(*)::int as n from report_repeat_dirty'))[0]).n;

  const refresh = async (): Promise<void> => {
    await refreshRollups(t.app.orm.em);
    expect(await dirtyUnits()).toBe(0);
  };

  /** Compares with the units dirty (read from the orders), then again once the refresher rebuilt them. */
  const compareBoth = async (viewer: Viewer = manager): Promise<RepeatIssues[]> => {
    expect(await dirtyUnits()).toBeGreaterThan(0);
    const before = await compare(viewer);
    await refresh();
    expect(await compare(viewer)).toEqual(before);
    return before;
  };

  beforeAll(async () => {
    // no refresher of its own: the tests decide when the rollups are rebuilt
    t = await startTestApp({ RUN_WORKERS: 'false' });
    ({ manager, owner2 } = await reportViewers(t));
    await t.sql(
      `insert into work_orders (number, property_id, unit_id, requester_id, category_id, reported_severity, priority,
         triage_reasons, status, title, description, access_snapshot, availability_windows, created_at, updated_at,
         cancelled_at, assignee_vendor_id, assignee_technician_id)
       select nextval('work_order_number_seq'), u.property_id, u.id, (select id from users where email = 'tenant@demo.test'),
         1 + (g * 7) % 4, 'ROUTINE', 'ROUTINE', '[]', case when g % 11 = 0 then 'CANCELLED' else 'NEW' end, 'Repeat',
         'Repeat', '{}', '[]', x.created, x.created, case when g % 11 = 0 then x.created end,
         case when g % 5 < 2 then 1 + g % 2 end, case when g % 5 = 2 then 1 end
       from generate_series(1, $1::int) g
       join lateral (select '2033-01-01T00:00:00Z'::timestamptz + ((g * 7919) % 700) * interval '1 day'
                              + (g % 24) * interval '1 hour' as created) x on true
       join (select id, property_id, row_number() over (order by id) - 1 as rn, count(*) over () as n from units) u
         on u.rn = g % u.n`,
      [ORDERS],
    );
  });

  afterAll(async () => {
    await t.stop();
  });

  it('equals the exact SQL while the units are dirty and after the refresher rebuilt them', async () => {
    const issues = await compareBoth();
    // every pattern is represented, and the short lists were cut
    const all = must(issues[0]);
    for (const pattern of [
      'SAME_UNIT_SAME_CATEGORY',
      'SAME_CATEGORY_ACROSS_PROPERTY',
      'SAME_ASSIGNEE_REPEAT_VISITS',
    ])
      expect(all.repeatIssues.some((i) => i.pattern === pattern)).toBe(true);
    expect(must(issues[1]).repeatIssues.length).toBeLessThan(all.repeatIssues.length);
    const [rows] = await t.sql<{ units: number; assignees: number }>(
      `select (select count(*) from report_repeat_units where created[1] >= extract(epoch from '2033-01-01'::timestamptz) * 1000)::int as units,
              (select count(*) from report_repeat_assignees)::int as assignees`,
    );
    expect(must(rows).units).toBeGreaterThan(40);
    expect(must(rows).assignees).toBeGreaterThan(0);
  });

  it('keeps the (property, category) rows equal to their unit rows, and its bounds decide some groups', async () => {
    await t.sql(`update work_orders set category_id = 1 + category_id % 4
                  where id in (select id from work_orders where title = 'Repeat' order by id limit 40)`);
    await compareBoth();
    // the group rows as report_build_repeat_groups makes them, from the unit rows: none differs
    const [diff] = await t.sql<{ n: number; groups: number }>(
      `with units as (
         select r.property_id, r.category_id,
                array_agg(x.ms order by x.ms, x.number) as created, array_agg(x.number order by x.ms, x.number) as numbers
           from report_repeat_units r cross join lateral unnest(r.created, r.numbers) x(ms, number) group by 1, 2),
       ends as (
         select property_id, category_id, array_agg(created[1] order by created[1]) as firsts,
                array_agg(created[cardinality(created)] order by created[cardinality(created)]) as lasts
           from report_repeat_units group by 1, 2),
       expected as (select * from units join ends using (property_id, category_id)),
       actual as (select property_id, category_id, created, numbers, firsts, lasts from report_repeat_groups)
       select (select count(*) from ((select * from expected except select * from actual)
                                     union all (select * from actual except select * from expected)) d)::int as n,
              (select count(*) from actual)::int as groups`,
    );
    expect(must(diff).n).toBe(0);
    expect(must(diff).groups).toBeGreaterThan(10);
    // each kind of group over the ranges: counted from its row (at least 3 units), left out (at most 2), open
    const kinds = { counted: 0, out: 0, open: 0 };
    for (const range of RANGES) {
      const [k] = await t.sql<{ counted: number; out: number; open: number }>(
        `with b as (select $1::float8 as lo, $2::float8 as hi),
         k as (select greatest(width_bucket(b.hi, g.firsts) - width_bucket(b.lo, g.firsts),
                               width_bucket(b.hi, g.lasts) - width_bucket(b.lo, g.lasts)) as least_units,
                      width_bucket(b.hi, g.firsts) - width_bucket(b.lo, g.lasts) as most_units
                 from report_repeat_groups g cross join b)
         select count(*) filter (where least_units >= 3)::int as counted,
                count(*) filter (where most_units < 3)::int as out,
                count(*) filter (where least_units < 3 and most_units >= 3)::int as open from k`,
        [range.from.getTime() - 0.5, range.to.getTime() - 0.5],
      );
      kinds.counted += must(k).counted;
      kinds.out += must(k).out;
      kinds.open += must(k).open;
    }
    expect(kinds.counted).toBeGreaterThan(0);
    expect(kinds.out).toBeGreaterThan(0);
    expect(kinds.open).toBeGreaterThan(0);
  });

  it('follows every change at once: insert, category, assignee, unit, time, cancel, delete', async () => {
    await refresh();
    const [f] = await t.sql<{ id: number }>(
      `select id from work_orders where title = 'Repeat' and status = 'NEW' and assignee_vendor_id is not null
        order by id limit 1`,
    );
    const followed = must(f).id;
    const changes: string[] = [
      // a new order for the same unit, category and assignee the next day
      `insert into work_orders (number, property_id, unit_id, requester_id, category_id, reported_severity, priority,
         triage_reasons, status, title, description, access_snapshot, availability_windows, created_at, updated_at,
         assignee_vendor_id)
       select nextval('work_order_number_seq'), property_id, unit_id, requester_id, category_id, 'ROUTINE', 'ROUTINE',
         '[]', 'NEW', 'Repeat', 'Repeat', '{}', '[]', created_at + interval '1 day', created_at + interval '1 day',
         assignee_vendor_id from work_orders where id = $1`,
      `update work_orders set category_id = case when category_id = 1 then 2 else 1 end where id = $1`,
      `update work_orders set assignee_vendor_id = null, assignee_technician_id = 1 where id = $1`,
      `update work_orders set unit_id = (select min(id) from units where property_id = work_orders.property_id
                                           and id <> work_orders.unit_id) where id = $1`,
      `update work_orders set created_at = created_at + interval '170 days' where id = $1`,
      `update work_orders set status = 'CANCELLED', cancelled_at = now() where id = $1`,
      `update work_orders set status = 'NEW', cancelled_at = null where id = $1`,
      // a status change that does not touch the patterns marks nothing
      `update work_orders set status = 'ASSIGNED' where id = $1`,
      `delete from work_orders where id = (select max(id) from work_orders where title = 'Repeat') and $1::int > 0`,
    ];
    let previous = await compare(manager);
    let moved = 0;
    for (const [i, sql] of changes.entries()) {
      await t.sql(sql, [followed]);
      if (i === changes.length - 2) {
        expect(await dirtyUnits()).toBe(0);
        continue;
      }
      const now = await compareBoth();
      if (JSON.stringify(now) !== JSON.stringify(previous)) moved += 1;
      previous = now;
    }
    // most of the changes moved some figure (the report is not just equal to itself)
    expect(moved).toBeGreaterThanOrEqual(5);
  });

  it('groups by names where names collide, as the exact SQL does', async () => {
    await refresh();
    const [unit] = await t.sql<{ id: number }>(
      `select unit_id as id from work_orders where title = 'Repeat' and property_id = 3 order by id limit 1`,
    );
    const [names] = await t.sql<{ p2: string; v1: string; c1: string }>(
      `select (select name from properties where id = 2) as p2, (select name from vendors where id = 1) as v1,
              (select name from categories where id = 1) as c1`,
    );
    const { p2, v1, c1 } = must(names);
    const collisions: [string, string, unknown[]][] = [
      // two properties of the same name: their (property, category) groups merge
      [
        `update properties set name = (select name from properties where id = 1) where id = 2`,
        `update properties set name = $1 where id = 2`,
        [p2],
      ],
      // an assignee's name shared by a vendor and a technician
      [
        `update vendors set name = (select name from technicians where id = 1) where id = 1`,
        `update vendors set name = $1 where id = 1`,
        [v1],
      ],
      // a unit moved to another property while its orders stay: its unit group may share a label
      [
        `update units set property_id = 1 where id = ${must(unit).id}`,
        `update units set property_id = 3 where id = ${must(unit).id}`,
        [],
      ],
      // a '·' in a name: labels could be ambiguous
      [
        `update categories set name = name || ' · x' where id = 1`,
        `update categories set name = $1 where id = 1`,
        [c1],
      ],
    ];
    const baseline = await compare(manager);
    for (const [collide, undo, params] of collisions) {
      await t.sql(collide);
      const collided = await compare(manager);
      await refreshRollups(t.app.orm.em);
      expect(await compare(manager)).toEqual(collided);
      await t.sql(undo, params);
      await refreshRollups(t.app.orm.em);
    }
    expect(await compare(manager)).toEqual(baseline);
  });

  it('never shows an owner other properties’ repeat issues', async () => {
    await t.sql(
      `update work_orders set category_id = 3 where id = (select min(id) from work_orders where title = 'Repeat')`,
    );
    expect(await dirtyUnits()).toBeGreaterThan(0);
    const own = await compare(owner2);
    const [riverside] = await t.sql<{ name: string }>('select name from properties where id = 3');
    const name = must(riverside).name;
    expect(must(own[0]).repeatIssues.length).toBeGreaterThan(0);
    for (const issues of own) for (const issue of issues.repeatIssues) expect(issue.label).toContain(name);
    await compare(owner2, [toGlobalId('Property', 3)]);
    // someone else's property: nothing
    const other = await compare(owner2, [toGlobalId('Property', 1)]);
    expect(other.every((i) => i.repeatIssues.length === 0 && i.repeatIssuesFound === 0)).toBe(true);
    await refresh();
    expect(await compare(owner2)).toEqual(own);
    await compare(manager, [toGlobalId('Property', 2), toGlobalId('Property', 3)]);
  });
});

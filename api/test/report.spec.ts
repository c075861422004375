import { startTestApp, type TestApp } from './harness';

/**
 * Report figures against a hand-computed fixture: five orders completed in 2030 at Riverside Lofts (far from the
 * demo data's dates, so the range holds nothing else).
 */
const FIXTURE = [
  // unit, category, created, hours to complete, assignee, status, rating, cost (cents), hours to assignment
  ['L1', 'PLUMBING', '2030-01-06T00:00:00Z', 10, 'vendor:ABC Plumbing', 'CLOSED', 5, 10000, 1],
  ['L1', 'PLUMBING', '2030-02-01T00:00:00Z', 20, 'vendor:ABC Plumbing', 'CLOSED', 3, 20000, 2],
  ['L1', 'PLUMBING', '2030-03-01T00:00:00Z', 30, 'vendor:FlowRight Plumbing', 'CLOSED', 4, 30000, 3],
  ['L2', 'PLUMBING', '2030-03-10T00:00:00Z', 40, 'tech:Sam Rivera', 'COMPLETED', null, null, 4],
  ['L3', 'HVAC', '2030-04-01T00:00:00Z', 100, 'vendor:CoolAir HVAC', 'CLOSED', 2, 50000, 5],
  ['L3', 'PLUMBING', '2030-05-01T00:00:00Z', null, null, 'NEW', null, null, null],
] as const;

const REPORT = `query($range: DateRange!, $propertyIds: [ID!]) { maintenanceReport(range: $range, propertyIds: $propertyIds) {
  slaCompliance { measured responseMetPct resolutionMetPct }
  timeToClose { overall { count averageHours medianHours p90Hours }
    byCategory { label stats { count averageHours medianHours p90Hours } }
    byAssignee { label stats { count averageHours } }
    monthly { periodStart count averageHours } }
  repeatIssues { pattern label count suggestedAction workOrderNumbers }
  vendorPerformance { name kind jobs completionRatePct averageResponseHours satisfaction costPerJob { amountCents } firstTimeFixRatePct } } }`;

interface Report {
  maintenanceReport: {
    slaCompliance: { measured: number; responseMetPct: number | null; resolutionMetPct: number | null };
    timeToClose: {
      overall: { count: number; averageHours: number; medianHours: number; p90Hours: number };
      byCategory: {
        label: string;
        stats: { count: number; averageHours: number; medianHours: number; p90Hours: number };
      }[];
      byAssignee: { label: string; stats: { count: number; averageHours: number } }[];
      monthly: { periodStart: string; count: number; averageHours: number }[];
    };
    repeatIssues: {
      pattern: string;
      label: string;
      count: number;
      suggestedAction: string;
      workOrderNumbers: number[];
    }[];
    vendorPerformance: {
      name: string;
      kind: string;
      jobs: number;
      completionRatePct: number | null;
      averageResponseHours: number | null;
      satisfaction: number | null;
      costPerJob: { amountCents: number } | null;
      firstTimeFixRatePct: number | null;
    }[];
  };
}

describe('maintenance report', () => {
  let t: TestApp;
  const numbers: number[] = [];
  const range = { from: '2030-01-01T00:00:00Z', to: '2031-01-01T00:00:00Z' };

  beforeAll(async () => {
    t = await startTestApp();
    for (const [unit, category, created, hours, assignee, status, rating, cost, assignedAfter] of FIXTURE) {
      const [kind, name] = assignee ? assignee.split(':') : [null, null];
      const [row] = await t.sql<{ number: number }>(
        `insert into work_orders (number, property_id, unit_id, requester_id, category_id, reported_severity, priority, triage_reasons,
           status, title, description, access_snapshot, availability_windows, created_at, updated_at, assigned_at, completed_at,
           closed_at, rating_score, actual_cost_cents, assignee_vendor_id, assignee_technician_id)
         select nextval('work_order_number_seq'), p.id, u.id, (select id from users where email = 'tenant3@demo.test'), c.id, 'ROUTINE', 'ROUTINE', '[]',
           $4, 'Fixture', 'Fixture', '{}', '[]', $3::timestamptz, $3::timestamptz,
           $3::timestamptz + make_interval(hours => $9::int), $3::timestamptz + make_interval(hours => $5::int),
           case when $4 = 'CLOSED' then $3::timestamptz + make_interval(hours => $5::int + 1) end, $6, $7,
           (select id from vendors where name = $8 and $10 = 'vendor'), (select id from technicians where name = $8 and $10 = 'tech')
         from properties p join units u on u.property_id = p.id and u.label = $1 join categories c on c.key = $2
         where p.name = 'Riverside Lofts' returning number`,
        [unit, category, created, status, hours, rating, cost, name, assignedAfter, kind],
      );
      numbers.push(row?.number as number);
    }
  });
  afterAll(() => t.stop());

  it('computes time to close (average, median, p90) overall and by category, and the monthly trend', async () => {
    const owner2 = await t.login('owner2@demo.test');
    const r = await t.gql<Report>(REPORT, { range }, owner2);
    expect(r.errors).toBeUndefined();
    const ttc = r.data?.maintenanceReport.timeToClose;
    // 10, 20, 30, 40, 100 h: average 40; median 30; p90 = 40 + 0.6 × (100 − 40) = 76
    expect(ttc?.overall).toEqual({ count: 5, averageHours: 40, medianHours: 30, p90Hours: 76 });
    // plumbing 10, 20, 30, 40: average 25; median 25; p90 = 30 + 0.7 × 10 = 37
    expect(ttc?.byCategory).toEqual([
      { label: 'HVAC', stats: { count: 1, averageHours: 100, medianHours: 100, p90Hours: 100 } },
      { label: 'Plumbing', stats: { count: 4, averageHours: 25, medianHours: 25, p90Hours: 37 } },
    ]);
    expect(ttc?.byAssignee).toEqual([
      { label: 'ABC Plumbing', stats: { count: 2, averageHours: 15 } },
      { label: 'CoolAir HVAC', stats: { count: 1, averageHours: 100 } },
      { label: 'FlowRight Plumbing', stats: { count: 1, averageHours: 30 } },
      { label: 'Sam Rivera', stats: { count: 1, averageHours: 40 } },
    ]);
    expect(ttc?.monthly.map((m) => [m.periodStart.slice(0, 7), m.count, m.averageHours])).toEqual([
      ['2030-01', 1, 10],
      ['2030-02', 1, 20],
      ['2030-03', 2, 35],
      ['2030-04', 1, 100],
    ]);
  });

  it('flags the three repeat patterns with their suggested actions', async () => {
    const manager = await t.login('manager@demo.test');
    const r = await t.gql<Report>(REPORT, { range }, manager);
    const [a, b, c, d, , f] = numbers;
    expect(r.data?.maintenanceReport.repeatIssues).toEqual([
      {
        pattern: 'SAME_ASSIGNEE_REPEAT_VISITS',
        label: 'ABC Plumbing · Riverside Lofts · Unit L1 · Plumbing',
        count: 2,
        suggestedAction: 'Quality problem: review the vendor’s work',
        workOrderNumbers: [a, b],
      },
      {
        pattern: 'SAME_CATEGORY_ACROSS_PROPERTY',
        label: 'Riverside Lofts · Plumbing',
        count: 5,
        suggestedAction: 'Potential systemic issue: inspect the building’s system',
        workOrderNumbers: [a, b, c, d, f],
      },
      {
        pattern: 'SAME_UNIT_SAME_CATEGORY',
        label: 'Riverside Lofts · Unit L1 · Plumbing',
        count: 3,
        suggestedAction: 'Investigate the underlying cause',
        workOrderNumbers: [a, b, c],
      },
    ]);
  });

  it('lists the most frequent repeat issues of each pattern and counts them all', async () => {
    const manager = await t.login('manager@demo.test');
    const query = `query($range: DateRange!, $n: Int) { maintenanceReport(range: $range, repeatIssuesPerPattern: $n) {
      repeatIssuesFound repeatIssues { pattern count } } }`;
    type Repeats = {
      maintenanceReport: { repeatIssuesFound: number; repeatIssues: { pattern: string; count: number }[] };
    };
    const year = {
      from: new Date(Date.now() - 400 * 86_400_000).toISOString(),
      to: new Date().toISOString(),
    };
    const all = await t.gql<Repeats>(query, { range: year, n: 500 }, manager);
    const one = await t.gql<Repeats>(query, { range: year, n: 1 }, manager);
    const found = all.data?.maintenanceReport.repeatIssuesFound ?? 0;
    expect(all.data?.maintenanceReport.repeatIssues).toHaveLength(found);
    expect(one.data?.maintenanceReport.repeatIssuesFound).toBe(found);
    const patterns = one.data?.maintenanceReport.repeatIssues.map((i) => i.pattern) ?? [];
    expect(new Set(patterns).size).toBe(patterns.length);
    // each pattern's one listed issue is its most frequent
    for (const issue of one.data?.maintenanceReport.repeatIssues ?? []) {
      const counts = (all.data?.maintenanceReport.repeatIssues ?? []).filter(
        (i) => i.pattern === issue.pattern,
      );
      expect(issue.count).toBe(Math.max(...counts.map((i) => i.count)));
    }
    const refused = await t.gql(query, { range: year, n: 0 }, manager);
    expect(refused.errors?.[0]?.message).toBe('repeatIssuesPerPattern is between 1 and 500; 0 was given.');
  });

  it('ranks vendor performance: completion, response, satisfaction, cost per job, first-time fix', async () => {
    const manager = await t.login('manager@demo.test');
    const r = await t.gql<Report>(REPORT, { range }, manager);
    expect(r.data?.maintenanceReport.vendorPerformance).toEqual([
      // A and B were each followed within 30 days by another plumbing problem at L1: no first-time fix
      {
        name: 'ABC Plumbing',
        kind: 'VENDOR',
        jobs: 2,
        completionRatePct: 100,
        averageResponseHours: 1.5,
        satisfaction: 4,
        costPerJob: { amountCents: 15000 },
        firstTimeFixRatePct: 0,
      },
      {
        name: 'CoolAir HVAC',
        kind: 'VENDOR',
        jobs: 1,
        completionRatePct: 100,
        averageResponseHours: 5,
        satisfaction: 2,
        costPerJob: { amountCents: 50000 },
        firstTimeFixRatePct: 100,
      },
      {
        name: 'FlowRight Plumbing',
        kind: 'VENDOR',
        jobs: 1,
        completionRatePct: 100,
        averageResponseHours: 3,
        satisfaction: 4,
        costPerJob: { amountCents: 30000 },
        firstTimeFixRatePct: 100,
      },
      {
        name: 'Sam Rivera',
        kind: 'TECHNICIAN',
        jobs: 1,
        completionRatePct: 100,
        averageResponseHours: 4,
        satisfaction: null,
        costPerJob: null,
        firstTimeFixRatePct: 100,
      },
    ]);
  });

  it('measures SLA compliance from the breach events', async () => {
    await t.sql(
      `insert into work_order_events (work_order_id, kind, summary, data, at)
       select id, 'SLA_CHANGED', 'Response target breached', '{"clock":"response","state":"BREACHED"}', created_at + interval '1 day'
       from work_orders where number = $1`,
      [numbers[0]],
    );
    const manager = await t.login('manager@demo.test');
    const r = await t.gql<Report>(REPORT, { range }, manager);
    expect(r.data?.maintenanceReport.slaCompliance).toEqual({
      measured: 5,
      responseMetPct: 80,
      resolutionMetPct: 100,
    });
  });

  it('exports completed jobs with costs as CSV, scoped like the report', async () => {
    await t.sql(`update work_orders set title = '=HYPERLINK("http://evil")' where number = $1`, [numbers[4]]);
    const url = `${t.url}/exports/completed-jobs.csv?from=${range.from}&to=${range.to}`;
    const as = async (email: string | null) =>
      fetch(url, { headers: email ? { authorization: `Bearer ${await t.login(email)}` } : {} });
    const owner2 = await as('owner2@demo.test');
    expect(owner2.status).toBe(200);
    expect(owner2.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(owner2.headers.get('content-disposition')).toContain(
      'completed-jobs-2030-01-01-to-2031-01-01.csv',
    );
    const lines = (await owner2.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'number,completed_at,closed_at,property,unit,category,priority,assignee,actual_cost_usd,rating,title',
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(
      new RegExp(
        `^${numbers[0]},2030-01-06T10:00:00Z,2030-01-06T11:00:00Z,Riverside Lofts,L1,Plumbing,ROUTINE,ABC Plumbing,100.00,5,Fixture$`,
      ),
    );
    expect(lines[5]).toContain(`,"'=HYPERLINK(""http://evil"")"`);
    expect((await (await as('owner@demo.test')).text()).trim().split('\r\n')).toHaveLength(1);
    expect((await as('tenant@demo.test')).status).toBe(403);
    expect((await as(null)).status).toBe(401);
    const bad = await fetch(`${t.url}/exports/completed-jobs.csv?from=2030-01-01&to=2020-01-01`, {
      headers: { authorization: `Bearer ${await t.login('manager@demo.test')}` },
    });
    expect(bad.status).toBe(400);
  });

  it('scopes owners to their own properties, whatever they ask for', async () => {
    const owner = await t.login('owner@demo.test');
    const [riverside] = await t.sql<{ id: number }>(
      `select id from properties where name = 'Riverside Lofts'`,
    );
    const propertyIds = [Buffer.from(`Property:${riverside?.id}`).toString('base64url')];
    const r = await t.gql<Report>(REPORT, { range, propertyIds }, owner);
    expect(r.data?.maintenanceReport.timeToClose.overall.count).toBe(0);
    expect(r.data?.maintenanceReport.vendorPerformance).toEqual([]);
    const tenant = await t.login('tenant@demo.test');
    expect((await t.gql(REPORT, { range }, tenant)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

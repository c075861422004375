import { page } from '../src/modules/escalation/escalation.service';
import { demoIds, gid, submit } from './fixtures';
import { startTestApp, type TestApp } from './harness';

describe('configuration: categories, severity levels, triage rules, SLA settings, calendars', () => {
  let t: TestApp;
  let manager: string;
  let tenant: string;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.login('manager@demo.test');
    tenant = await t.login('tenant@demo.test');
  });
  afterAll(() => t.stop());

  const m = async <T>(query: string, input: Record<string, unknown>, token = manager) => {
    const r = await t.gql<Record<string, T>>(query, { input }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data)[0] as T;
  };

  it('adds a category whose emergency keyword triage then uses; deactivates and reorders; refuses duplicates', async () => {
    const created = await m<{ category: { id: string; key: string }; userErrors: unknown[] }>(
      'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { category { id key } userErrors { code field } } }',
      { name: 'Mold & damp', examples: ['Mold', 'Condensation'], emergencyKeywords: ['black mold'] },
    );
    expect(created.userErrors).toEqual([]);
    expect(created.category.key).toBe('MOLD_DAMP');
    const order = await submit(t, tenant, {
      categoryId: created.category.id,
      severity: 'ROUTINE',
      title: 'Wall',
      description: 'Black mold behind the wardrobe',
    });
    expect(order.workOrder?.priority).toBe('EMERGENCY');
    expect(order.workOrder?.triageReasons).toEqual([
      'Description mentions "black mold", an emergency sign for Mold & damp',
    ]);

    const duplicate = await m<{ userErrors: { code: string }[] }>(
      'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { userErrors { code } } }',
      { name: 'mold & DAMP' },
    );
    expect(duplicate.userErrors[0]?.code).toBe('TAKEN');

    await m(
      'mutation($input: UpdateCategoryInput!) { updateCategory(input: $input) { userErrors { code } } }',
      { categoryId: created.category.id, active: false },
    );
    const forTenant = await t.gql<{ categories: { key: string }[] }>('{ categories { key } }', {}, tenant);
    expect(forTenant.data?.categories.map((c) => c.key)).not.toContain('MOLD_DAMP');

    const all = await t.gql<{ categories: { id: string; key: string }[] }>(
      '{ categories(includeInactive: true) { id key } }',
      {},
      manager,
    );
    const ids = (all.data?.categories ?? []).map((c) => c.id).reverse();
    const reordered = await m<{ categories: { id: string }[]; userErrors: unknown[] }>(
      'mutation($input: ReorderCategoriesInput!) { reorderCategories(input: $input) { categories { id } userErrors { code } } }',
      { categoryIds: ids },
    );
    expect(reordered.categories.map((c) => c.id)).toEqual(ids);
    const partial = await m<{ userErrors: { code: string; message: string }[] }>(
      'mutation($input: ReorderCategoriesInput!) { reorderCategories(input: $input) { userErrors { code message } } }',
      { categoryIds: ids.slice(1) },
    );
    expect(partial.userErrors[0]?.message).toMatch(/List every category once \(8\); 7 were given/);
  });

  it('edits the severity definitions tenants see', async () => {
    const levels = [
      {
        severity: 'EMERGENCY',
        label: 'Emergency',
        definition: 'Danger to people or the building right now',
        responseExpectation: 'Within hours',
      },
      {
        severity: 'URGENT',
        label: 'Urgent',
        definition: 'Major inconvenience',
        responseExpectation: 'Within a day',
      },
      {
        severity: 'ROUTINE',
        label: 'Routine',
        definition: 'Standard maintenance',
        responseExpectation: 'Within a week',
      },
      { severity: 'LOW', label: 'Low', definition: 'Cosmetic', responseExpectation: 'When convenient' },
    ];
    const r = await m<{ userErrors: unknown[] }>(
      'mutation($input: UpdateSeverityLevelsInput!) { updateSeverityLevels(input: $input) { userErrors { code } } }',
      { levels },
    );
    expect(r.userErrors).toEqual([]);
    const seen = await t.gql<{ severityLevels: { definition: string }[] }>(
      '{ severityLevels { definition } }',
      {},
      tenant,
    );
    expect(seen.data?.severityLevels[0]?.definition).toBe('Danger to people or the building right now');
    const missing = await m<{ userErrors: { code: string }[] }>(
      'mutation($input: UpdateSeverityLevelsInput!) { updateSeverityLevels(input: $input) { userErrors { code } } }',
      { levels: levels.slice(0, 3) },
    );
    expect(missing.userErrors[0]?.code).toBe('INVALID');
  });

  it('edits the triage rules table: deactivating a rule stops it; a bad pattern is refused with its index', async () => {
    const rules = await t.gql<{
      triageRules: { id: string; key: string; patterns: string[]; active: boolean }[];
    }>('{ triageRules { id key patterns active } }', {}, manager);
    const gas = rules.data?.triageRules.find((r) => r.key === 'GAS_SMELL');
    expect(rules.data?.triageRules).toHaveLength(7);
    const ids = await demoIds(t, tenant);
    const before = await submit(t, tenant, {
      categoryId: ids.category('APPLIANCES'),
      severity: 'LOW',
      title: 'Stove',
      description: 'I smell gas near the stove',
    });
    expect(before.workOrder?.priority).toBe('EMERGENCY');
    await m(
      'mutation($input: UpdateTriageRuleInput!) { updateTriageRule(input: $input) { userErrors { code } } }',
      { ruleId: gas?.id, active: false },
    );
    const after = await submit(t, tenant, {
      categoryId: ids.category('APPLIANCES'),
      severity: 'LOW',
      title: 'Stove',
      description: 'I smell gas near the stove',
    });
    expect(after.workOrder?.priority).toBe('LOW');
    const bad = await m<{ userErrors: { code: string; field: string[]; message: string }[] }>(
      'mutation($input: UpdateTriageRuleInput!) { updateTriageRule(input: $input) { userErrors { code field message } } }',
      { ruleId: gas?.id, patterns: ['gas smell', '(unclosed'] },
    );
    expect(bad.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'patterns', '1'],
      message: expect.stringMatching(/^Pattern 2 is not a valid regular expression/),
    });
    const created = await m<{ rule: { key: string; priority: string }; userErrors: unknown[] }>(
      'mutation($input: CreateTriageRuleInput!) { createTriageRule(input: $input) { rule { key priority } userErrors { code } } }',
      {
        signal: 'a ceiling that is sagging',
        priority: 'URGENT',
        patterns: ['\\bceiling (?:is )?sagging\\b'],
      },
    );
    expect(created.rule.priority).toBe('URGENT');
    const sag = await submit(t, tenant, {
      categoryId: ids.category('STRUCTURAL'),
      severity: 'LOW',
      title: 'Ceiling',
      description: 'The ceiling is sagging in the hall',
    });
    expect(sag.workOrder).toMatchObject({
      priority: 'URGENT',
      triageReasons: ['Description mentions a ceiling that is sagging'],
    });
  });

  it('changes SLA targets and the at-risk threshold for new promises', async () => {
    const r = await m<{
      slaSettings: {
        atRiskPercent: number;
        targets: { priority: string; respond: { amount: number; unit: string } }[];
      };
      userErrors: unknown[];
    }>(
      'mutation($input: UpdateSlaSettingsInput!) { updateSlaSettings(input: $input) { slaSettings { atRiskPercent targets { priority respond { amount unit } } } userErrors { code field } } }',
      {
        atRiskPercent: 50,
        targets: [
          { priority: 'LOW', respond: { amount: 2, unit: 'HOURS' }, resolve: { amount: 10, unit: 'DAYS' } },
        ],
      },
    );
    expect(r.userErrors).toEqual([]);
    expect(r.slaSettings.targets.find((x) => x.priority === 'LOW')?.respond).toEqual({
      amount: 2,
      unit: 'HOURS',
    });
    const ids = await demoIds(t, tenant);
    const order = await submit(t, tenant, {
      categoryId: ids.category('GENERAL'),
      severity: 'LOW',
      title: 'Scuff',
      description: 'A scuff on the wall',
    });
    const sla = await t.gql<{ workOrder: { createdAt: string; sla: { response: { dueAt: string } } } }>(
      'query($id: ID!) { workOrder(id: $id) { createdAt sla { response { dueAt } } } }',
      { id: order.workOrder?.id },
      manager,
    );
    expect(
      Date.parse(sla.data?.workOrder.sla.response.dueAt ?? '') -
        Date.parse(sla.data?.workOrder.createdAt ?? ''),
    ).toBe(2 * 3_600_000);
    const invalid = await m<{ userErrors: { field: string[] }[] }>(
      'mutation($input: UpdateSlaSettingsInput!) { updateSlaSettings(input: $input) { userErrors { field } } }',
      { atRiskPercent: 5 },
    );
    expect(invalid.userErrors[0]?.field).toEqual(['input', 'atRiskPercent']);
  });

  it('sets a property’s business calendar, with validation', async () => {
    const [p] = await t.sql<{ id: number }>(`select id from properties where name = 'Maple Court'`);
    const ok = await m<{
      property: { businessCalendar: { days: number[]; holidays: string[] } };
      userErrors: unknown[];
    }>(
      'mutation($input: UpdateBusinessCalendarInput!) { updateBusinessCalendar(input: $input) { property { businessCalendar { days holidays } } userErrors { code field } } }',
      {
        propertyId: gid('Property', p?.id),
        days: [1, 2, 3, 4, 5, 6],
        opens: '07:30',
        closes: '18:00',
        holidays: ['2026-12-25', '2027-01-01'],
      },
    );
    expect(ok.property.businessCalendar).toEqual({
      days: [1, 2, 3, 4, 5, 6],
      holidays: ['2026-12-25', '2027-01-01'],
    });
    const bad = await m<{ userErrors: { field: string[] }[] }>(
      'mutation($input: UpdateBusinessCalendarInput!) { updateBusinessCalendar(input: $input) { userErrors { field } } }',
      { propertyId: gid('Property', p?.id), days: [0], opens: '18:00', closes: '08:00', holidays: ['soon'] },
    );
    expect(bad.userErrors.map((e) => e.field.join('.'))).toEqual([
      'input.days',
      'input.closes',
      'input.holidays.0',
    ]);
  });

  it('flags a repeat: same unit and category within the window', async () => {
    const ids = await demoIds(t, tenant);
    const first = await submit(t, tenant, {
      categoryId: ids.category('PEST_CONTROL'),
      severity: 'LOW',
      title: 'Ants',
      description: 'Ants by the window',
    });
    const second = await submit(t, tenant, {
      categoryId: ids.category('PEST_CONTROL'),
      severity: 'LOW',
      title: 'Ants again',
      description: 'The ants are back',
    });
    const r = await t.gql<{ workOrder: { repeatOf: { id: string }[] } }>(
      'query($id: ID!) { workOrder(id: $id) { repeatOf { id } } }',
      { id: second.workOrder?.id },
      manager,
    );
    expect(r.data?.workOrder.repeatOf.map((o) => o.id)).toContain(first.workOrder?.id);
    const none = await t.gql<{ workOrder: { repeatOf: unknown[] } }>(
      'query($id: ID!) { workOrder(id: $id) { repeatOf { id } } }',
      { id: first.workOrder?.id },
      manager,
    );
    expect(none.data?.workOrder.repeatOf.some((o) => (o as { id: string }).id === second.workOrder?.id)).toBe(
      false,
    );
  });
});

describe('emergency escalation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('pages the first person on call at once, escalates to the next after the delay, and stops when acknowledged', async () => {
    const manager = await t.login('manager@demo.test');
    const tech = await t.login('tech@demo.test');
    const tenant = await t.login('tenant@demo.test');
    const users = await t.sql<{ id: number; email: string }>(
      `select id, email from users where email in ('manager@demo.test', 'tech@demo.test')`,
    );
    const idOf = (email: string) => gid('User', users.find((u) => u.email === email)?.id);
    const rota = await t.gql<{
      updateOnCallRota: { onCallRota: { chain: { email: string }[] }; userErrors: unknown[] };
    }>(
      'mutation($i: UpdateOnCallRotaInput!) { updateOnCallRota(input: $i) { onCallRota { chain { email } } userErrors { code } } }',
      { i: { userIds: [idOf('manager@demo.test'), idOf('tech@demo.test')] } },
      manager,
    );
    expect(rota.data?.updateOnCallRota.onCallRota.chain.map((u) => u.email)).toEqual([
      'manager@demo.test',
      'tech@demo.test',
    ]);
    const tenantOnRota = await t.gql<{ updateOnCallRota: { userErrors: { code: string }[] } }>(
      'mutation($i: UpdateOnCallRotaInput!) { updateOnCallRota(input: $i) { userErrors { code } } }',
      {
        i: {
          userIds: [
            gid(
              'User',
              (await t.sql<{ id: number }>(`select id from users where email = 'tenant@demo.test'`))[0]?.id,
            ),
          ],
        },
      },
      manager,
    );
    expect(tenantOnRota.data?.updateOnCallRota.userErrors[0]?.code).toBe('INVALID');

    const ids = await demoIds(t, tenant);
    const order = await submit(t, tenant, {
      categoryId: ids.category('PLUMBING'),
      severity: 'ROUTINE',
      title: 'Flood',
      description: 'Water is pouring from the ceiling',
    });
    const [row] = await t.sql<{ id: number }>('select id from work_orders where number = $1', [
      order.workOrder?.number,
    ]);
    const escalation = async () =>
      (
        await t.gql<{
          workOrder: {
            escalation: {
              level: number;
              pagedUser: { email: string };
              acknowledgedBy: { email: string } | null;
            } | null;
          };
        }>(
          'query($id: ID!) { workOrder(id: $id) { escalation { level pagedUser { email } acknowledgedBy { email } } } }',
          { id: order.workOrder?.id },
          manager,
        )
      ).data?.workOrder.escalation;
    const deadline = Date.now() + 10000;
    while ((await escalation()) == null && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    expect(await escalation()).toEqual({
      level: 1,
      pagedUser: { email: 'manager@demo.test' },
      acknowledgedBy: null,
    });
    // the next level is queued 15 minutes later
    const [next] = await t.sql<{ start_after: Date; created_on: Date }>(
      `select start_after, created_on from pgboss.job where name = 'escalation.page' and (data->>'workOrderId')::int = $1 and (data->>'level')::int = 1`,
      [row?.id],
    );
    expect(
      Math.round((next?.start_after.getTime() ?? 0) / 60_000 - (next?.created_on.getTime() ?? 0) / 60_000),
    ).toBe(15);
    // the 15 minutes pass without an answer: the job runs
    const deps = { em: t.app.orm.em, pubSub: t.app.pubSub, jobs: t.app.jobs };
    await page(deps, { workOrderId: row?.id as number, level: 1 });
    expect(await escalation()).toMatchObject({ level: 2, pagedUser: { email: 'tech@demo.test' } });
    const ack = await t.gql<{ acknowledgeEmergency: { userErrors: unknown[] } }>(
      'mutation($i: AcknowledgeEmergencyInput!) { acknowledgeEmergency(input: $i) { userErrors { code } } }',
      { i: { workOrderId: order.workOrder?.id } },
      tech,
    );
    expect(ack.data?.acknowledgeEmergency.userErrors).toEqual([]);
    expect(await escalation()).toMatchObject({ acknowledgedBy: { email: 'tech@demo.test' } });
    await page(deps, { workOrderId: row?.id as number, level: 2 });
    const paged = await t.sql(
      `select id from work_order_events where work_order_id = $1 and kind = 'PAGED'`,
      [row?.id],
    );
    expect(paged).toHaveLength(2);
  });
});

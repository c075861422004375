import { dbId, demoIds, gid, submit } from './fixtures';
import { startTestApp, type TestApp } from './harness';

const HOUR = 3_600_000;
const inHours = (h: number): string => new Date(Date.now() + h * HOUR).toISOString();

describe('intake: submitMaintenanceRequest', () => {
  let t: TestApp;
  let tenant: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await t.login('tenant@demo.test');
    ids = await demoIds(t, tenant);
  });
  afterAll(() => t.stop());

  const base = () => ({
    categoryId: ids.category('PLUMBING'),
    severity: 'ROUTINE',
    title: 'Dripping tap',
    description: 'The kitchen tap drips all night.',
  });

  it('creates a NEW work order with a tracking number, the stored access profile and a CREATED event', async () => {
    const before = await t.sql<{ n: string }>('select count(*) as n from work_order_events');
    const result = await submit(t, tenant, {
      ...base(),
      locationDetail: 'Kitchen',
      permissionToEnter: true,
      availability: [{ startsAt: inHours(24), endsAt: inHours(27) }],
    });
    expect(result.userErrors).toEqual([]);
    const order = result.workOrder;
    expect(order).toMatchObject({
      status: 'NEW',
      priority: 'ROUTINE',
      reportedSeverity: 'ROUTINE',
      unit: { label: '101' },
      property: { name: 'Harbor View Apartments' },
      requester: { email: 'tenant@demo.test' },
      locationKind: 'UNIT',
      locationDetail: 'Kitchen',
      version: 1,
    });
    expect(order?.number).toBeGreaterThan(1000);
    // pre-filled from the tenant's stored profile; codes are for staff only
    expect(order?.access).toEqual({
      pets: 'A friendly cat (Miso), usually under the bed',
      bestContactMethod: 'SMS',
      preferredTimes: 'Weekdays after 4 pm',
      notes: 'Buzzer is broken: text me when you arrive.',
      gateCode: null,
      lockboxCode: null,
    });
    expect(order?.availability).toHaveLength(1);
    const after = await t.sql<{ n: string }>('select count(*) as n from work_order_events');
    expect(Number(after[0]?.n)).toBe(Number(before[0]?.n) + 1);
    const [event] = await t.sql<{ kind: string; actor_id: number }>(
      `select e.kind, e.actor_id from work_order_events e join work_orders w on w.id = e.work_order_id where w.number = $1`,
      [order?.number],
    );
    expect(event?.kind).toBe('CREATED');
  });

  it('numbers requests in sequence', async () => {
    const a = await submit(t, tenant, base());
    const b = await submit(t, tenant, base());
    expect((b.workOrder?.number ?? 0) - (a.workOrder?.number ?? 0)).toBe(1);
  });

  it('turns "water is flooding my bathroom" reported as Routine into an EMERGENCY with the reason', async () => {
    const result = await submit(t, tenant, {
      ...base(),
      title: 'Bathroom',
      description: 'Water is flooding my bathroom',
    });
    expect(result.workOrder?.priority).toBe('EMERGENCY');
    expect(result.workOrder?.reportedSeverity).toBe('ROUTINE');
    expect(result.workOrder?.triageReasons).toEqual([
      'Description mentions an active water leak or flooding',
    ]);
    expect(result.workOrder?.property.emergencyHotline).toBe('+1 555 0111');
    // written with the order, in its statement: one SLA check and the first page of the escalation, once each
    const jobs = await t.sql<{ name: string; level: number | null }>(
      `select j.name, (j.data->>'level')::int as level from pgboss.job j
        where (j.data->>'workOrderId')::int = (select id from work_orders where number = $1) order by j.name`,
      [result.workOrder?.number],
    );
    expect(jobs).toEqual([
      { name: 'escalation.page', level: 0 },
      { name: 'sla.check', level: null },
    ]);
  });

  it('uses the access instructions given instead of the stored profile', async () => {
    const result = await submit(t, tenant, {
      ...base(),
      access: { pets: 'none today', bestContactMethod: 'PHONE' },
    });
    expect(result.workOrder?.access).toMatchObject({
      pets: 'none today',
      bestContactMethod: 'PHONE',
      notes: null,
    });
  });

  it('accepts a common-area request for the tenant’s property', async () => {
    const result = await submit(t, tenant, {
      ...base(),
      locationKind: 'COMMON_AREA',
      locationDetail: 'Laundry room',
    });
    expect(result.userErrors).toEqual([]);
    expect(result.workOrder).toMatchObject({
      locationKind: 'COMMON_AREA',
      locationDetail: 'Laundry room',
      unit: null,
    });
  });

  describe('validation: user errors naming the field, nothing created', () => {
    const cases: [string, () => Record<string, unknown>, string[], string, RegExp][] = [
      ['an empty title', () => ({ ...base(), title: '   ' }), ['input', 'title'], 'REQUIRED', /title/],
      [
        'a title over 120 characters',
        () => ({ ...base(), title: 'x'.repeat(121) }),
        ['input', 'title'],
        'TOO_LONG',
        /120.*121/,
      ],
      [
        'an empty description',
        () => ({ ...base(), description: '' }),
        ['input', 'description'],
        'REQUIRED',
        /Describe/,
      ],
      [
        'a description over 5000 characters',
        () => ({ ...base(), description: 'y'.repeat(5001) }),
        ['input', 'description'],
        'TOO_LONG',
        /5000.*5001/,
      ],
      [
        'a window that ends before it starts',
        () => ({ ...base(), availability: [{ startsAt: inHours(5), endsAt: inHours(4) }] }),
        ['input', 'availability', '0'],
        'INVALID_WINDOW',
        /end after/,
      ],
      [
        'a window in the past',
        () => ({ ...base(), availability: [{ startsAt: inHours(-5), endsAt: inHours(-4) }] }),
        ['input', 'availability', '0'],
        'IN_THE_PAST',
        /over/,
      ],
      [
        'six availability windows',
        () => ({
          ...base(),
          availability: Array.from({ length: 6 }, (_, i) => ({
            startsAt: inHours(i + 1),
            endsAt: inHours(i + 2),
          })),
        }),
        ['input', 'availability'],
        'TOO_MANY',
        /5.*6/,
      ],
      [
        'a common area without its name',
        () => ({ ...base(), locationKind: 'COMMON_AREA' }),
        ['input', 'locationDetail'],
        'REQUIRED',
        /common area/,
      ],
      [
        'an unknown category',
        () => ({ ...base(), categoryId: 'Q2F0ZWdvcnk6OTk5' }),
        ['input', 'categoryId'],
        'NOT_FOUND',
        /categor/,
      ],
      [
        'a unit the tenant does not lease',
        () => ({ ...base(), unitId: 'VW5pdDoy' }),
        ['input', 'unitId'],
        'NOT_FOUND',
        /lease/,
      ],
      [
        'a location detail over 100 characters',
        () => ({ ...base(), locationDetail: 'z'.repeat(101) }),
        ['input', 'locationDetail'],
        'INVALID',
        /100/,
      ],
      [
        'an idempotency key that is too short',
        () => ({ ...base(), idempotencyKey: 'abc' }),
        ['input', 'idempotencyKey'],
        'INVALID',
        /8/,
      ],
    ];

    it.each(cases)('rejects %s', async (_name, input, field, code, message) => {
      const [{ n: before }] = (await t.sql<{ n: string }>('select count(*) as n from work_orders')) as [
        { n: string },
      ];
      const result = await submit(t, tenant, input());
      expect(result.workOrder).toBeNull();
      expect(result.userErrors).toContainEqual({ field, code, message: expect.stringMatching(message) });
      const [{ n: after }] = (await t.sql<{ n: string }>('select count(*) as n from work_orders')) as [
        { n: string },
      ];
      expect(after).toBe(before);
    });
  });

  it('is idempotent: the same key returns the first result and creates nothing new', async () => {
    const input = { ...base(), idempotencyKey: 'phone-retry-0001' };
    const first = await submit(t, tenant, input);
    const second = await submit(t, tenant, { ...input, title: 'changed on retry' });
    expect(second.workOrder?.id).toBe(first.workOrder?.id);
    expect(second.workOrder?.title).toBe('Dripping tap');
    const rows = await t.sql(`select id from work_orders where idempotency_key = 'phone-retry-0001'`);
    expect(rows).toHaveLength(1);
  });

  it('is idempotent under concurrent retries', async () => {
    const input = { ...base(), idempotencyKey: 'phone-burst-0002' };
    const results = await Promise.all(Array.from({ length: 8 }, () => submit(t, tenant, input)));
    const idsSeen = new Set(results.map((r) => r.workOrder?.id));
    expect(idsSeen.size).toBe(1);
    expect(results.every((r) => r.userErrors.length === 0)).toBe(true);
    expect(await t.sql(`select id from work_orders where idempotency_key = 'phone-burst-0002'`)).toHaveLength(
      1,
    );
  });

  it('scopes idempotency keys per user', async () => {
    const other = await t.login('tenant2@demo.test');
    const mine = await submit(t, tenant, { ...base(), idempotencyKey: 'shared-key-0003' });
    const theirs = await submit(t, other, { ...base(), idempotencyKey: 'shared-key-0003' });
    expect(theirs.workOrder?.id).not.toBe(mine.workOrder?.id);
    expect(theirs.workOrder?.unit?.label).toBe('102');
  });

  it('is for tenants only', async () => {
    const manager = await t.login('manager@demo.test');
    const r = await t.gql(
      'mutation($i: SubmitMaintenanceRequestInput!) { submitMaintenanceRequest(input: $i) { userErrors { code } } }',
      { i: base() },
      manager,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(
      'mutation($i: SubmitMaintenanceRequestInput!) { submitMaintenanceRequest(input: $i) { userErrors { code } } }',
      { i: base() },
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('reads its rules and settings fresh for every submission', () => {
    let manager: string;
    beforeAll(async () => {
      manager = await t.login('manager@demo.test');
    });
    const mutate = async <T>(name: string, type: string, input: Record<string, unknown>, select: string) => {
      const r = await t.gql<Record<string, T>>(
        `mutation($input: ${type}!) { ${name}(input: $input) { ${select} userErrors { code } } }`,
        { input },
        manager,
      );
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data[name] as T;
    };
    /** When the first SLA check of a submitted order is queued, in hours after the order was created. */
    const firstCheckAfter = async (orderId: string | undefined): Promise<number> => {
      const [row] = await t.sql<{ hours: number }>(
        `select extract(epoch from (j.start_after - w.created_at)) / 3600 as hours
           from pgboss.job j join work_orders w on w.id = (j.data->>'workOrderId')::int
          where j.name = 'sla.check' and w.id = $1`,
        [dbId(orderId ?? '')],
      );
      return Number(row?.hours);
    };
    const low = () => ({ ...base(), severity: 'LOW', title: 'Scuff', description: 'A scuff on the wall' });

    it('queues the first SLA check by the SLA settings as they are at that moment', async () => {
      const setSla = (atRiskPercent: number) =>
        mutate<{ userErrors: unknown[] }>(
          'updateSlaSettings',
          'UpdateSlaSettingsInput',
          {
            atRiskPercent,
            targets: [
              {
                priority: 'LOW',
                respond: { amount: 2, unit: 'HOURS' },
                resolve: { amount: 10, unit: 'DAYS' },
              },
            ],
          },
          '',
        );
      try {
        expect((await setSla(50)).userErrors).toEqual([]);
        const first = await submit(t, tenant, low());
        expect(await firstCheckAfter(first.workOrder?.id)).toBeCloseTo(1, 6);
        expect((await setSla(75)).userErrors).toEqual([]);
        const next = await submit(t, tenant, low());
        expect(await firstCheckAfter(next.workOrder?.id)).toBeCloseTo(1.5, 6);
      } finally {
        await t.sql(`delete from settings where key = 'sla'`);
      }
    });

    it('applies the intake assignment rule that fits best, as the rules are at that moment', async () => {
      const [vendor] = await t.sql<{ id: number }>(`select id from vendors where name = 'CoolAir HVAC'`);
      const [technician] = await t.sql<{ id: number }>(
        `select id from technicians where name = 'Sam Rivera'`,
      );
      const [elsewhere] = await t.sql<{ id: number }>(
        `select id from properties where id <> $1 order by id limit 1`,
        [dbId(ids.propertyId ?? '')],
      );
      const create = (input: Record<string, unknown>) =>
        mutate<{ rule: { id: string } | null; userErrors: unknown[] }>(
          'createAssignmentRule',
          'CreateAssignmentRuleInput',
          input,
          'rule { id }',
        );
      const remove = (ruleId: string | undefined) =>
        mutate('deleteAssignmentRule', 'DeleteAssignmentRuleInput', { ruleId }, '');
      const assigneeOf = async (orderId: string | undefined) =>
        (
          await t.gql<{
            workOrder: { status: string; assignee: { __typename: string; name: string } | null };
          }>(
            'query($id: ID!) { workOrder(id: $id) { status assignee { __typename ... on Vendor { name } ... on Technician { name } } } }',
            { id: orderId },
            manager,
          )
        ).data?.workOrder;
      const hvac = () => ({
        ...base(),
        categoryId: ids.category('HVAC'),
        title: 'Heat',
        description: 'No heat',
      });
      // the oldest rule naming only the category, then one naming category and property (wins), and one naming
      // another property (never applies here)
      const byCategory = await create({
        categoryId: ids.category('HVAC'),
        assigneeId: gid('Vendor', vendor?.id),
      });
      const other = await create({
        categoryId: ids.category('HVAC'),
        propertyId: gid('Property', elsewhere?.id),
        assigneeId: gid('Technician', technician?.id),
      });
      try {
        const first = await submit(t, tenant, hvac());
        expect(await assigneeOf(first.workOrder?.id)).toMatchObject({
          status: 'ASSIGNED',
          assignee: { __typename: 'Vendor', name: 'CoolAir HVAC' },
        });
        const specific = await create({
          categoryId: ids.category('HVAC'),
          propertyId: ids.propertyId,
          assigneeId: gid('Technician', technician?.id),
        });
        try {
          const next = await submit(t, tenant, hvac());
          expect(await assigneeOf(next.workOrder?.id)).toMatchObject({
            status: 'ASSIGNED',
            assignee: { __typename: 'Technician', name: 'Sam Rivera' },
          });
        } finally {
          await remove(specific.rule?.id);
        }
        const after = await submit(t, tenant, hvac());
        expect(await assigneeOf(after.workOrder?.id)).toMatchObject({ assignee: { name: 'CoolAir HVAC' } });
      } finally {
        await remove(byCategory.rule?.id);
        await remove(other.rule?.id);
      }
      const none = await submit(t, tenant, hvac());
      expect(await assigneeOf(none.workOrder?.id)).toMatchObject({ status: 'NEW', assignee: null });
    });
  });

  it('saves the access profile for next time', async () => {
    const tenant2 = await t.login('tenant2@demo.test');
    const r = await t.gql<{
      updateAccessProfile: {
        accessProfile: { pets: string; bestContactMethod: string };
        userErrors: unknown[];
      };
    }>(
      'mutation($i: UpdateAccessProfileInput!) { updateAccessProfile(input: $i) { accessProfile { pets bestContactMethod } userErrors { code } } }',
      { i: { pets: 'Two parrots', bestContactMethod: 'EMAIL' } },
      tenant2,
    );
    expect(r.data?.updateAccessProfile).toEqual({
      accessProfile: { pets: 'Two parrots', bestContactMethod: 'EMAIL' },
      userErrors: [],
    });
    const next = await submit(t, tenant2, base());
    expect(next.workOrder?.access).toMatchObject({ pets: 'Two parrots', bestContactMethod: 'EMAIL' });
  });
});

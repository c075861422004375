import { autoClose } from '../src/modules/workflow/workflow.service';
import { demoIds, gid, submit } from './fixtures';
import { startTestApp, type GqlResult, type TestApp } from './harness';

const DAY = 86_400_000;

const ORDER = `id number status version priority
  assignee { __typename ... on Vendor { id name } ... on Technician { id name } }
  appointment { startsAt endsAt eta runningLateNote }
  rescheduleRequest { reason windows { startsAt endsAt } }
  costApproval { state rule ownerNotified blocksScheduling managerMayDecide estimate { amountCents } decidedBy { email } }
  actualCost { amountCents } completionNotes rating { score comment } availableActions
  timeline { kind summary data actor { email } }`;

interface Order {
  id: string;
  number: number;
  status: string;
  version: number;
  priority: string;
  assignee: { __typename: string; id: string; name: string } | null;
  appointment: {
    startsAt: string;
    endsAt: string;
    eta: string | null;
    runningLateNote: string | null;
  } | null;
  rescheduleRequest: { reason: string; windows: { startsAt: string }[] } | null;
  costApproval: {
    state: string;
    rule: string;
    ownerNotified: boolean;
    blocksScheduling: boolean;
    managerMayDecide: boolean;
    estimate: { amountCents: number };
    decidedBy: { email: string } | null;
  } | null;
  actualCost: { amountCents: number } | null;
  completionNotes: string | null;
  rating: { score: number; comment: string | null } | null;
  availableActions: string[];
  timeline: {
    kind: string;
    summary: string;
    data: Record<string, unknown> | null;
    actor: { email: string } | null;
  }[];
}

type Payload = {
  workOrder: Order | null;
  userErrors: { code: string; message: string; field: string[] | null }[];
};

const TYPES: Record<string, string> = {
  assignWorkOrder: 'AssignWorkOrderInput',
  scheduleWorkOrder: 'ScheduleWorkOrderInput',
  requestReschedule: 'RequestRescheduleInput',
  reportRunningLate: 'ReportRunningLateInput',
  submitCostEstimate: 'SubmitCostEstimateInput',
  decideCostApproval: 'DecideCostApprovalInput',
  completeWorkOrder: 'CompleteWorkOrderInput',
  confirmResolution: 'ConfirmResolutionInput',
  reopenWorkOrder: 'ReopenWorkOrderInput',
  cancelWorkOrder: 'CancelWorkOrderInput',
};

/**
 * 9:00–12:00 in New York (Harbor View's time zone) on the day after tomorrow (UTC), as UTC instants: always more
 * than a day ahead, so its day-before reminder is still to come whatever the hour the test runs ("tomorrow" was
 * less than a day ahead after 9:00 in New York, and the reminder was rightly skipped).
 */
const nineToNoonInTwoDays = (): { startsAt: string; endsAt: string } => {
  const day = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
  const offset = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/New_York',
    timeZoneName: 'shortOffset',
  })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')?.value; // e.g. GMT-5
  const hours = Number(offset?.replace('GMT', '') || 0);
  const start = new Date(`${day}T09:00:00Z`).getTime() - hours * 3_600_000;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3 * 3_600_000).toISOString() };
};

describe('dispatch', () => {
  let t: TestApp;
  let manager: string;
  let tenant: string;
  let vendor: string;
  let owner: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  beforeAll(async () => {
    t = await startTestApp({ APPROVAL_REMINDER_AFTER_SECONDS: '1', APPROVAL_ESCALATION_AFTER_SECONDS: '2' });
    manager = await t.login('manager@demo.test');
    tenant = await t.login('tenant@demo.test');
    vendor = await t.login('vendor@demo.test');
    owner = await t.login('owner@demo.test');
    ids = await demoIds(t, tenant);
  });
  afterAll(() => t.stop());

  const mutate = async (name: string, token: string, input: Record<string, unknown>): Promise<Payload> => {
    const r: GqlResult<Record<string, Payload>> = await t.gql(
      `mutation($input: ${TYPES[name]}!) { ${name}(input: $input) { workOrder { ${ORDER} } userErrors { code message field } } }`,
      { input },
      token,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data[name] as Payload;
  };
  const ok = async (name: string, token: string, input: Record<string, unknown>): Promise<Order> => {
    const p = await mutate(name, token, input);
    expect(p.userErrors).toEqual([]);
    return p.workOrder as Order;
  };
  const load = async (id: string, token = manager): Promise<Order> =>
    (await t.gql<{ workOrder: Order }>(`query($id: ID!) { workOrder(id: $id) { ${ORDER} } }`, { id }, token))
      .data?.workOrder as Order;
  const newOrder = async (category: string, description = 'It drips', severity = 'ROUTINE') =>
    (
      await submit(t, tenant, {
        categoryId: ids.category(category),
        severity,
        title: `${category} job`,
        description,
      })
    ).workOrder as {
      id: string;
      version: number;
      number: number;
    };
  const suggestions = async (workOrderId: string) =>
    (
      await t.gql<{
        assignmentSuggestions: {
          assignee: { name: string; id: string };
          score: number;
          blocked: boolean;
          blockedReason: string | null;
          factors: { factor: string; points: number }[];
        }[];
      }>(
        'query($id: ID!) { assignmentSuggestions(workOrderId: $id) { assignee { ... on Vendor { id name } ... on Technician { id name } } score blocked blockedReason factors { factor points detail } } }',
        { id: workOrderId },
        manager,
      )
    ).data?.assignmentSuggestions ?? [];

  it('journeys 2–4: assign the top suggestion, schedule 9–12 in two days, a $650 estimate waits for the owner, complete, confirm and rate', async () => {
    const created = await newOrder('PLUMBING');
    const ranked = await suggestions(created.id);
    expect(ranked[0]?.assignee.name).toBe('ABC Plumbing');
    expect(ranked.findIndex((s) => s.assignee.name === 'FlowRight Plumbing')).toBeGreaterThan(0);

    const tenantSub = await t.subscribe<{
      workOrderChanged: {
        kind: string;
        workOrder: { status: string; appointment: { startsAt: string } | null };
      };
    }>(
      'subscription($f: WorkOrderChangeFilter) { workOrderChanged(filter: $f) { kind workOrder { status appointment { startsAt } } } }',
      { f: { workOrderId: created.id } },
      tenant,
    );
    let order = await ok('assignWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: created.version,
      assigneeId: ranked[0]?.assignee.id,
    });
    expect(order).toMatchObject({ status: 'ASSIGNED', assignee: { name: 'ABC Plumbing' } });
    const window = nineToNoonInTwoDays();
    order = await ok('scheduleWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: order.version,
      window,
    });
    expect(order.appointment).toMatchObject(window);
    await tenantSub.next((e) => e.workOrderChanged.kind === 'SCHEDULED');
    expect(tenantSub.events.map((e) => e.workOrderChanged.kind)).toEqual(['ASSIGNED', 'SCHEDULED']);
    const reminders = await t.sql<{ data: { reminder: string }; start_after: Date }>(
      `select data, start_after from pgboss.job where name = 'work-order.appointment-reminder' and (data->>'workOrderId')::int = (select id from work_orders where number = $1) order by start_after`,
      [created.number],
    );
    expect(reminders.map((r) => r.data.reminder)).toEqual(['DAY_BEFORE', 'HOUR_BEFORE']);
    expect(reminders[0]?.start_after.getTime()).toBe(Date.parse(window.startsAt) - DAY);

    // 3: the vendor's $650 estimate needs the owner; scheduling waits; the manager is outside their authority
    order = await ok('submitCostEstimate', vendor, {
      workOrderId: created.id,
      expectedVersion: order.version,
      amount: { amountCents: 65000 },
      lineItems: [
        { description: 'Replace shut-off valve', amountCents: 40000 },
        { description: 'Labour', amountCents: 25000 },
      ],
    });
    expect(order.costApproval).toMatchObject({
      state: 'PENDING_OWNER',
      blocksScheduling: true,
      rule: 'Over $500.00: the owner must approve',
    });
    const blocked = await mutate('scheduleWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: order.version,
      window,
    });
    expect(blocked.userErrors[0]?.code).toBe('APPROVAL_PENDING');
    const byManager = await mutate('decideCostApproval', manager, {
      workOrderId: created.id,
      expectedVersion: order.version,
      approve: true,
    });
    expect(byManager.userErrors[0]?.code).toBe('NOT_WITHIN_AUTHORITY');
    const ownerView = await load(created.id, owner);
    expect(ownerView.availableActions).toEqual(['DECIDE_COST_APPROVAL']);
    order = await ok('decideCostApproval', owner, {
      workOrderId: created.id,
      expectedVersion: order.version,
      approve: true,
      note: 'Go ahead',
    });
    expect(order.costApproval).toMatchObject({
      state: 'APPROVED',
      blocksScheduling: false,
      decidedBy: { email: 'owner@demo.test' },
    });
    order = await ok('scheduleWorkOrder', vendor, {
      workOrderId: created.id,
      expectedVersion: order.version,
      window,
    });

    // 4: the vendor completes; the tenant confirms and rates 5 → CLOSED
    order = await ok('completeWorkOrder', vendor, {
      workOrderId: created.id,
      expectedVersion: order.version,
      notes: 'Valve replaced',
      actualCost: { amountCents: 64000 },
    });
    expect(order).toMatchObject({
      status: 'COMPLETED',
      completionNotes: 'Valve replaced',
      actualCost: { amountCents: 64000 },
    });
    const tenantView = await load(created.id, tenant);
    expect(tenantView.availableActions.sort()).toEqual(['CONFIRM_RESOLUTION', 'REOPEN']);
    order = await ok('confirmResolution', tenant, {
      workOrderId: created.id,
      expectedVersion: order.version,
      rating: 5,
      comment: 'Quick and tidy',
    });
    expect(order).toMatchObject({ status: 'CLOSED', rating: { score: 5, comment: 'Quick and tidy' } });
    expect(order.timeline.map((e) => e.kind)).toEqual([
      'CREATED',
      'ASSIGNED',
      'SCHEDULED',
      'COST_APPROVAL',
      'COST_APPROVAL',
      'SCHEDULED',
      'COMPLETED',
      'CLOSED',
    ]);
    await tenantSub.close();
  });

  it.each([
    [19999, 'NOT_REQUIRED', false, false],
    [20000, 'NOT_REQUIRED', true, false],
    [50000, 'NOT_REQUIRED', true, false],
    [50001, 'PENDING_OWNER', false, true],
  ])(
    'applies the approval policy at the boundary: %i cents → %s (owner notified: %s, blocks: %s)',
    async (cents, state, notified, blocks) => {
      const created = await newOrder('GENERAL');
      const tech = (await suggestions(created.id)).find((s) => s.assignee.name === 'Sam Rivera');
      let order = await ok('assignWorkOrder', manager, {
        workOrderId: created.id,
        expectedVersion: created.version,
        assigneeId: tech?.assignee.id,
      });
      order = await ok('submitCostEstimate', manager, {
        workOrderId: created.id,
        expectedVersion: order.version,
        amount: { amountCents: cents },
      });
      expect(order.costApproval).toMatchObject({
        state,
        ownerNotified: notified,
        blocksScheduling: blocks,
        managerMayDecide: false,
      });
      expect(order.timeline.some((e) => e.kind === 'OWNER_NOTIFIED')).toBe(notified);
    },
  );

  it('lets a manager approve an emergency over $500, with the owner notified', async () => {
    const created = await newOrder('PLUMBING', 'Water is flooding the kitchen', 'URGENT');
    expect(created).toBeDefined();
    let order = await load(created.id);
    expect(order.priority).toBe('EMERGENCY');
    const abc = (await suggestions(created.id))[0];
    order = await ok('assignWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: order.version,
      assigneeId: abc?.assignee.id,
    });
    order = await ok('submitCostEstimate', vendor, {
      workOrderId: created.id,
      expectedVersion: order.version,
      amount: { amountCents: 60000 },
    });
    expect(order.costApproval).toMatchObject({
      state: 'PENDING_OWNER',
      ownerNotified: true,
      blocksScheduling: false,
      managerMayDecide: true,
    });
    order = await ok('decideCostApproval', manager, {
      workOrderId: created.id,
      expectedVersion: order.version,
      approve: true,
    });
    expect(order.costApproval).toMatchObject({
      state: 'APPROVED',
      decidedBy: { email: 'manager@demo.test' },
    });
  });

  it('reminds after 24 h and escalates after 48 h while an estimate waits (timings shortened for the test)', async () => {
    const created = await newOrder('GENERAL');
    const tech = (await suggestions(created.id)).find((s) => s.assignee.name === 'Sam Rivera');
    const order = await ok('assignWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: created.version,
      assigneeId: tech?.assignee.id,
    });
    await ok('submitCostEstimate', manager, {
      workOrderId: created.id,
      expectedVersion: order.version,
      amount: { amountCents: 90000 },
    });
    const deadline = Date.now() + 15000;
    let stages: unknown[] = [];
    while (Date.now() < deadline && stages.length < 2) {
      await new Promise((r) => setTimeout(r, 250));
      stages = (await load(created.id)).timeline.filter((e) => e.data?.stage).map((e) => e.data?.stage);
    }
    // a worker with a backlog may run the two in either order; each runs once
    expect([...stages].sort()).toEqual(['ESCALATE', 'REMIND']);
  });

  it('refuses dispatch to a vendor with expired insurance unless a manager overrides with a reason', async () => {
    const created = await newOrder('PEST_CONTROL');
    const ranked = await suggestions(created.id);
    const pestAway = ranked.find((s) => s.assignee.name === 'PestAway');
    expect(pestAway).toMatchObject({
      blocked: true,
      blockedReason: expect.stringMatching(/^Insurance expired on \d{4}-\d{2}-\d{2}$/),
    });
    const refused = await mutate('assignWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: created.version,
      assigneeId: pestAway?.assignee.id,
    });
    expect(refused.userErrors[0]).toMatchObject({
      code: 'INSURANCE_EXPIRED',
      field: ['input', 'insuranceOverrideReason'],
    });
    expect((await load(created.id)).status).toBe('NEW');
    const order = await ok('assignWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: created.version,
      assigneeId: pestAway?.assignee.id,
      insuranceOverrideReason: 'Renewal certificate received by email',
    });
    expect(order.status).toBe('ASSIGNED');
    expect(order.timeline.at(-1)?.data).toMatchObject({
      insuranceOverride: { reason: 'Renewal certificate received by email' },
    });
  });

  it('ranks suggestions on preference, then capacity: a full preferred vendor drops below its backup', async () => {
    const created = await newOrder('PLUMBING');
    const before = await suggestions(created.id);
    expect(before.map((s) => s.assignee.name).slice(0, 2)).toEqual(['ABC Plumbing', 'FlowRight Plumbing']);
    const top = before[0];
    expect(top?.factors.map((f) => f.factor)).toEqual(
      expect.arrayContaining(['category', 'preference', 'insurance', 'workload', 'completionRate']),
    );
    expect(top?.score).toBeCloseTo(top?.factors.reduce((s, f) => s + f.points, 0) ?? 0, 1);
    await t.sql(`update vendors set weekly_capacity = 1 where name = 'ABC Plumbing'`);
    const after = await suggestions(created.id);
    expect(after.map((s) => s.assignee.name).slice(0, 2)).toEqual(['FlowRight Plumbing', 'ABC Plumbing']);
    expect(after[1]?.factors.find((f) => f.factor === 'workload')?.points).toBe(-20);
    await t.sql(`update vendors set weekly_capacity = 12 where name = 'ABC Plumbing'`);
  });

  it('lets exactly one of two managers assign the same order at once', async () => {
    const created = await newOrder('ELECTRICAL');
    const admin = await t.login('admin@demo.test');
    const ranked = await suggestions(created.id);
    const results = await Promise.all([
      mutate('assignWorkOrder', manager, {
        workOrderId: created.id,
        expectedVersion: created.version,
        assigneeId: ranked[0]?.assignee.id,
      }),
      mutate('assignWorkOrder', admin, {
        workOrderId: created.id,
        expectedVersion: created.version,
        assigneeId: ranked[1]?.assignee.id,
      }),
    ]);
    expect(results.map((r) => r.userErrors[0]?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const order = await load(created.id);
    expect(order.timeline.filter((e) => e.kind === 'ASSIGNED')).toHaveLength(1);
    expect(order.version).toBe(2);
  });

  it('tells the assignee at once when the tenant asks to reschedule, and records running late', async () => {
    const created = await newOrder('PLUMBING');
    const ranked = await suggestions(created.id);
    let order = await ok('assignWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: created.version,
      assigneeId: ranked[0]?.assignee.id,
    });
    order = await ok('scheduleWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: order.version,
      window: nineToNoonInTwoDays(),
    });
    const vendorSub = await t.subscribe<{
      workOrderChanged: { kind: string; workOrder: { rescheduleRequest: { reason: string } | null } };
    }>('subscription { workOrderChanged { kind workOrder { rescheduleRequest { reason } } } }', {}, vendor);
    const proposed = {
      startsAt: new Date(Date.now() + 3 * DAY).toISOString(),
      endsAt: new Date(Date.now() + 3 * DAY + 7_200_000).toISOString(),
    };
    order = await ok('requestReschedule', tenant, {
      workOrderId: created.id,
      expectedVersion: order.version,
      windows: [proposed],
      reason: 'I have to work that day',
    });
    const event = await vendorSub.next((e) => e.workOrderChanged.kind === 'RESCHEDULE_REQUESTED');
    expect(event.workOrderChanged.workOrder.rescheduleRequest?.reason).toBe('I have to work that day');
    order = await ok('scheduleWorkOrder', vendor, {
      workOrderId: created.id,
      expectedVersion: order.version,
      window: proposed,
    });
    expect(order.rescheduleRequest).toBeNull();
    const eta = new Date(Date.now() + 3 * DAY + 3_600_000).toISOString();
    order = await ok('reportRunningLate', vendor, {
      workOrderId: created.id,
      expectedVersion: order.version,
      eta,
      note: 'Stuck in traffic',
    });
    expect(order.appointment).toMatchObject({ eta, runningLateNote: 'Stuck in traffic' });
    await vendorSub.close();
  });

  it('validates windows: end after start, not in the past, inside the tenant availability unless overridden', async () => {
    const avail = {
      startsAt: new Date(Date.now() + 2 * DAY).toISOString(),
      endsAt: new Date(Date.now() + 2 * DAY + 4 * 3_600_000).toISOString(),
    };
    const created = (
      await submit(t, tenant, {
        categoryId: ids.category('GENERAL'),
        severity: 'LOW',
        title: 'Windows',
        description: 'x',
        availability: [avail],
      })
    ).workOrder as { id: string; version: number };
    const tech = (await suggestions(created.id)).find((s) => s.assignee.name === 'Sam Rivera');
    const order = await ok('assignWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: created.version,
      assigneeId: tech?.assignee.id,
    });
    const at = (h: number) => new Date(Date.parse(avail.startsAt) + h * 3_600_000).toISOString();
    const cases: [Record<string, unknown>, string][] = [
      [{ window: { startsAt: at(2), endsAt: at(1) } }, 'INVALID_WINDOW'],
      [
        {
          window: {
            startsAt: new Date(Date.now() - DAY).toISOString(),
            endsAt: new Date(Date.now() - DAY + 3_600_000).toISOString(),
          },
        },
        'IN_THE_PAST',
      ],
      [{ window: { startsAt: at(3), endsAt: at(6) } }, 'OUTSIDE_AVAILABILITY'],
    ];
    for (const [input, code] of cases) {
      const r = await mutate('scheduleWorkOrder', manager, {
        workOrderId: created.id,
        expectedVersion: order.version,
        ...input,
      });
      expect(r.userErrors[0]?.code).toBe(code);
    }
    const inside = await ok('scheduleWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: order.version,
      window: { startsAt: at(1), endsAt: at(3) },
    });
    expect(inside.status).toBe('SCHEDULED');
  });

  it('reopens to the same assignee within 14 days ("not fixed"), not after', async () => {
    const created = await newOrder('GENERAL');
    const tech = (await suggestions(created.id)).find((s) => s.assignee.name === 'Sam Rivera');
    let order = await ok('assignWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: created.version,
      assigneeId: tech?.assignee.id,
    });
    order = await ok('completeWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: order.version,
      notes: 'Done',
    });
    order = await ok('reopenWorkOrder', tenant, {
      workOrderId: created.id,
      expectedVersion: order.version,
      reason: 'Still broken',
    });
    expect(order).toMatchObject({ status: 'ASSIGNED', assignee: { name: 'Sam Rivera' } });
    order = await ok('completeWorkOrder', manager, {
      workOrderId: created.id,
      expectedVersion: order.version,
      notes: 'Done again',
    });
    await t.sql(`update work_orders set completed_at = now() - interval '15 days' where number = $1`, [
      (await load(created.id)).number,
    ]);
    const late = await mutate('reopenWorkOrder', tenant, {
      workOrderId: created.id,
      expectedVersion: order.version,
      reason: 'Broken again',
    });
    expect(late.userErrors[0]?.code).toBe('REOPEN_WINDOW_PASSED');
  });

  it('applies an auto-assignment rule at intake', async () => {
    const coolAir = (await t.sql<{ id: number }>(`select id from vendors where name = 'CoolAir HVAC'`))[0];
    const r = await t.gql<{ createAssignmentRule: { rule: { id: string }; userErrors: unknown[] } }>(
      'mutation($i: CreateAssignmentRuleInput!) { createAssignmentRule(input: $i) { rule { id } userErrors { code } } }',
      { i: { categoryId: ids.category('HVAC'), assigneeId: gid('Vendor', coolAir?.id) } },
      manager,
    );
    expect(r.data?.createAssignmentRule.userErrors).toEqual([]);
    const created = await newOrder('HVAC', 'Thermostat is blank');
    const order = await load(created.id);
    expect(order).toMatchObject({ status: 'ASSIGNED', assignee: { name: 'CoolAir HVAC' } });
    expect(order.timeline.at(-1)).toMatchObject({ kind: 'ASSIGNED', actor: null });
    await t.gql(
      'mutation($i: DeleteAssignmentRuleInput!) { deleteAssignmentRule(input: $i) { userErrors { code } } }',
      { i: { ruleId: r.data?.createAssignmentRule.rule.id } },
      manager,
    );
  });

  it('manages the vendor directory with validated input', async () => {
    const created = await t.gql<{
      createVendor: {
        vendor: {
          id: string;
          services: { rank: number; category: { key: string } }[];
          insuranceValid: boolean;
        } | null;
        userErrors: { code: string; field: string[] }[];
      };
    }>(
      'mutation($i: CreateVendorInput!) { createVendor(input: $i) { vendor { id insuranceValid services { rank category { key } } } userErrors { code field } } }',
      {
        i: {
          name: 'Drain Kings',
          insuranceExpiresOn: '2020-01-01',
          services: [{ categoryId: ids.category('PLUMBING'), rank: 3 }],
        },
      },
      manager,
    );
    expect(created.data?.createVendor.vendor).toMatchObject({
      insuranceValid: false,
      services: [{ rank: 3, category: { key: 'PLUMBING' } }],
    });
    const bad = await t.gql<{
      createVendor: { vendor: null; userErrors: { code: string; field: string[] }[] };
    }>(
      'mutation($i: CreateVendorInput!) { createVendor(input: $i) { vendor { id } userErrors { code field } } }',
      { i: { name: 'X', insuranceExpiresOn: 'next year' } },
      manager,
    );
    expect(bad.data?.createVendor.userErrors.map((e) => e.field?.join('.')).sort()).toEqual([
      'input.insuranceExpiresOn',
      'input.name',
    ]);
    const asTenant = await t.gql(
      'mutation($i: CreateVendorInput!) { createVendor(input: $i) { vendor { id } } }',
      { i: { name: 'Sneaky Co' } },
      tenant,
    );
    expect(asTenant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const plumbers = await t.gql<{ vendors: { nodes: { name: string }[] } }>(
      'query($f: VendorFilter) { vendors(filter: $f) { nodes { name } } }',
      { f: { categoryIds: [ids.category('PLUMBING')], text: 'plumb' } },
      manager,
    );
    expect(plumbers.data?.vendors.nodes.map((v) => v.name).sort()).toEqual([
      'ABC Plumbing',
      'FlowRight Plumbing',
    ]);
    const admin = await t.login('admin@demo.test');
    const audit = await t.gql<{ auditLog: { action: string; actorId: number; data: { name?: string } }[] }>(
      '{ auditLog(first: 20) { action actorId data } }',
      {},
      admin,
    );
    expect(audit.data?.auditLog.find((a) => a.action === 'vendor.created')).toMatchObject({
      data: { name: 'Drain Kings' },
    });
  });
});

describe('auto-close', () => {
  it('closes a completed order the tenant does not answer — not early (injected clock), and after a restart', async () => {
    const t = await startTestApp({ AUTO_CLOSE_AFTER_SECONDS: '3' });
    try {
      const [manager, tenant] = await Promise.all([
        t.login('manager@demo.test'),
        t.login('tenant@demo.test'),
      ]);
      const ids = await demoIds(t, tenant);
      const created = (
        await submit(t, tenant, {
          categoryId: ids.category('GENERAL'),
          severity: 'LOW',
          title: 'Quiet tenant',
          description: 'x',
        })
      ).workOrder;
      const [tech] = await t.sql<{ id: number }>(`select id from technicians limit 1`);
      const assign = await t.gql<{ assignWorkOrder: { workOrder: { version: number } } }>(
        'mutation($i: AssignWorkOrderInput!) { assignWorkOrder(input: $i) { workOrder { version } } }',
        { i: { workOrderId: created?.id, expectedVersion: 1, assigneeId: gid('Technician', tech?.id) } },
        manager,
      );
      const done = await t.gql<{ completeWorkOrder: { workOrder: { version: number } } }>(
        'mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { workOrder { version } } }',
        {
          i: {
            workOrderId: created?.id,
            expectedVersion: assign.data?.assignWorkOrder.workOrder.version,
            notes: 'done',
          },
        },
        manager,
      );
      expect(done.data?.completeWorkOrder.workOrder.version).toBe(3);
      const [row] = await t.sql<{ id: number; completed_at: Date }>(
        'select id, completed_at from work_orders where number = $1',
        [created?.number],
      );
      const data = { workOrderId: row?.id as number, completedAt: (row?.completed_at as Date).toISOString() };
      const deps = {
        em: t.app.orm.em,
        pubSub: t.app.pubSub,
        jobs: t.app.jobs,
        timings: t.app.config.timings,
      };
      // the handler refuses to close before the deadline, whatever runs it
      await expect(
        autoClose({ ...deps, now: () => new Date(Date.parse(data.completedAt) + 1000) }, data),
      ).rejects.toThrow('early');
      expect(
        (await t.sql<{ status: string }>('select status from work_orders where id = $1', [row?.id]))[0]
          ?.status,
      ).toBe('COMPLETED');

      // the api goes down before the job is due and comes back: the queued job still fires
      await t.restart();
      const deadline = Date.now() + 20000;
      let status = 'COMPLETED';
      while (status === 'COMPLETED' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        status =
          (await t.sql<{ status: string }>('select status from work_orders where id = $1', [row?.id]))[0]
            ?.status ?? '';
      }
      expect(status).toBe('CLOSED');
      const [event] = await t.sql<{ summary: string; actor_id: number | null }>(
        `select summary, actor_id from work_order_events where work_order_id = $1 and kind = 'CLOSED'`,
        [row?.id],
      );
      expect(event).toEqual({
        summary: 'Closed automatically after 0 days without an answer from the tenant',
        actor_id: null,
      });
    } finally {
      await t.stop();
    }
  }, 40000);
});

import { demoIds, submit } from './fixtures';
import { startTestApp, type TestApp } from './harness';

/**
 * Every (status × action × role) cell of the workflow. Each call carries a stale expectedVersion, so a call the
 * workflow allows answers CONFLICT and changes nothing; the others answer FORBIDDEN (this role may never do it),
 * INVALID_TRANSITION (not from this status) or NOT_FOUND (the role cannot see the order).
 * The expected table below is written out by hand from DOMAIN.md, independently of the code's transition table.
 */
type Status = 'NEW' | 'ASSIGNED' | 'SCHEDULED' | 'COMPLETED' | 'CLOSED' | 'CANCELLED';
type Who = 'MANAGER' | 'ADMIN' | 'REQUESTER' | 'OTHER_TENANT' | 'ASSIGNEE' | 'OTHER_VENDOR' | 'OWNER';
type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'INVALID_TRANSITION' | 'NOT_FOUND';

const STATUSES: Status[] = ['NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED', 'CLOSED', 'CANCELLED'];
const WHO: Record<Who, string> = {
  MANAGER: 'manager@demo.test',
  ADMIN: 'admin@demo.test',
  REQUESTER: 'tenant@demo.test',
  OTHER_TENANT: 'tenant2@demo.test',
  ASSIGNEE: 'tech@demo.test',
  OTHER_VENDOR: 'vendor@demo.test',
  OWNER: 'owner@demo.test',
};

const STAFF_ONLY = (statuses: Status[]) => ({ MANAGER: statuses, ADMIN: statuses });

/** DOMAIN.md's workflow table, per action: who may, from which statuses. */
const ALLOWED: Record<string, Partial<Record<Who, Status[]>>> = {
  triageWorkOrder: STAFF_ONLY(['NEW']),
  assignWorkOrder: STAFF_ONLY(['NEW', 'ASSIGNED']),
  unassignWorkOrder: STAFF_ONLY(['ASSIGNED']),
  scheduleWorkOrder: { ...STAFF_ONLY(['ASSIGNED', 'SCHEDULED']), ASSIGNEE: ['ASSIGNED', 'SCHEDULED'] },
  requestReschedule: { REQUESTER: ['SCHEDULED'] },
  reportRunningLate: { ...STAFF_ONLY(['SCHEDULED']), ASSIGNEE: ['SCHEDULED'] },
  submitCostEstimate: { ...STAFF_ONLY(['ASSIGNED', 'SCHEDULED']), ASSIGNEE: ['ASSIGNED', 'SCHEDULED'] },
  decideCostApproval: { ...STAFF_ONLY(['ASSIGNED', 'SCHEDULED']), OWNER: ['ASSIGNED', 'SCHEDULED'] },
  completeWorkOrder: { ...STAFF_ONLY(['ASSIGNED', 'SCHEDULED']), ASSIGNEE: ['ASSIGNED', 'SCHEDULED'] },
  confirmResolution: { REQUESTER: ['COMPLETED'] },
  closeWorkOrder: STAFF_ONLY(['COMPLETED']),
  reopenWorkOrder: { ...STAFF_ONLY(['COMPLETED', 'CLOSED']), REQUESTER: ['COMPLETED', 'CLOSED'] },
  cancelWorkOrder: { ...STAFF_ONLY(['NEW', 'ASSIGNED', 'SCHEDULED']), REQUESTER: ['NEW'] },
};

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

/** A valid input for each mutation (the stale version aside). */
const INPUT: Record<string, (ids: { tech: string }) => Record<string, unknown>> = {
  triageWorkOrder: () => ({ priority: 'URGENT', reason: 'matrix' }),
  assignWorkOrder: ({ tech }) => ({ assigneeId: tech }),
  unassignWorkOrder: () => ({ reason: 'matrix' }),
  scheduleWorkOrder: () => ({ window: { startsAt: inDays(2), endsAt: inDays(2.1) } }),
  requestReschedule: () => ({ windows: [{ startsAt: inDays(3), endsAt: inDays(3.1) }], reason: 'matrix' }),
  reportRunningLate: () => ({ eta: inDays(1) }),
  submitCostEstimate: () => ({ amount: { amountCents: 10000 } }),
  decideCostApproval: () => ({ approve: true }),
  completeWorkOrder: () => ({ notes: 'matrix' }),
  confirmResolution: () => ({ rating: 5 }),
  closeWorkOrder: () => ({}),
  reopenWorkOrder: () => ({ reason: 'matrix' }),
  cancelWorkOrder: () => ({ reason: 'matrix' }),
};

const INPUT_TYPE: Record<string, string> = {
  triageWorkOrder: 'TriageWorkOrderInput',
  assignWorkOrder: 'AssignWorkOrderInput',
  unassignWorkOrder: 'UnassignWorkOrderInput',
  scheduleWorkOrder: 'ScheduleWorkOrderInput',
  requestReschedule: 'RequestRescheduleInput',
  reportRunningLate: 'ReportRunningLateInput',
  submitCostEstimate: 'SubmitCostEstimateInput',
  decideCostApproval: 'DecideCostApprovalInput',
  completeWorkOrder: 'CompleteWorkOrderInput',
  confirmResolution: 'ConfirmResolutionInput',
  closeWorkOrder: 'CloseWorkOrderInput',
  reopenWorkOrder: 'ReopenWorkOrderInput',
  cancelWorkOrder: 'CancelWorkOrderInput',
};

const visible = (who: Who, status: Status): boolean =>
  who !== 'OTHER_TENANT' && who !== 'OTHER_VENDOR' && !(who === 'ASSIGNEE' && status === 'NEW');

const expected = (mutation: string, who: Who, status: Status): Outcome => {
  if (!visible(who, status)) {
    // an order the role cannot see: a role check before the lookup may still say FORBIDDEN
    return mutation === 'triageWorkOrder' && !['MANAGER', 'ADMIN'].includes(who) ? 'FORBIDDEN' : 'NOT_FOUND';
  }
  const statuses = ALLOWED[mutation]?.[who];
  if (statuses === undefined) return 'FORBIDDEN';
  return statuses.includes(status) ? 'ALLOWED' : 'INVALID_TRANSITION';
};

describe('workflow: every status × action × role', () => {
  let t: TestApp;
  const tokens = {} as Record<Who, string>;
  const orders = {} as Record<Status, string>;
  let tech: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const who of Object.keys(WHO) as Who[]) tokens[who] = await t.login(WHO[who]);
    const ids = await demoIds(t, tokens.REQUESTER);
    const [techRow] = await t.sql<{ id: number }>(
      `select t.id from technicians t join users u on u.id = t.user_id where u.email = 'tech@demo.test'`,
    );
    tech = Buffer.from(`Technician:${techRow?.id}`).toString('base64url');
    for (const status of STATUSES) {
      const created = await submit(t, tokens.REQUESTER, {
        categoryId: ids.category('GENERAL'),
        severity: 'LOW',
        title: `Matrix ${status}`,
        description: 'matrix',
      });
      const number = created.workOrder?.number;
      orders[status] = created.workOrder?.id as string;
      if (status !== 'NEW') {
        await t.sql(
          `update work_orders set status = $2, assignee_technician_id = $3, assigned_at = now(),
             appointment = case when $2 = 'SCHEDULED' then jsonb_build_object('startsAt', now() + interval '1 day', 'endsAt', now() + interval '26 hours') end,
             completed_at = case when $2 in ('COMPLETED', 'CLOSED') then now() end,
             closed_at = case when $2 = 'CLOSED' then now() end
           where number = $1`,
          [number, status, techRow?.id],
        );
      }
    }
  }, 60000);
  afterAll(() => t.stop());

  const classify = (
    r: {
      data?: Record<string, { userErrors: { code: string; field: string[] | null }[] } | null>;
      errors?: { extensions?: { code?: string } }[];
    },
    mutation: string,
  ): string => {
    const code = r.errors?.[0]?.extensions?.code;
    if (code === 'FORBIDDEN') return 'FORBIDDEN';
    if (code !== undefined) return `ERROR:${code}`;
    const userErrors = r.data?.[mutation]?.userErrors ?? [];
    if (userErrors.length === 0) return 'CHANGED';
    const first = userErrors[0];
    if (first?.code === 'CONFLICT') return 'ALLOWED';
    if (first?.code === 'NOT_FOUND' && first.field?.join('.') === 'input.workOrderId') return 'NOT_FOUND';
    if (first?.code === 'INVALID_TRANSITION') return 'INVALID_TRANSITION';
    return `USER_ERROR:${first?.code}`;
  };

  for (const mutation of Object.keys(ALLOWED)) {
    it(`${mutation}`, async () => {
      const actual: string[] = [];
      const want: string[] = [];
      for (const status of STATUSES) {
        for (const who of Object.keys(WHO) as Who[]) {
          const input = {
            workOrderId: orders[status],
            expectedVersion: 999,
            ...(INPUT[mutation] as (i: { tech: string }) => Record<string, unknown>)({ tech }),
          };
          const r = await t.gql<
            Record<string, { userErrors: { code: string; field: string[] | null }[] } | null>
          >(
            `mutation($input: ${INPUT_TYPE[mutation]}!) { ${mutation}(input: $input) { userErrors { code field } } }`,
            { input },
            tokens[who],
          );
          actual.push(`${status} ${who} ${classify(r, mutation)}`);
          want.push(`${status} ${who} ${expected(mutation, who, status)}`);
        }
      }
      expect(actual).toEqual(want);
    });
  }

  it('left every order as it was', async () => {
    const rows = await t.sql<{ title: string; status: string; version: number }>(
      `select title, status, version from work_orders where title like 'Matrix %' order by id`,
    );
    expect(rows.map((r) => `${r.title}:${r.status}`)).toEqual(STATUSES.map((s) => `Matrix ${s}:${s}`));
    expect(rows.every((r) => r.version === 1)).toBe(true);
  });

  it('lists as availableActions exactly what each role may do', async () => {
    const manager = await t.gql<{ workOrder: { availableActions: string[] } }>(
      'query($id: ID!) { workOrder(id: $id) { availableActions } }',
      { id: orders.ASSIGNED },
      tokens.MANAGER,
    );
    expect(manager.data?.workOrder.availableActions.sort()).toEqual(
      ['CANCEL', 'COMPLETE', 'REASSIGN', 'SCHEDULE', 'SUBMIT_ESTIMATE', 'UNASSIGN'].sort(),
    );
    const tenant = await t.gql<{ workOrder: { availableActions: string[] } }>(
      'query($id: ID!) { workOrder(id: $id) { availableActions } }',
      { id: orders.NEW },
      tokens.REQUESTER,
    );
    expect(tenant.data?.workOrder.availableActions).toEqual(['CANCEL']);
    const assignee = await t.gql<{ workOrder: { availableActions: string[] } }>(
      'query($id: ID!) { workOrder(id: $id) { availableActions } }',
      { id: orders.SCHEDULED },
      tokens.ASSIGNEE,
    );
    expect(assignee.data?.workOrder.availableActions.sort()).toEqual(
      ['COMPLETE', 'REPORT_RUNNING_LATE', 'RESCHEDULE', 'SUBMIT_ESTIMATE'].sort(),
    );
  });
});

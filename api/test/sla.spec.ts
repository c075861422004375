import { demoIds, submit } from './fixtures';
import { startTestApp, type TestApp } from './harness';

describe('SLA clocks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('shows the promise on the order: due times per priority, state and remaining time', async () => {
    const tenant = await t.login('tenant@demo.test');
    const ids = await demoIds(t, tenant);
    const created = await submit(t, tenant, {
      categoryId: ids.category('PLUMBING'),
      severity: 'ROUTINE',
      title: 'Gas',
      description: 'I smell gas in the kitchen',
    });
    const r = await t.gql<{
      workOrder: {
        createdAt: string;
        priority: string;
        sla: {
          state: string;
          response: { dueAt: string; state: string; remainingSeconds: number };
          resolution: { dueAt: string };
        };
      };
    }>(
      'query($id: ID!) { workOrder(id: $id) { createdAt priority sla { state response { dueAt state remainingSeconds } resolution { dueAt } } } }',
      { id: created.workOrder?.id },
      tenant,
    );
    const wo = r.data?.workOrder;
    expect(wo?.priority).toBe('EMERGENCY');
    expect(Date.parse(wo?.sla.response.dueAt ?? '') - Date.parse(wo?.createdAt ?? '')).toBe(4 * 3_600_000);
    expect(Date.parse(wo?.sla.resolution.dueAt ?? '') - Date.parse(wo?.createdAt ?? '')).toBe(24 * 3_600_000);
    expect(wo?.sla).toMatchObject({ state: 'ON_TRACK', response: { state: 'ON_TRACK' } });
    expect(wo?.sla.response.remainingSeconds).toBeGreaterThan(4 * 3600 - 60);
    const [job] = await t.sql<{ n: string }>(
      `select count(*) as n from pgboss.job where name = 'sla.check' and (data->>'workOrderId')::int = (select id from work_orders where number = $1)`,
      [created.workOrder?.number],
    );
    expect(Number(job?.n)).toBe(1);
  });

  /** An URGENT order (24 h to respond, 48 h to resolve) the demo tenant reports, and a manager's token. */
  const urgentOrder = async (title: string) => {
    const tenant = await t.login('tenant@demo.test');
    const ids = await demoIds(t, tenant);
    const created = await submit(t, tenant, {
      categoryId: ids.category('GENERAL'),
      severity: 'URGENT',
      title,
      description: 'Door hinge loose',
    });
    return { created, manager: await t.login('manager@demo.test') };
  };

  it('records at-risk and breach as events from jobs, and the breach job still fires after a restart', async () => {
    const { created, manager } = await urgentOrder('Clock');
    // the order was made 23 h 59 min 57 s ago: its 24 h response target is 3 s away and it is already at risk
    await t.sql(`update work_orders set created_at = now() - interval '86397 seconds' where number = $1`, [
      created.workOrder?.number,
    ]);
    await t.gql(
      'mutation($i: TriageWorkOrderInput!) { triageWorkOrder(input: $i) { userErrors { code } } }',
      { i: { workOrderId: created.workOrder?.id, reason: 'checked, urgent is right' } },
      manager,
    );
    const events = async () =>
      (
        await t.sql<{ data: { clock: string; state: string } }>(
          `select e.data from work_order_events e join work_orders w on w.id = e.work_order_id where w.number = $1 and e.kind = 'SLA_CHANGED' order by e.id`,
          [created.workOrder?.number],
        )
      ).map((e) => `${e.data.clock}:${e.data.state}`);
    const waitFor = async (want: string) => {
      const deadline = Date.now() + 15000;
      while (!(await events()).includes(want) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
    };
    await waitFor('response:AT_RISK');
    expect(await events()).toEqual(['response:AT_RISK']);
    await t.restart();
    await waitFor('response:BREACHED');
    expect(await events()).toEqual(['response:AT_RISK', 'response:BREACHED']);
    const r = await t.gql<{ workOrder: { sla: { state: string; response: { state: string } } } }>(
      'query($id: ID!) { workOrder(id: $id) { sla { state response { state } } } }',
      { id: created.workOrder?.id },
      await t.login('manager@demo.test'),
    );
    expect(r.data?.workOrder.sla).toEqual({ state: 'BREACHED', response: { state: 'BREACHED' } });
  }, 40000);

  it('answers the same clocks from the order and from a board page as from its whole timeline', async () => {
    const { created, manager } = await urgentOrder('Timeline');
    const number = created.workOrder?.number;
    const sla = '{ paused pausedSeconds response { dueAt metAt state } resolution { dueAt metAt state } }';
    type Sla = {
      paused: boolean;
      pausedSeconds: number;
      response: { dueAt: string; metAt: string | null; state: string };
      resolution: { dueAt: string; metAt: string | null; state: string };
    };
    const one = async (): Promise<Sla | undefined> =>
      (
        await t.gql<{ workOrder: { sla: Sla } }>(
          `query($id: ID!) { workOrder(id: $id) { sla ${sla} } }`,
          { id: created.workOrder?.id },
          manager,
        )
      ).data?.workOrder.sla;
    const onBoard = async (): Promise<Sla | undefined> =>
      (
        await t.gql<{ workOrders: { nodes: { sla: Sla }[] } }>(
          `query($f: WorkOrderFilter!) { workOrders(filter: $f, first: 1) { nodes { sla ${sla} } } }`,
          { f: { text: `#${number}` } },
          manager,
        )
      ).data?.workOrders.nodes[0]?.sla;
    const before = await one();
    // the order was made 10 hours ago; then, in order: an internal staff note, a tenant's message, a staff message
    // the tenant sees (the response), another one, and a cost approval that waited two hours on the owner
    const [row] = await t.sql<{ id: number }>(
      `update work_orders set created_at = created_at - interval '10 hours' where number = $1 returning id`,
      [number],
    );
    await t.sql(
      `insert into work_order_events (work_order_id, kind, actor_id, summary, data, internal, at)
       select $1, e.kind, null, 'test', e.data::jsonb, e.internal, w.created_at + e.after * interval '1 hour'
         from work_orders w,
              (values ('MESSAGE_POSTED', '{"fromStaff": true}', true, 1),
                      ('MESSAGE_POSTED', '{"fromStaff": false}', false, 2),
                      ('MESSAGE_POSTED', '{"fromStaff": true}', false, 3),
                      ('MESSAGE_POSTED', '{"fromStaff": true}', false, 4),
                      ('COST_APPROVAL', '{"state": "PENDING_OWNER"}', false, 5),
                      ('COST_APPROVAL', '{"state": "APPROVED"}', false, 7)) e(kind, data, internal, after)
        where w.id = $1`,
      [row?.id],
    );
    const [{ at } = { at: '' }] = await t.sql<{ at: string }>(
      `select to_json(created_at) #>> '{}' as at from work_orders where id = $1`,
      [row?.id],
    );
    const hours = (time: string | null | undefined): number =>
      (Date.parse(time ?? '') - Date.parse(at)) / 3_600_000;
    const direct = await one();
    expect(before?.pausedSeconds).toBe(0);
    expect(hours(direct?.response.metAt)).toBeCloseTo(3, 5);
    expect(direct?.response.state).toBe('MET');
    expect(direct?.pausedSeconds).toBe(2 * 3600);
    expect(direct?.paused).toBe(false);
    // URGENT: resolved within 48 hours, plus the two the owner took
    expect(hours(direct?.resolution.dueAt)).toBeCloseTo(50, 5);
    expect(await onBoard()).toEqual(direct);
  });
});

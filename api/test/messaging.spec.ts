import { demoIds, submit } from './fixtures';
import { startTestApp, type TestApp } from './harness';

const POST =
  'mutation($i: PostMessageInput!) { postMessage(input: $i) { message { id body internal author { email } } userErrors { code field message } } }';
type Posted = {
  postMessage: {
    message: { id: string; body: string; internal: boolean } | null;
    userErrors: { code: string; field: string[]; message: string }[];
  };
};

describe('messaging', () => {
  let t: TestApp;
  let tenant: string;
  let tenant2: string;
  let manager: string;
  let order: { id: string; number: number };

  beforeAll(async () => {
    t = await startTestApp();
    [tenant, tenant2, manager] = [
      await t.login('tenant@demo.test'),
      await t.login('tenant2@demo.test'),
      await t.login('manager@demo.test'),
    ];
    const ids = await demoIds(t, tenant);
    order = (
      await submit(t, tenant, {
        categoryId: ids.category('PLUMBING'),
        severity: 'URGENT',
        title: 'Drip',
        description: 'Under the sink',
      })
    ).workOrder as { id: string; number: number };
  });
  afterAll(() => t.stop());

  it('posts to the thread live; the manager sees "it’s getting worse" at once and unread counts follow', async () => {
    const managerSub = await t.subscribe<{ messageAdded: { body: string } }>(
      'subscription($id: ID!) { messageAdded(workOrderId: $id) { body } }',
      { id: order.id },
      manager,
    );
    const r = await t.gql<Posted>(POST, { i: { workOrderId: order.id, body: "It's getting worse" } }, tenant);
    expect(r.data?.postMessage.userErrors).toEqual([]);
    await expect(managerSub.next((e) => e.messageAdded.body === "It's getting worse")).resolves.toBeDefined();
    const unread = async (token: string) =>
      (
        await t.gql<{ workOrder: { unreadMessageCount: number } }>(
          'query($id: ID!) { workOrder(id: $id) { unreadMessageCount } }',
          { id: order.id },
          token,
        )
      ).data?.workOrder.unreadMessageCount;
    expect(await unread(manager)).toBe(1);
    expect(await unread(tenant)).toBe(0); // their own message
    await t.gql(
      'mutation($i: MarkMessagesReadInput!) { markMessagesRead(input: $i) { userErrors { code } } }',
      { i: { workOrderId: order.id } },
      manager,
    );
    expect(await unread(manager)).toBe(0);
    const reply = await t.gql<Posted>(
      POST,
      { i: { workOrderId: order.id, body: 'A plumber is on the way.' } },
      manager,
    );
    expect(reply.data?.postMessage.message?.internal).toBe(false);
    expect(await unread(tenant)).toBe(1);
    await managerSub.close();
  });

  it('never lets an internal note reach the tenant: list, node, search, subscription, timeline', async () => {
    const tenantSub = await t.subscribe<{ messageAdded: { body: string } }>(
      'subscription($id: ID!) { messageAdded(workOrderId: $id) { body } }',
      { id: order.id },
      tenant,
    );
    const note = await t.gql<Posted>(
      POST,
      {
        i: { workOrderId: order.id, body: 'Internal: tenant floods often, check the drain', internal: true },
      },
      manager,
    );
    const noteId = note.data?.postMessage.message?.id;
    expect(note.data?.postMessage.message?.internal).toBe(true);
    const marker = await t.gql<Posted>(
      POST,
      { i: { workOrderId: order.id, body: 'Public marker' } },
      manager,
    );
    await tenantSub.next((e) => e.messageAdded.body === 'Public marker');
    expect(tenantSub.events.map((e) => e.messageAdded.body)).toEqual(['Public marker']);

    const thread = await t.gql<{
      workOrder: {
        messages: { totalCount: number; nodes: { body: string }[] };
        timeline: { summary: string }[];
      };
    }>(
      'query($id: ID!) { workOrder(id: $id) { messages(first: 100) { totalCount nodes { body } } timeline { summary } } }',
      { id: order.id },
      tenant,
    );
    expect(thread.data?.workOrder.messages.nodes.map((m) => m.body)).not.toContain(
      'Internal: tenant floods often, check the drain',
    );
    expect(thread.data?.workOrder.messages.totalCount).toBe(3);
    expect(thread.data?.workOrder.timeline.map((e) => e.summary)).not.toContain('Internal note added');
    const node = await t.gql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: noteId },
      tenant,
    );
    expect(node.data?.node).toBeNull();
    const search = await t.gql<{ searchMessages: { body: string }[] }>(
      'query($id: ID) { searchMessages(text: "drain floods", workOrderId: $id) { body } }',
      { id: order.id },
      tenant,
    );
    expect(search.data?.searchMessages).toEqual([]);
    const staffSearch = await t.gql<{ searchMessages: { body: string }[] }>(
      '{ searchMessages(text: "drain floods") { body } }',
      {},
      manager,
    );
    expect(staffSearch.data?.searchMessages.map((m) => m.body)).toEqual([
      'Internal: tenant floods often, check the drain',
    ]);
    const tenantPostsInternal = await t.gql<Posted>(
      POST,
      { i: { workOrderId: order.id, body: 'x', internal: true } },
      tenant,
    );
    expect(tenantPostsInternal.data?.postMessage.userErrors[0]?.code).toBe('FORBIDDEN');
    expect(marker.data?.postMessage.userErrors).toEqual([]);
    await tenantSub.close();
  });

  it('keeps other tenants out of the thread and validates the body', async () => {
    const other = await t.gql<Posted>(POST, { i: { workOrderId: order.id, body: 'Hello' } }, tenant2);
    expect(other.data?.postMessage.userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
      field: ['input', 'workOrderId'],
    });
    const sub = await t.subscribe<{ messageAdded: { body: string } }>(
      'subscription($id: ID!) { messageAdded(workOrderId: $id) { body } }',
      { id: order.id },
      tenant2,
    );
    await t.gql<Posted>(POST, { i: { workOrderId: order.id, body: 'Not for tenant2' } }, tenant);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.events).toEqual([]);
    await sub.close();
    const empty = await t.gql<Posted>(POST, { i: { workOrderId: order.id, body: '   ' } }, tenant);
    expect(empty.data?.postMessage.userErrors[0]?.code).toBe('REQUIRED');
    const long = await t.gql<Posted>(POST, { i: { workOrderId: order.id, body: 'x'.repeat(5001) } }, tenant);
    expect(long.data?.postMessage.userErrors[0]).toMatchObject({
      field: ['input', 'body'],
      message: expect.stringMatching(/5000/),
    });
  });

  it('counts a staff message to the tenant as the SLA response', async () => {
    const ids = await demoIds(t, tenant);
    const fresh = (
      await submit(t, tenant, {
        categoryId: ids.category('GENERAL'),
        severity: 'LOW',
        title: 'Bulb',
        description: 'Bulb out',
      })
    ).workOrder as { id: string };
    await t.gql<Posted>(
      POST,
      { i: { workOrderId: fresh.id, body: 'We will replace it this week.' } },
      manager,
    );
    const r = await t.gql<{ workOrder: { sla: { response: { state: string; metAt: string | null } } } }>(
      'query($id: ID!) { workOrder(id: $id) { sla { response { state metAt } } } }',
      { id: fresh.id },
      manager,
    );
    expect(r.data?.workOrder.sla.response.state).toBe('MET');
  });
});

import { createECDH, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startAppProcess, type AppProcess } from './app-process';
import { demoIds, gid, submit, until } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { startSmtp, type TestSmtp, type Verdict } from './smtp';

interface Recorded {
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** A stand-in for a provider's HTTP API (Twilio, a push service): records requests, answers what `answer` says. */
const startStandIn = async (answer: (r: Recorded, index: number) => number) => {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      requests.push(recorded);
      res.statusCode = answer(recorded, requests.length);
      res.end(res.statusCode < 300 ? '{"sid":"SM1"}' : '{"message":"unavailable"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

const PREFS = `mutation($i: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $i) {
    preferences { quietHours { start end timeZone } events { template channels } }
    userErrors { code field message }
  }
}`;

describe('notifications: templates → in-app, email, SMS, push; preferences; delivery log', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let twilio: Awaited<ReturnType<typeof startStandIn>>;
  let tenant: string;
  let manager: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    // Twilio's API: the first text meets a 500, later ones are accepted.
    twilio = await startStandIn((_r, i) => (i === 1 ? 500 : 201));
    t = await startTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'repairs@fixline.example',
      PUBLIC_URL: 'https://fixline.example',
      TWILIO_ACCOUNT_SID: 'AC123',
      TWILIO_AUTH_TOKEN: 'secret-token',
      TWILIO_FROM: '+15550000',
      TWILIO_BASE_URL: twilio.url,
      NOTIFY_RETRY_BASE_SECONDS: '1',
    });
    tenant = await t.login('tenant@demo.test');
    manager = await t.login('manager@demo.test');
    ids = await demoIds(t, tenant);
  });
  afterAll(async () => {
    await t.stop();
    await smtp.stop();
    await twilio.stop();
  });

  it('tells the tenant "request received, tracking #" by email and live in-app, and the managers of the new request', async () => {
    const live = await t.subscribe<{ notificationAdded: { title: string; body: string; template: string } }>(
      'subscription { notificationAdded { title body template } }',
      {},
      tenant,
    );
    const order = (
      await submit(t, tenant, {
        categoryId: ids.category('PLUMBING'),
        severity: 'URGENT',
        title: 'Kitchen tap drips',
        description: 'Drips all night',
      })
    ).workOrder as { id: string; number: number };
    const tracking = `We got your request, tracking #${order.number}`;
    const inApp = await live.next((e) => e.notificationAdded.template === 'REQUEST_RECEIVED', 15_000);
    expect(inApp.notificationAdded.body).toBe(tracking);
    const mail = await smtp.waitFor((m) => m.to.includes('tenant@demo.test') && m.content.includes(tracking));
    expect(mail.subject).toBe(`Fixline Property Management: request #${order.number} received`);
    expect(mail.from).toBe('repairs@fixline.example');
    expect(mail.content).toContain(`https://fixline.example/requests/${order.id}`);
    const managerMail = await smtp.waitFor(
      (m) => m.to.includes('manager@demo.test') && m.subject.includes(`#${order.number}`),
    );
    expect(managerMail.subject).toBe(`New request #${order.number}: Kitchen tap drips`);
    // the tenant is not told of the managers' notification, and nobody else got the tenant's
    expect(smtp.accepted.filter((m) => m.content.includes(tracking)).map((m) => m.to)).toEqual([
      ['tenant@demo.test'],
    ]);

    const badge = await t.gql<{
      unreadNotificationCount: number;
      notifications: { nodes: { id: string }[] };
    }>('{ unreadNotificationCount notifications(first: 5, unreadOnly: true) { nodes { id } } }', {}, tenant);
    expect(badge.data?.unreadNotificationCount).toBeGreaterThanOrEqual(1);
    const read = await t.gql<{ markNotificationsRead: { unreadCount: number } }>(
      'mutation { markNotificationsRead(input: { all: true }) { unreadCount userErrors { message } } }',
      {},
      tenant,
    );
    expect(read.data?.markNotificationsRead.unreadCount).toBe(0);
    await live.close();
  });

  it('lets managers edit templates with the company’s name and logo; unknown placeholders and tenants are refused', async () => {
    const company = await t.gql<{ updateCompanyProfile: { companyProfile: { name: string } | null } }>(
      `mutation { updateCompanyProfile(input: { name: "Harbor Homes", logoUrl: "https://cdn.example/logo.png" }) {
         companyProfile { name } userErrors { message } } }`,
      {},
      manager,
    );
    expect(company.data?.updateCompanyProfile.companyProfile?.name).toBe('Harbor Homes');
    const TEMPLATE = `mutation($i: UpdateNotificationTemplateInput!) { updateNotificationTemplate(input: $i) {
      template { key body customized } userErrors { code field message } } }`;
    const bad = await t.gql<{
      updateNotificationTemplate: { userErrors: { message: string; field: string[] }[] };
    }>(TEMPLATE, { i: { key: 'REQUEST_RECEIVED', subject: 'Hi', body: 'Your ticket {nope}' } }, manager);
    expect(bad.data?.updateNotificationTemplate.userErrors[0]?.message).toMatch(
      /Unknown placeholder \{nope\}/,
    );
    expect(bad.data?.updateNotificationTemplate.userErrors[0]?.field).toEqual(['input', 'body']);
    const byTenant = await t.gql(
      TEMPLATE,
      { i: { key: 'REQUEST_RECEIVED', subject: 'x', body: 'y' } },
      tenant,
    );
    expect(byTenant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await t.gql<{ updateNotificationTemplate: { template: { customized: boolean } } }>(
      TEMPLATE,
      {
        i: {
          key: 'REQUEST_RECEIVED',
          subject: '{company} ticket #{number}',
          body: 'Thanks! Ticket #{number} is in.',
        },
      },
      manager,
    );
    expect(ok.data?.updateNotificationTemplate.template.customized).toBe(true);

    const order = (
      await submit(t, tenant, {
        categoryId: ids.category('GENERAL'),
        severity: 'LOW',
        title: 'Loose handle',
        description: 'Front door handle',
      })
    ).workOrder as { number: number };
    const mail = await smtp.waitFor((m) => m.content.includes(`Thanks! Ticket #${order.number} is in.`));
    expect(mail.subject).toBe(`Harbor Homes ticket #${order.number}`);
    expect(mail.content).toContain('https://cdn.example/logo.png');
    expect(mail.content).toMatch(/From: "?Harbor Homes"?/);
    await t.gql(
      'mutation { resetNotificationTemplate(input: { key: REQUEST_RECEIVED }) { template { key } } }',
      {},
      manager,
    );
  });

  it('follows preferences: email off for "assigned", SMS on for "scheduled" (through Twilio, retried after a 500), logged per order for managers', async () => {
    await t.sql(`update users set phone = '+15550111' where email = 'tenant@demo.test'`);
    const prefs = await t.gql<{ updateNotificationPreferences: { userErrors: unknown[] } }>(
      PREFS,
      {
        i: {
          events: [
            { template: 'ASSIGNED', channels: ['IN_APP'] },
            { template: 'SCHEDULED', channels: ['IN_APP', 'SMS'] },
          ],
        },
      },
      tenant,
    );
    expect(prefs.data?.updateNotificationPreferences.userErrors).toEqual([]);
    const order = (
      await submit(t, tenant, {
        categoryId: ids.category('PLUMBING'),
        severity: 'URGENT',
        title: 'Shower cold',
        description: 'No hot water in the shower',
      })
    ).workOrder as { id: string; number: number };
    const [tech] = await t.sql<{ id: number }>('select id from technicians limit 1');
    const assigned = await t.gql<{ assignWorkOrder: { workOrder: { version: number } } }>(
      'mutation($i: AssignWorkOrderInput!) { assignWorkOrder(input: $i) { workOrder { version } } }',
      { i: { workOrderId: order.id, expectedVersion: 1, assigneeId: gid('Technician', tech?.id) } },
      manager,
    );
    const start = new Date(Date.now() + 3 * 86_400_000);
    const scheduled = await t.gql<{ scheduleWorkOrder: { userErrors: unknown[] } }>(
      'mutation($i: ScheduleWorkOrderInput!) { scheduleWorkOrder(input: $i) { userErrors { message } } }',
      {
        i: {
          workOrderId: order.id,
          expectedVersion: assigned.data?.assignWorkOrder.workOrder.version,
          window: {
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
          },
          outsideAvailabilityReason: 'Tenant agreed by phone',
        },
      },
      manager,
    );
    expect(scheduled.data?.scheduleWorkOrder.userErrors).toEqual([]);

    const texts = await until('the SMS to be accepted by Twilio', async () => {
      const accepted = twilio.requests.filter((r) => r.body.toString().includes('Appointment+scheduled+for'));
      return accepted.length >= 2 ? accepted : null;
    });
    const form = new URLSearchParams(texts[1]?.body.toString());
    expect(form.get('To')).toBe('+15550111');
    expect(form.get('From')).toBe('+15550000');
    expect(form.get('Body')).toMatch(/^Harbor Homes: Appointment scheduled for /);
    expect(texts[1]?.path).toBe('/2010-04-01/Accounts/AC123/Messages.json');
    expect(texts[1]?.headers.authorization).toBe(
      `Basic ${Buffer.from('AC123:secret-token').toString('base64')}`,
    );
    // the retry carries the same idempotency token as the first attempt
    expect(texts[1]?.headers['i-twilio-idempotency-token']).toBe(
      texts[0]?.headers['i-twilio-idempotency-token'],
    );

    const log = await until('the delivery log to show the SMS sent', async () => {
      const r = await t.gql<{
        workOrder: {
          notificationLog: {
            channel: string;
            template: string;
            status: string;
            attempts: number;
            recipient: { email: string };
          }[];
        };
      }>(
        'query($id: ID) { workOrder(id: $id) { notificationLog { channel template status attempts lastError recipient { email } } } }',
        { id: order.id },
        manager,
      );
      const rows = r.data?.workOrder.notificationLog ?? [];
      return rows.some((n) => n.channel === 'SMS' && n.status === 'SENT') ? rows : null;
    });
    const sms = log.find((n) => n.channel === 'SMS');
    expect(sms).toMatchObject({ template: 'SCHEDULED', status: 'SENT', attempts: 2 });
    expect(sms?.recipient.email).toBe('tenant@demo.test');
    const tenantChannels = log.filter((n) => n.recipient.email === 'tenant@demo.test');
    expect(tenantChannels.filter((n) => n.template === 'ASSIGNED').map((n) => n.channel)).toEqual(['IN_APP']);
    // technician told of the job
    expect(log.some((n) => n.template === 'JOB_ASSIGNED' && n.recipient.email === 'tech@demo.test')).toBe(
      true,
    );
    expect(
      smtp.accepted.some((m) => m.to.includes('tenant@demo.test') && m.subject.includes('assigned')),
    ).toBe(false);

    const byTenant = await t.gql(
      'query($id: ID) { workOrder(id: $id) { notificationLog { id } } }',
      { id: order.id },
      tenant,
    );
    expect(byTenant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('holds SMS in quiet hours until they end (email and in-app still arrive); bad quiet hours are refused', async () => {
    const bad = await t.gql<{ updateNotificationPreferences: { userErrors: { message: string }[] } }>(
      PREFS,
      { i: { quietHours: { start: '25:00', end: '07:00', timeZone: 'Europe/Paris' } } },
      tenant,
    );
    expect(bad.data?.updateNotificationPreferences.userErrors[0]?.message).toMatch(/22:00; got "25:00"/);
    const zone = await t.gql<{ updateNotificationPreferences: { userErrors: { message: string }[] } }>(
      PREFS,
      { i: { quietHours: { start: '22:00', end: '07:00', timeZone: 'Mars/Olympus' } } },
      tenant,
    );
    expect(zone.data?.updateNotificationPreferences.userErrors[0]?.message).toMatch(/Unknown time zone/);
    const hh = (d: Date) => d.toISOString().slice(11, 16);
    const now = Date.now();
    await t.gql(
      PREFS,
      {
        i: {
          events: [{ template: 'NEW_MESSAGE', channels: ['IN_APP', 'SMS'] }],
          quietHours: {
            start: hh(new Date(now - 3_600_000)),
            end: hh(new Date(now + 3_600_000)),
            timeZone: 'UTC',
          },
        },
      },
      tenant,
    );
    const [wo] = await t.sql<{ id: number }>(
      `select w.id from work_orders w join users u on u.id = w.requester_id where u.email = 'tenant@demo.test' order by w.id desc limit 1`,
    );
    await t.gql(
      'mutation($i: PostMessageInput!) { postMessage(input: $i) { message { id } } }',
      { i: { workOrderId: gid('WorkOrder', wo?.id), body: 'We will come by tomorrow' } },
      manager,
    );
    const held = await until('the held SMS', async () => {
      const rows = await t.sql<{ status: string; send_after: Date | null; attempts: number }>(
        `select n.status, n.send_after, n.attempts from notifications n join users u on u.id = n.recipient_id
          where u.email = 'tenant@demo.test' and n.template = 'NEW_MESSAGE' and n.channel = 'SMS'`,
      );
      return rows[0];
    });
    expect(held.status).toBe('PENDING');
    expect(held.attempts).toBe(0);
    expect(Math.abs((held.send_after as Date).getTime() - (now + 3_600_000))).toBeLessThan(61_000);
  });

  it('never tells a tenant of an internal note, on any channel; a staff reply reaches them', async () => {
    const [wo] = await t.sql<{ id: number }>(
      `select w.id from work_orders w join users u on u.id = w.requester_id where u.email = 'tenant@demo.test' order by w.id desc limit 1`,
    );
    const note = await t.gql<{ postMessage: { message: { id: string } } }>(
      'mutation($i: PostMessageInput!) { postMessage(input: $i) { message { id } } }',
      {
        i: { workOrderId: gid('WorkOrder', wo?.id), body: 'Tenant was rude, note for staff', internal: true },
      },
      manager,
    );
    expect(note.data?.postMessage.message.id).toBeTruthy();
    await until('the note event to be fanned out', async () => {
      const rows = await t.sql<{ n: number }>(
        `select count(*)::int as n from work_order_events where internal and notify_fanout_at is null`,
      );
      return rows[0]?.n === 0;
    });
    const reached = await t.sql<{ n: number }>(
      `select count(*)::int as n from notifications n join work_order_events e on n.source_key = 'event:' || e.id
        join users u on u.id = n.recipient_id where e.internal and u.role = 'TENANT'`,
    );
    expect(reached[0]?.n).toBe(0);
    const list = await t.gql<{ notifications: { nodes: { body: string }[] } }>(
      '{ notifications(first: 50) { nodes { body } } }',
      {},
      tenant,
    );
    expect(JSON.stringify(list.data)).not.toContain('rude');
    expect(smtp.accepted.some((m) => m.content.includes('rude'))).toBe(false);

    // another tenant cannot read this tenant's notifications by id
    const [mine] = await t.sql<{ id: number }>(
      `select n.id from notifications n join users u on u.id = n.recipient_id where u.email = 'tenant@demo.test' limit 1`,
    );
    const other = await t.login('tenant2@demo.test');
    const stolen = await t.gql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: gid('Notification', mine?.id) },
      other,
    );
    expect(stolen.data?.node).toBeNull();
    const own = await t.gql<{ node: { id: string } | null }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: gid('Notification', mine?.id) },
      tenant,
    );
    expect(own.data?.node?.id).toBe(gid('Notification', mine?.id));
  });
});

describe('notifications: web push', () => {
  let t: TestApp;
  let worker: AppProcess | undefined;
  let folder: string;

  afterAll(async () => {
    await worker?.stop();
    await t.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('pushes to a subscribed browser (VAPID, encrypted payload) and forgets a subscription the push service dropped', async () => {
    // A push service stand-in over HTTPS (web-push speaks nothing else), trusted by the worker process only.
    folder = mkdtempSync(join(tmpdir(), 'fixline-push-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-keyout',
        join(folder, 'key.pem'),
        '-out',
        join(folder, 'cert.pem'),
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const requests: Recorded[] = [];
    const pushService = createHttpsServer(
      { key: readFileSync(join(folder, 'key.pem')), cert: readFileSync(join(folder, 'cert.pem')) },
      (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          requests.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
          res.statusCode = requests.length === 1 ? 201 : 410;
          res.end();
        });
      },
    );
    await new Promise<void>((resolve) => pushService.listen(0, '127.0.0.1', resolve));
    const pushUrl = `https://127.0.0.1:${(pushService.address() as AddressInfo).port}`;

    t = await startTestApp({ RUN_WORKERS: 'false' });
    worker = await startAppProcess(t.databaseUrl, { NODE_EXTRA_CA_CERTS: join(folder, 'cert.pem') });
    const tenant = await t.login('tenant@demo.test');
    const ids = await demoIds(t, tenant);
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const key = await t.gql<{ vapidPublicKey: string }>('{ vapidPublicKey }', {}, tenant);
    expect(key.data?.vapidPublicKey).toMatch(/^[A-Za-z0-9_-]{80,}$/);
    const registered = await t.gql<{ registerPushSubscription: { pushSubscriptions: number } }>(
      'mutation($i: PushSubscriptionInput!) { registerPushSubscription(input: $i) { pushSubscriptions userErrors { message } } }',
      {
        i: {
          endpoint: `${pushUrl}/push/tenant-phone`,
          p256dh: ecdh.getPublicKey().toString('base64url'),
          auth: randomBytes(16).toString('base64url'),
        },
      },
      tenant,
    );
    expect(registered.data?.registerPushSubscription.pushSubscriptions).toBe(1);
    const submitOne = () =>
      submit(t, tenant, {
        categoryId: ids.category('GENERAL'),
        severity: 'LOW',
        title: 'Squeaky door',
        description: 'Bedroom door squeaks',
      });
    await submitOne();
    const push = await until('the push request', async () => requests[0]);
    expect(push.path).toBe('/push/tenant-phone');
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(push.headers.authorization).toMatch(/^vapid t=.+, k=/);
    expect(push.headers.ttl).toBe('86400');
    expect(push.body.toString()).not.toContain('We got your request'); // encrypted for the browser only
    await submitOne();
    await until('the expired subscription to be forgotten', async () => {
      const rows = await t.sql<{ n: number }>('select count(*)::int as n from push_subscriptions');
      return rows[0]?.n === 0;
    });
    pushService.closeAllConnections();
    await new Promise<void>((resolve) => pushService.close(() => resolve()));
  }, 90_000);
});

describe('notifications: exactly once across a delivery worker killed mid-batch', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  const workers: AppProcess[] = [];

  afterAll(async () => {
    for (const w of workers) await w.stop();
    await t.stop();
    await smtp.stop();
  });

  it('delivers every email once after a SIGKILL during sending and a restart', async () => {
    // This instance only serves requests; the delivery workers run in child processes.
    t = await startTestApp({ RUN_WORKERS: 'false' });
    let releaseHeld: (v: Verdict) => void = () => undefined;
    let heldArrived: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (heldArrived = resolve));
    smtp = await startSmtp((_mail, index) => {
      if (index !== 4) return 'accept';
      heldArrived();
      return new Promise<Verdict>((resolve) => (releaseHeld = resolve));
    });
    const env = { SMTP_URL: smtp.url, NOTIFY_LEASE_SECONDS: '1' };
    workers.push(await startAppProcess(t.databaseUrl, env));
    for (const email of ['tenant@demo.test', 'tenant2@demo.test', 'tenant3@demo.test', 'tenant4@demo.test']) {
      const token = await t.login(email);
      const own = await demoIds(t, token);
      await submit(t, token, {
        categoryId: own.category('GENERAL'),
        severity: 'LOW',
        title: `Hallway light out (${email})`,
        description: 'Bulb',
      });
    }
    await held; // the worker is in the middle of sending the 4th mail of its batch
    await workers[0]?.crash();
    releaseHeld('reject'); // its connection died before the server accepted the mail

    workers.push(await startAppProcess(t.databaseUrl, env));
    const rows = await until(
      'every email notification to be sent',
      async () => {
        const [pending] = await t.sql<{ n: number }>(
          'select count(*)::int as n from work_order_events where notify_fanout_at is null',
        );
        const all = await t.sql<{ id: number; status: string; attempts: number }>(
          `select id, status, attempts from notifications where channel = 'EMAIL' order by id`,
        );
        return pending?.n === 0 && all.length >= 8 && all.every((r) => r.status === 'SENT') ? all : null;
      },
      30_000,
    );
    const expected = rows.map((r) => `<notification-${r.id}@fixline.notifications>`).sort();
    // each mailbox holds each notification once: none lost, none twice
    expect(
      smtp
        .delivered()
        .map((m) => m.messageId)
        .sort(),
    ).toEqual(expected);
    // Only mails in flight at the kill were sent again (same Message-ID): the held one the server never accepted,
    // and any whose 250 arrived just before the kill but whose SENT the dead worker never recorded.
    const retried = rows
      .filter((r) => r.attempts >= 2)
      .map((r) => `<notification-${r.id}@fixline.notifications>`);
    expect(retried.length).toBeGreaterThanOrEqual(1);
    const transmissions = smtp.accepted.map((m) => m.messageId);
    for (const id of new Set(transmissions)) {
      const times = transmissions.filter((x) => x === id).length;
      expect(times === 1 || retried.includes(id)).toBe(true);
    }
  }, 120_000);
});

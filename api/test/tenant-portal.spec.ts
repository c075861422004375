import { demoIds, gid, submit, until } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { startSmtp, type TestSmtp } from './smtp';

/** A minimal PDF: enough for the server's type sniffing. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

interface UnitFacts {
  id: string;
  label: string;
  property: { id: string; name: string };
  tenancies: { id: string }[];
}

const upload = async (t: TestApp, token: string, bytes: Buffer, name: string) => {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const res = await fetch(`${t.url}/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as { id?: string; error?: string } };
};

const DOCUMENTS = `query($unitId: ID) { documents(first: 20, unitId: $unitId) {
  totalCount nodes { id kind title unit { label } file { id url contentType } } } }`;

const LEDGER = `query($tenancyId: ID) { rentLedger(tenancyId: $tenancyId) {
  balance { amountCents currency } overdue { amountCents } nextDue { dueOn amount { amountCents } overdue }
  entries { id kind amount { amountCents } date description reference } } }`;

const RECORD = `mutation($input: RecordRentEntryInput!) { recordRentEntry(input: $input) {
  ledger { balance { amountCents } nextDue { dueOn amount { amountCents } } entries { id } }
  userErrors { code field message } } }`;

const IMPORT = `mutation($input: ImportRentLedgerInput!) { importRentLedger(input: $input) {
  imported duplicates rowErrors { line column message } userErrors { code field message } } }`;

const COMMON = `query($search: String, $propertyId: ID) { commonAreaRequests(search: $search, propertyId: $propertyId) {
  id number title location status affectedCount reportedByMe meToo } }`;

const ME_TOO = `mutation($id: ID!) { addMeToo(workOrderId: $id) {
  request { id affectedCount meToo } userErrors { code message } } }`;

const INVITE = `mutation($input: InviteTenantsInput!) { inviteTenants(input: $input) {
  lines { line email unitLabel outcome } rowErrors { line column message } userErrors { code field message } } }`;

const ACCEPT = `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) {
  token user { email role units { label } } userErrors { code field message } } }`;

const firstOfNextMonth = (): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
};

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('tenant portal: documents, rent ledger, common areas, invites', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let manager: string;
  let tenant: string;
  let tenant2: string;
  let elsewhere: string;
  let home: UnitFacts;
  let home2: UnitFacts;

  const unitOf = async (token: string): Promise<UnitFacts> => {
    const r = await t.gql<{ viewer: { units: UnitFacts[] } }>(
      '{ viewer { units { id label property { id name } tenancies { id } } } }',
      {},
      token,
    );
    const unit = r.data?.viewer.units[0];
    if (!unit) throw new Error(JSON.stringify(r.errors));
    return unit;
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, RENT_REMINDER_INTERVAL_SECONDS: '1' });
    [manager, tenant, tenant2] = await Promise.all([
      t.login('manager@demo.test'),
      t.login('tenant@demo.test'),
      t.login('tenant2@demo.test'),
    ]);
    home = await unitOf(tenant);
    home2 = await unitOf(tenant2);
    for (let i = 3; i <= 25; i += 1) {
      const token = await t.login(`tenant${i}@demo.test`);
      if ((await unitOf(token)).property.id !== home.property.id) {
        elsewhere = token;
        break;
      }
    }
  }, 60_000);

  afterAll(async () => {
    await t?.stop();
    await smtp?.stop();
  });

  describe('documents', () => {
    let leaseId: string;
    let leaseFileId: string;
    let noticeId: string;

    it('a manager files a lease for one tenancy and a notice for a whole unit', async () => {
      expect(home.property.id).toBe(home2.property.id);
      const lease = await upload(t, manager, PDF, 'Lease 2026.pdf');
      expect(lease.status).toBe(201);
      const added = await t.gql<{
        addDocument: { document: { id: string; file: { id: string } } | null; userErrors: unknown[] };
      }>(
        `mutation($input: AddDocumentInput!) { addDocument(input: $input) {
           document { id file { id } } userErrors { code field message } } }`,
        {
          input: {
            attachmentId: lease.body.id,
            kind: 'LEASE',
            title: 'Lease 2026',
            tenancyId: home.tenancies[0]?.id,
          },
        },
        manager,
      );
      expect(added.data?.addDocument.userErrors).toEqual([]);
      leaseId = added.data?.addDocument.document?.id as string;
      leaseFileId = added.data?.addDocument.document?.file.id as string;

      const notice = await upload(t, manager, PDF, 'notice.pdf');
      const noticeAdded = await t.gql<{ addDocument: { document: { id: string } | null } }>(
        `mutation($input: AddDocumentInput!) { addDocument(input: $input) { document { id } } }`,
        {
          input: {
            attachmentId: notice.body.id,
            kind: 'NOTICE',
            title: 'Water off Friday',
            unitId: home2.id,
          },
        },
        manager,
      );
      noticeId = noticeAdded.data?.addDocument.document?.id as string;
      expect(noticeId).toBeTruthy();
    });

    it('refuses bad input with errors naming the field, and a file already in use', async () => {
      const file = await upload(t, manager, PDF, 'x.pdf');
      const bad = await t.gql<{ addDocument: { userErrors: { code: string; field: string[] }[] } }>(
        `mutation($input: AddDocumentInput!) { addDocument(input: $input) { userErrors { code field message } } }`,
        {
          input: {
            attachmentId: file.body.id,
            kind: 'RECEIPT',
            title: 'x',
            unitId: home.id,
            tenancyId: home.tenancies[0]?.id,
          },
        },
        manager,
      );
      expect(bad.data?.addDocument.userErrors[0]).toMatchObject({ code: 'INVALID' });
      const blank = await t.gql<{ addDocument: { userErrors: { code: string; field: string[] }[] } }>(
        `mutation($input: AddDocumentInput!) { addDocument(input: $input) { userErrors { code field message } } }`,
        { input: { attachmentId: file.body.id, kind: 'RECEIPT', title: '  ', unitId: home.id } },
        manager,
      );
      expect(blank.data?.addDocument.userErrors[0]).toMatchObject({
        code: 'INVALID',
        field: ['input', 'title'],
      });
      const reused = await t.gql<{ addDocument: { userErrors: { code: string; field: string[] }[] } }>(
        `mutation($input: AddDocumentInput!) { addDocument(input: $input) { userErrors { code field message } } }`,
        { input: { attachmentId: leaseFileId, kind: 'RECEIPT', title: 'again', unitId: home.id } },
        manager,
      );
      expect(reused.data?.addDocument.userErrors[0]).toMatchObject({
        code: 'NOT_FOUND',
        field: ['input', 'attachmentId'],
      });
    });

    it('tenants upload photos and videos only, not PDFs', async () => {
      const r = await upload(t, tenant, PDF, 'fake.pdf');
      expect(r.status).toBe(415);
      expect(r.body.error).toMatch(
        /Only photos .* and videos .* can be uploaded; this file is application\/pdf/,
      );
    });

    it('each tenant lists and downloads their own documents only', async () => {
      type Docs = {
        documents: { totalCount: number; nodes: { id: string; title: string; file: { url: string } }[] };
      };
      const mine = await t.gql<Docs>(DOCUMENTS, {}, tenant);
      expect(mine.data?.documents.nodes.map((d) => d.title)).toEqual(['Lease 2026']);
      const theirs = await t.gql<Docs>(DOCUMENTS, {}, tenant2);
      expect(theirs.data?.documents.nodes.map((d) => d.title)).toEqual(['Water off Friday']);
      // asking for the other unit's documents by filter gives nothing either
      const filtered = await t.gql<Docs>(DOCUMENTS, { unitId: home2.id }, tenant);
      expect(filtered.data?.documents.totalCount).toBe(0);
      // the manager sees both
      const all = await t.gql<Docs>(DOCUMENTS, {}, manager);
      expect(all.data?.documents.nodes.map((d) => d.title)).toEqual(
        expect.arrayContaining(['Lease 2026', 'Water off Friday']),
      );

      const url = mine.data?.documents.nodes[0]?.file.url as string;
      const res = await fetch(url.startsWith('http') ? url : `${t.url}${url}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment;.*Lease%202026\.pdf/);
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    });

    it('another tenant reaches neither the document nor its file through node, nodes or the unit', async () => {
      const viaNode = await t.gql<{ node: unknown; file: unknown; nodes: unknown[] }>(
        'query($d: ID!, $f: ID!) { node(id: $d) { id } file: node(id: $f) { id } nodes(ids: [$d, $f]) { id } }',
        { d: leaseId, f: leaseFileId },
        tenant2,
      );
      expect(viaNode.data).toEqual({ node: null, file: null, nodes: [null, null] });
      const owner = await t.gql<{ node: { id: string; title: string } | null }>(
        'query($d: ID!) { node(id: $d) { id ... on Document { title } } }',
        { d: leaseId },
        tenant,
      );
      expect(owner.data?.node?.title).toBe('Lease 2026');
      // a tenant sees only their own tenancy of a unit, and no invite status
      const units = await t.gql<{
        viewer: { units: { tenancies: { tenant: { email: string; inviteStatus: string | null } }[] }[] };
      }>('{ viewer { units { tenancies { tenant { email inviteStatus } } } } }', {}, tenant);
      expect(units.data?.viewer.units[0]?.tenancies).toEqual([
        { tenant: { email: 'tenant@demo.test', inviteStatus: null } },
      ]);
      const other = await t.gql<{ node: unknown }>(
        'query($id: ID!) { node(id: $id) { id } }',
        { id: home2.tenancies[0]?.id },
        tenant,
      );
      expect(other.data?.node).toBeNull();
    });

    it('a deleted document disappears and its old link stops working', async () => {
      const before = await t.gql<{ documents: { nodes: { file: { url: string } }[] } }>(
        DOCUMENTS,
        {},
        tenant2,
      );
      const url = before.data?.documents.nodes[0]?.file.url as string;
      const del = await t.gql<{ deleteDocument: { deletedId: string; userErrors: unknown[] } }>(
        'mutation($id: ID!) { deleteDocument(id: $id) { deletedId userErrors { code } } }',
        { id: noticeId },
        manager,
      );
      expect(del.data?.deleteDocument).toEqual({ deletedId: noticeId, userErrors: [] });
      const after = await t.gql<{ documents: { totalCount: number } }>(DOCUMENTS, {}, tenant2);
      expect(after.data?.documents.totalCount).toBe(0);
      expect((await fetch(url.startsWith('http') ? url : `${t.url}${url}`)).status).toBe(404);
    });
  });

  describe('rent ledger', () => {
    type Ledger = {
      rentLedger: {
        balance: { amountCents: number; currency: string };
        overdue: { amountCents: number };
        nextDue: { dueOn: string; amount: { amountCents: number }; overdue: boolean } | null;
        entries: {
          id: string;
          kind: string;
          amount: { amountCents: number };
          date: string;
          reference: string | null;
        }[];
      } | null;
    };

    it('the tenant sees the seeded balance, next due date and history', async () => {
      const r = await t.gql<Ledger>(LEDGER, {}, tenant);
      const ledger = r.data?.rentLedger;
      expect(ledger?.entries).toHaveLength(7);
      const next = ledger?.entries.find((e) => e.date === firstOfNextMonth() && e.kind === 'CHARGE');
      expect(ledger?.nextDue).toEqual({ dueOn: firstOfNextMonth(), amount: next?.amount, overdue: false });
      expect(ledger?.balance).toEqual({ amountCents: next?.amount.amountCents, currency: 'USD' });
      expect(ledger?.overdue.amountCents).toBe(0);
    });

    it('nobody else reads a tenant’s ledger: another tenant gets null by id, node or entry', async () => {
      const byId = await t.gql<Ledger>(LEDGER, { tenancyId: home.tenancies[0]?.id }, tenant2);
      expect(byId.data?.rentLedger).toBeNull();
      const own = await t.gql<Ledger>(LEDGER, { tenancyId: home.tenancies[0]?.id }, tenant);
      const entryId = own.data?.rentLedger?.entries[0]?.id as string;
      const node = await t.gql<{ node: unknown }>(
        'query($id: ID!) { node(id: $id) { id } }',
        { id: entryId },
        tenant2,
      );
      expect(node.data?.node).toBeNull();
      const ownerView = await t.gql<Ledger>(
        LEDGER,
        { tenancyId: home.tenancies[0]?.id },
        await t.login('owner@demo.test'),
      );
      expect(ownerView.data?.rentLedger).toBeNull();
    });

    it('a manager records a payment: the balance and next due follow (payments settle the oldest charge)', async () => {
      const before = await t.gql<Ledger>(LEDGER, { tenancyId: home.tenancies[0]?.id }, manager);
      const owed = before.data?.rentLedger?.balance.amountCents as number;
      const r = await t.gql<{
        recordRentEntry: {
          ledger: { balance: { amountCents: number }; nextDue: unknown } | null;
          userErrors: unknown[];
        };
      }>(
        RECORD,
        {
          input: {
            tenancyId: home.tenancies[0]?.id,
            kind: 'PAYMENT',
            amountCents: owed - 10_000,
            date: inDays(0),
            reference: 'BANK-1',
          },
        },
        manager,
      );
      expect(r.data?.recordRentEntry.userErrors).toEqual([]);
      expect(r.data?.recordRentEntry.ledger?.balance.amountCents).toBe(10_000);
      expect(r.data?.recordRentEntry.ledger?.nextDue).toEqual({
        dueOn: firstOfNextMonth(),
        amount: { amountCents: 10_000 },
      });
      const again = await t.gql<{ recordRentEntry: { userErrors: { code: string; field: string[] }[] } }>(
        RECORD,
        {
          input: {
            tenancyId: home.tenancies[0]?.id,
            kind: 'PAYMENT',
            amountCents: 100,
            date: inDays(0),
            reference: 'BANK-1',
          },
        },
        manager,
      );
      expect(again.data?.recordRentEntry.userErrors).toEqual([
        expect.objectContaining({ code: 'CONFLICT', field: ['input', 'reference'] }),
      ]);
    });

    it('refuses a zero amount and an impossible date, naming each field', async () => {
      const r = await t.gql<{
        recordRentEntry: { ledger: unknown; userErrors: { code: string; field: string[] }[] };
      }>(
        RECORD,
        { input: { tenancyId: home.tenancies[0]?.id, kind: 'CHARGE', amountCents: 0, date: '2026-02-30' } },
        manager,
      );
      expect(r.data?.recordRentEntry.ledger).toBeNull();
      expect(r.data?.recordRentEntry.userErrors.map((e) => e.field)).toEqual(
        expect.arrayContaining([['input', 'amountCents']]),
      );
      const date = await t.gql<{
        recordRentEntry: { userErrors: { code: string; field: string[]; message: string }[] };
      }>(
        RECORD,
        { input: { tenancyId: home.tenancies[0]?.id, kind: 'CHARGE', amountCents: 5, date: '2026-02-30' } },
        manager,
      );
      expect(date.data?.recordRentEntry.userErrors).toEqual([
        expect.objectContaining({
          code: 'INVALID',
          field: ['input', 'date'],
          message: expect.stringMatching(/2026-02-30/),
        }),
      ]);
    });

    it('imports a CSV all or nothing, reports every wrong line, and skips known references on a second run', async () => {
      const count = async () =>
        (await t.gql<Ledger>(LEDGER, { tenancyId: home2.tenancies[0]?.id }, manager)).data?.rentLedger
          ?.entries.length;
      const before = await count();
      const bad = [
        'tenant_email,unit,kind,amount,date,description,reference',
        `tenant2@demo.test,${home2.label},charge,75.00,${inDays(20)},Parking,PK-1`,
        'nobody@demo.test,,charge,75.00,2026-12-01,,',
        `tenant2@demo.test,,refund,1O0,2026-13-01,,`,
      ].join('\n');
      const r = await t.gql<{
        importRentLedger: { imported: number; rowErrors: { line: number; column: string }[] };
      }>(IMPORT, { input: { csv: bad } }, manager);
      expect(r.data?.importRentLedger.imported).toBe(0);
      expect(r.data?.importRentLedger.rowErrors.map((e) => `${e.line}:${e.column}`)).toEqual([
        '3:tenant_email',
        '4:kind',
        '4:amount',
        '4:date',
      ]);
      expect(await count()).toBe(before);

      const good = [
        'Tenant Email;Kind;Amount;Date;Reference',
        `tenant2@demo.test;charge;"1,250.50";${inDays(20)};PK-1`,
        `tenant2@demo.test;payment;75;${inDays(0)};TX-9`,
      ].join('\n');
      const dry = await t.gql<{ importRentLedger: { imported: number; duplicates: number } }>(
        IMPORT,
        { input: { csv: good, dryRun: true } },
        manager,
      );
      expect(dry.data?.importRentLedger).toMatchObject({ imported: 2, duplicates: 0 });
      expect(await count()).toBe(before);
      const real = await t.gql<{ importRentLedger: { imported: number; duplicates: number } }>(
        IMPORT,
        { input: { csv: good } },
        manager,
      );
      expect(real.data?.importRentLedger).toMatchObject({ imported: 2, duplicates: 0 });
      expect(await count()).toBe((before as number) + 2);
      const twice = await t.gql<{ importRentLedger: { imported: number; duplicates: number } }>(
        IMPORT,
        { input: { csv: good } },
        manager,
      );
      expect(twice.data?.importRentLedger).toMatchObject({ imported: 0, duplicates: 2 });
      expect(await count()).toBe((before as number) + 2);
      const ledger = await t.gql<Ledger>(LEDGER, { tenancyId: home2.tenancies[0]?.id }, manager);
      expect(ledger.data?.rentLedger?.entries.find((e) => e.reference === 'PK-1')?.amount.amountCents).toBe(
        125_050,
      );
    });

    it('names missing columns and the row limit', async () => {
      const r = await t.gql<{ importRentLedger: { userErrors: { message: string; field: string[] }[] } }>(
        IMPORT,
        { input: { csv: 'tenant_email,amount\nx@y.z,1' } },
        manager,
      );
      expect(r.data?.importRentLedger.userErrors[0]).toMatchObject({
        field: ['input', 'csv'],
        message: expect.stringMatching(/^Missing columns: kind, date/),
      });
      const many = [
        'tenant_email,kind,amount,date',
        ...Array.from({ length: 5001 }, () => 'a@b.cd,charge,1,2026-01-01'),
      ];
      const big = await t.gql<{ importRentLedger: { userErrors: { message: string }[] } }>(
        IMPORT,
        { input: { csv: many.join('\n') } },
        manager,
      );
      expect(big.data?.importRentLedger.userErrors[0]?.message).toBe(
        'At most 5000 rows per file; this one has 5001.',
      );
    });

    it('reminds a tenant once of rent coming due that is not paid yet, and not of a paid one', async () => {
      const charge = await t.gql<{ recordRentEntry: { userErrors: unknown[] } }>(
        RECORD,
        {
          input: {
            tenancyId: home2.tenancies[0]?.id,
            kind: 'CHARGE',
            amountCents: 420_000,
            date: inDays(1),
            description: 'Storage',
            reference: 'ST-1',
          },
        },
        manager,
      );
      expect(charge.data?.recordRentEntry.userErrors).toEqual([]);
      // tenant@ has credit enough to cover a new charge due tomorrow: no reminder for it
      await t.gql(
        RECORD,
        {
          input: { tenancyId: home.tenancies[0]?.id, kind: 'PAYMENT', amountCents: 200_000, date: inDays(0) },
        },
        manager,
      );
      await t.gql(
        RECORD,
        {
          input: {
            tenancyId: home.tenancies[0]?.id,
            kind: 'CHARGE',
            amountCents: 4_200,
            date: inDays(1),
            reference: 'ST-2',
          },
        },
        manager,
      );

      const mail = await smtp.waitFor(
        (m) => m.to.includes('tenant2@demo.test') && /rent of/.test(m.subject),
        20_000,
      );
      // the imported $75 payment already covers part of it: payments settle the oldest charge first (on the last day
      // of a month next month's rent, due the same day but recorded earlier, takes it)
      const expected = inDays(1) === firstOfNextMonth() ? '$4,200.00' : '$4,125.00';
      expect(mail.content).toContain(`${expected} is due on`);
      const inApp = await t.gql<{ notifications: { nodes: { title: string; url: string }[] } }>(
        '{ notifications(first: 5) { nodes { title url } } }',
        {},
        tenant2,
      );
      expect(inApp.data?.notifications.nodes[0]?.url).toMatch(/\/rent$/);
      // several more reminder ticks pass: still one reminder per charge and channel
      await new Promise((r) => setTimeout(r, 2_500));
      const rows = await t.sql<{ source_key: string; channel: string; email: string }>(
        `select n.source_key, n.channel, u.email from notifications n join users u on u.id = n.recipient_id
          where n.template = 'RENT_DUE' order by n.source_key, n.channel`,
      );
      expect(rows.filter((r) => r.email === 'tenant@demo.test')).toEqual([]);
      const tenant2Rows = rows.filter((r) => r.email === 'tenant2@demo.test');
      expect(new Set(tenant2Rows.map((r) => r.source_key)).size).toBe(1);
      expect(tenant2Rows.map((r) => r.channel)).toEqual(['EMAIL', 'IN_APP']);
      expect(
        smtp.accepted.filter((m) => m.to.includes('tenant2@demo.test') && /rent of/.test(m.subject)),
      ).toHaveLength(1);
    });
  });

  describe('common areas: "me too" instead of a duplicate', () => {
    let orderId: string;
    type Common = {
      commonAreaRequests: {
        id: string;
        title: string;
        affectedCount: number;
        reportedByMe: boolean;
        meToo: boolean;
      }[];
    };

    beforeAll(async () => {
      const ids = await demoIds(t, tenant2);
      const r = await submit(t, tenant2, {
        unitId: home2.id,
        locationKind: 'COMMON_AREA',
        locationDetail: 'Laundry room',
        categoryId: ids.category('APPLIANCES'),
        severity: 'ROUTINE',
        title: 'Dryer not heating',
        description: 'The left dryer runs but stays cold.',
      });
      expect(r.userErrors).toEqual([]);
      orderId = r.workOrder?.id as string;
      // a request inside a unit never shows to neighbours
      await submit(t, tenant2, {
        unitId: home2.id,
        categoryId: ids.category('PLUMBING'),
        severity: 'ROUTINE',
        title: 'Dryer vent in my bathroom drips',
        description: 'Private matter.',
      });
    });

    it('neighbours see it, found as they type; tenants of other buildings do not', async () => {
      const typed = await t.gql<Common>(COMMON, { search: 'dry', propertyId: home.property.id }, tenant);
      expect(typed.data?.commonAreaRequests.map((r) => r.title)).toEqual(['Dryer not heating']);
      expect(typed.data?.commonAreaRequests[0]).toMatchObject({
        affectedCount: 1,
        reportedByMe: false,
        meToo: false,
      });
      const miss = await t.gql<Common>(COMMON, { search: 'elevator' }, tenant);
      expect(miss.data?.commonAreaRequests).toEqual([]);
      const sentence = await t.gql<Common>(COMMON, { search: 'the DRYER is not hot' }, tenant);
      expect(sentence.data?.commonAreaRequests.map((r) => r.title)).toEqual(['Dryer not heating']);
      const noise = await t.gql<Common>(COMMON, { search: 'is the' }, tenant);
      expect(noise.data?.commonAreaRequests).toEqual([]);
      const own = await t.gql<Common>(COMMON, {}, tenant2);
      expect(own.data?.commonAreaRequests.find((r) => r.id === orderId)?.reportedByMe).toBe(true);
      const other = await t.gql<Common>(COMMON, {}, elsewhere);
      expect(other.data?.commonAreaRequests.some((r) => r.id === orderId)).toBe(false);
      const otherProperty = await t.gql<Common>(COMMON, { propertyId: home.property.id }, elsewhere);
      expect(otherProperty.data?.commonAreaRequests).toEqual([]);
      const refused = await t.gql<{ addMeToo: { userErrors: { code: string }[] } }>(
        ME_TOO,
        { id: orderId },
        elsewhere,
      );
      expect(refused.data?.addMeToo.userErrors[0]?.code).toBe('NOT_FOUND');
      // the neighbour still cannot open the order itself
      const node = await t.gql<{ node: unknown }>(
        'query($id: ID!) { node(id: $id) { id } }',
        { id: orderId },
        tenant,
      );
      expect(node.data?.node).toBeNull();
    });

    it('"me too" counts once per tenant; the reporter cannot; managers see how many are affected', async () => {
      const first = await t.gql<{ addMeToo: { request: { affectedCount: number; meToo: boolean } } }>(
        ME_TOO,
        { id: orderId },
        tenant,
      );
      expect(first.data?.addMeToo.request).toMatchObject({ affectedCount: 2, meToo: true });
      const second = await t.gql<{ addMeToo: { request: { affectedCount: number } } }>(
        ME_TOO,
        { id: orderId },
        tenant,
      );
      expect(second.data?.addMeToo.request.affectedCount).toBe(2);
      const self = await t.gql<{ addMeToo: { userErrors: { code: string }[] } }>(
        ME_TOO,
        { id: orderId },
        tenant2,
      );
      expect(self.data?.addMeToo.userErrors[0]?.code).toBe('CONFLICT');
      const staff = await t.gql<{ workOrder: { affectedCount: number } }>(
        'query($id: ID) { workOrder(id: $id) { affectedCount } }',
        { id: orderId },
        manager,
      );
      expect(staff.data?.workOrder.affectedCount).toBe(2);
      const removed = await t.gql<{ removeMeToo: { request: { affectedCount: number; meToo: boolean } } }>(
        'mutation($id: ID!) { removeMeToo(workOrderId: $id) { request { affectedCount meToo } } }',
        { id: orderId },
        tenant,
      );
      expect(removed.data?.removeMeToo.request).toEqual({ affectedCount: 1, meToo: false });
    });

    it('a cancelled request leaves the list, takes no more "me too", and tells those affected', async () => {
      await t.gql(ME_TOO, { id: orderId }, tenant);
      const version = await t.gql<{ workOrder: { version: number } }>(
        'query($id: ID) { workOrder(id: $id) { version } }',
        { id: orderId },
        manager,
      );
      const cancel = await t.gql<{ cancelWorkOrder: { userErrors: unknown[] } }>(
        'mutation($i: CancelWorkOrderInput!) { cancelWorkOrder(input: $i) { userErrors { code message } } }',
        {
          i: {
            workOrderId: orderId,
            expectedVersion: version.data?.workOrder.version,
            reason: 'Dryer replaced',
          },
        },
        manager,
      );
      expect(cancel.data?.cancelWorkOrder.userErrors).toEqual([]);
      const list = await t.gql<Common>(COMMON, {}, tenant);
      expect(list.data?.commonAreaRequests.some((r) => r.id === orderId)).toBe(false);
      const late = await t.gql<{ addMeToo: { userErrors: { code: string }[] } }>(
        ME_TOO,
        { id: orderId },
        tenant,
      );
      expect(late.data?.addMeToo.userErrors[0]?.code).toBe('NOT_FOUND');
      const told = await until('the "me too" tenant is told', async () => {
        const r = await t.gql<{ notifications: { nodes: { title: string; body: string; url: string }[] } }>(
          '{ notifications(first: 10) { nodes { title body url } } }',
          {},
          tenant,
        );
        return r.data?.notifications.nodes.find((n) => n.title.includes('Dryer not heating closed'));
      });
      expect(told.body).toMatch(/which you reported too, was closed/);
      expect(told.url).toMatch(/\/building$/);
      // tenants of other buildings hear nothing
      const others = await t.gql<{ notifications: { nodes: { title: string }[] } }>(
        '{ notifications(first: 10) { nodes { title } } }',
        {},
        elsewhere,
      );
      expect(others.data?.notifications.nodes.some((n) => n.title.includes('Dryer'))).toBe(false);
    });
  });

  describe('launch kit: portal link, CSV invites, accept-invite', () => {
    /** A property with vacant units, one of its units with a tenant, and that tenant. */
    let place: { id: string; name: string; vacant: string[]; occupied: string; resident: string };

    beforeAll(async () => {
      const r = await t.gql<{
        properties: {
          nodes: {
            id: string;
            name: string;
            units: { label: string; tenancies: { tenant: { email: string } }[] }[];
          }[];
        };
      }>(
        '{ properties(first: 50) { nodes { id name units { label tenancies { tenant { email } } } } } }',
        {},
        manager,
      );
      for (const p of r.data?.properties.nodes ?? []) {
        const vacant = p.units.filter((u) => u.tenancies.length === 0).map((u) => u.label);
        const occupied = p.units.find((u) => u.tenancies.length === 1);
        if (vacant.length >= 2 && occupied) {
          place = {
            id: p.id,
            name: p.name,
            vacant,
            occupied: occupied.label,
            resident: occupied.tenancies[0]?.tenant.email as string,
          };
          return;
        }
      }
      throw new Error('the demo data has no property with two vacant units');
    });

    const linkIn = (content: string): string => {
      const match = /accept-invite#token=([A-Za-z0-9_-]+)/.exec(content);
      if (!match?.[1]) throw new Error('no invite link in the mail');
      return match[1];
    };

    it('every property has a public portal link that greets its tenants', async () => {
      const r = await t.gql<{ node: { name: string; portalUrl: string } }>(
        'query($id: ID!) { node(id: $id) { ... on Property { name portalUrl } } }',
        { id: home.property.id },
        manager,
      );
      expect(r.data?.node.portalUrl).toBe(`${t.app.config.publicUrl}/welcome/${home.property.id}`);
      const welcome = await t.gql<{
        portalWelcome: { propertyName: string; emergencyHotline: string } | null;
      }>('query($id: ID!) { portalWelcome(propertyId: $id) { propertyName emergencyHotline } }', {
        id: home.property.id,
      });
      expect(welcome.data?.portalWelcome?.propertyName).toBe(home.property.name);
      const unknown = await t.gql<{ portalWelcome: unknown }>(
        '{ portalWelcome(propertyId: "UHJvcGVydHk6OTk5") { propertyName } }',
      );
      expect(unknown.data?.portalWelcome).toBeNull();
    });

    it('a CSV with wrong lines invites nobody and says what is wrong on which line', async () => {
      const [vacant] = place.vacant;
      const users = async () => (await t.sql<{ n: number }>('select count(*)::int as n from users'))[0]?.n;
      const before = await users();
      const csv = [
        'email,unit,name',
        `new.one@example.test,${vacant},New One`,
        `not-an-email,${vacant},X`,
        `manager@demo.test,${vacant},Boss`,
        'new.one@example.test,Z-999,Again',
      ].join('\n');
      const r = await t.gql<{
        inviteTenants: { lines: unknown[]; rowErrors: { line: number; column: string; message: string }[] };
      }>(INVITE, { input: { propertyId: place.id, csv } }, manager);
      expect(r.data?.inviteTenants.lines).toEqual([]);
      expect(r.data?.inviteTenants.rowErrors.map((e) => `${e.line}:${e.column}`)).toEqual([
        '3:email',
        '4:email',
        '5:email',
        '5:unit',
      ]);
      expect(r.data?.inviteTenants.rowErrors[1]?.message).toMatch(/already has a manager account/);
      expect(await users()).toBe(before);
      const noHeader = await t.gql<{ inviteTenants: { userErrors: { message: string }[] } }>(
        INVITE,
        { input: { propertyId: place.id, csv: 'mail,flat\nx@y.zz,1' } },
        manager,
      );
      expect(noHeader.data?.inviteTenants.userErrors[0]?.message).toMatch(/^Missing columns: email, unit/);
    });

    it('invites by email exactly once; the link sets a password once and signs the tenant in', async () => {
      const [unitA, unitB] = place.vacant;
      const csv = [
        'email,unit,name',
        `Ana.New@Example.test,${unitA},Ana New`,
        `ben.new@example.test,${unitB},`,
        `${place.resident},${place.occupied},Already Here`,
      ].join('\n');
      const dry = await t.gql<{ inviteTenants: { lines: { outcome: string }[] } }>(
        INVITE,
        { input: { propertyId: place.id, csv, dryRun: true } },
        manager,
      );
      expect(dry.data?.inviteTenants.lines.map((l) => l.outcome)).toEqual([
        'INVITED',
        'INVITED',
        'ALREADY_ACTIVE',
      ]);
      expect((await t.sql('select 1 from users where email = $1', ['ana.new@example.test'])).length).toBe(0);

      const r = await t.gql<{
        inviteTenants: { lines: { email: string; outcome: string }[]; userErrors: unknown[] };
      }>(INVITE, { input: { propertyId: place.id, csv } }, manager);
      expect(r.data?.inviteTenants.lines).toEqual([
        expect.objectContaining({ email: 'ana.new@example.test', outcome: 'INVITED' }),
        expect.objectContaining({ email: 'ben.new@example.test', outcome: 'INVITED' }),
        expect.objectContaining({ email: place.resident, outcome: 'ALREADY_ACTIVE' }),
      ]);
      const anaMail = await smtp.waitFor((m) => m.to.includes('ana.new@example.test'));
      expect(anaMail.subject).toContain(place.name);
      await smtp.waitFor((m) => m.to.includes('ben.new@example.test'));
      const token = linkIn(anaMail.content);

      const roster = await t.gql<{
        node: {
          units: { label: string; tenancies: { tenant: { email: string; inviteStatus: string } }[] }[];
        };
      }>(
        'query($id: ID!) { node(id: $id) { ... on Property { units { label tenancies { tenant { email inviteStatus } } } } } }',
        { id: place.id },
        manager,
      );
      const statusOf = (email: string) =>
        roster.data?.node.units.flatMap((u) => u.tenancies).find((x) => x.tenant.email === email)?.tenant
          .inviteStatus;
      expect(statusOf('ana.new@example.test')).toBe('PENDING');
      expect(statusOf(place.resident)).toBe('ACTIVE');
      // the resident kept one tenancy of their unit (no duplicate)
      expect(roster.data?.node.units.find((u) => u.label === place.occupied)?.tenancies).toHaveLength(1);

      const cannot = await t.gql<{ login: { userErrors: { code: string }[] } }>(
        'mutation { login(input: { email: "ana.new@example.test", password: "anything-at-all" }) { userErrors { code } } }',
      );
      expect(cannot.data?.login.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');

      const shown = await t.gql<{ invitation: { email: string; name: string } | null }>(
        'query($t: String!) { invitation(token: $t) { email name } }',
        { t: token },
      );
      expect(shown.data?.invitation).toEqual({ email: 'ana.new@example.test', name: 'Ana New' });
      const short = await t.gql<{
        acceptInvite: { token: string | null; userErrors: { field: string[] }[] };
      }>(ACCEPT, { input: { token, password: 'short' } });
      expect(short.data?.acceptInvite).toMatchObject({
        token: null,
        userErrors: [{ field: ['input', 'password'] }],
      });
      const ok = await t.gql<{
        acceptInvite: { token: string; user: { email: string; units: { label: string }[] } };
      }>(ACCEPT, { input: { token, password: 'a good long password' } });
      expect(ok.data?.acceptInvite.user).toEqual({
        email: 'ana.new@example.test',
        role: 'TENANT',
        units: [{ label: unitA }],
      });
      const viewer = await t.gql<{ viewer: { email: string } }>(
        '{ viewer { email } }',
        {},
        ok.data?.acceptInvite.token,
      );
      expect(viewer.data?.viewer.email).toBe('ana.new@example.test');
      expect(await t.login('ana.new@example.test', 'a good long password')).toBeTruthy();
      const reused = await t.gql<{ acceptInvite: { userErrors: { code: string; message: string }[] } }>(
        ACCEPT,
        { input: { token, password: 'another long password' } },
      );
      expect(reused.data?.acceptInvite.userErrors[0]).toMatchObject({
        code: 'INVALID_TOKEN',
        message: expect.stringMatching(/Ask your property manager for a new one/),
      });
      expect(smtp.delivered().filter((m) => m.to.includes('ana.new@example.test'))).toHaveLength(1);
      expect(
        smtp.accepted.some((m) => m.to.includes(place.resident) && /tenant portal/.test(m.subject)),
      ).toBe(false);
    });

    it('a resent invite replaces the old link; an expired one is refused; an active tenant needs none', async () => {
      const ben = (
        await t.sql<{ id: number }>('select id from users where email = $1', ['ben.new@example.test'])
      )[0]?.id;
      const oldToken = linkIn((await smtp.waitFor((m) => m.to.includes('ben.new@example.test'))).content);
      const resent = await t.gql<{ resendInvite: { user: { email: string } | null; userErrors: unknown[] } }>(
        'mutation($id: ID!) { resendInvite(userId: $id) { user { email } userErrors { code } } }',
        { id: gid('User', ben) },
        manager,
      );
      expect(resent.data?.resendInvite).toEqual({ user: { email: 'ben.new@example.test' }, userErrors: [] });
      const second = await until(
        'the second invite email',
        async () => smtp.accepted.filter((m) => m.to.includes('ben.new@example.test'))[1],
      );
      const newToken = linkIn(second.content);
      expect(newToken).not.toBe(oldToken);
      const old = await t.gql<{ invitation: unknown }>(
        'query($t: String!) { invitation(token: $t) { email } }',
        { t: oldToken },
      );
      expect(old.data?.invitation).toBeNull();

      await t.sql(`update users set invite_expires_at = now() - interval '1 minute' where id = $1`, [ben]);
      const expired = await t.gql<{ acceptInvite: { userErrors: { code: string }[] } }>(ACCEPT, {
        input: { token: newToken, password: 'a good long password' },
      });
      expect(expired.data?.acceptInvite.userErrors[0]?.code).toBe('INVALID_TOKEN');
      const status = await t.gql<{ node: { inviteStatus: string } }>(
        'query($id: ID!) { node(id: $id) { ... on User { inviteStatus } } }',
        { id: gid('User', ben) },
        manager,
      );
      expect(status.data?.node.inviteStatus).toBe('EXPIRED');

      const tenantId = (
        await t.sql<{ id: number }>('select id from users where email = $1', ['tenant@demo.test'])
      )[0]?.id;
      const active = await t.gql<{ resendInvite: { userErrors: { code: string }[] } }>(
        'mutation($id: ID!) { resendInvite(userId: $id) { userErrors { code } } }',
        { id: gid('User', tenantId) },
        manager,
      );
      expect(active.data?.resendInvite.userErrors[0]?.code).toBe('CONFLICT');
    });
  });
});

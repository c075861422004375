import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoIds, submit, until } from '../fixtures';
import type { TestApp } from '../harness';
import { audit } from './axe';
import { ARTIFACTS, signIn, startBrowserSession } from './browser';

/** A phone: 360 px wide, touch; axe needs the page's CSP bypassed to inject its script. */
const PHONE = {
  viewport: { width: 360, height: 780 },
  isMobile: true,
  hasTouch: true,
  locale: 'en-US',
  bypassCSP: true,
} as const;

/** The smallest file the server's sniffing takes for a PDF. */
const MINIMAL_PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF';

interface UnitRow {
  id: string;
  label: string;
  tenancies: { id: string; active: boolean; tenant: { email: string } }[];
}
interface PropertyRow {
  id: string;
  name: string;
  emergencyHotline: string;
  units: UnitRow[];
}

/** How the tenant app (English, en-US) writes a YYYY-MM-DD day and an amount of money. */
const day = (yyyyMmDd: string): string =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${yyyyMmDd}T00:00:00Z`),
  );
const money = (m: { amountCents: number; currency: string }): string =>
  new Intl.NumberFormat('en', { style: 'currency', currency: m.currency }).format(m.amountCents / 100);

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `tenant-portal-${name}.png`), fullPage: true });

/** How wide the page is (at most the 360 px screen when nothing scrolls sideways). */
const pageWidth = (page: Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
      .document.documentElement;
    return root.scrollWidth;
  });

/**
 * PRODUCT.md §13–15 on a phone: the tenant's dashboard (next rent due, latest documents), the documents page with a
 * working download, the rent ledger; "me too" on a building's common-area problem from the report flow; the building's
 * welcome page and an invite accepted from its emailed link.
 */
describe('browser: the tenant portal on a phone (documents, rent, common areas, welcome, invite)', () => {
  let t: TestApp;
  let browser: Browser;
  let manager: string;
  const contexts: BrowserContext[] = [];

  const phone = async (): Promise<Page> => {
    const context = await browser.newContext(PHONE);
    contexts.push(context);
    return context.newPage();
  };

  const properties = async (): Promise<PropertyRow[]> => {
    const r = await t.gql<{ properties: { nodes: PropertyRow[] } }>(
      `{ properties(first: 50) { nodes { id name emergencyHotline
          units { id label tenancies { id active tenant { email } } } } } }`,
      {},
      manager,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.properties.nodes;
  };

  beforeAll(async () => {
    ({ t, browser } = await startBrowserSession());
    manager = await t.login('manager@demo.test');
  }, 60_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await t?.stop();
  });

  it('dashboard shows next rent due and the latest documents; the rent and documents pages work, download included', async () => {
    // Arrange: the manager files a lease (a small PDF) for tenant@'s tenancy.
    const form = new FormData();
    form.append('file', new Blob([MINIMAL_PDF], { type: 'application/pdf' }), 'lease-2026.pdf');
    const uploaded = await fetch(`${t.url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const upload = (await uploaded.json()) as { id: string; contentType: string };
    expect(upload.contentType).toBe('application/pdf');
    const tenancy = (await properties())
      .flatMap((p) => p.units)
      .flatMap((u) => u.tenancies)
      .find((x) => x.active && x.tenant.email === 'tenant@demo.test');
    expect(tenancy).toBeDefined();
    const added = await t.gql<{
      addDocument: { document: { id: string } | null; userErrors: { message: string }[] };
    }>(
      `mutation($input: AddDocumentInput!) { addDocument(input: $input) { document { id } userErrors { message } } }`,
      { input: { attachmentId: upload.id, kind: 'LEASE', title: 'Lease 2026', tenancyId: tenancy?.id } },
      manager,
    );
    expect(added.data?.addDocument.userErrors).toEqual([]);

    // What the seed put on tenant@'s ledger, as the api tells the tenant.
    const tenant = await t.login('tenant@demo.test');
    const ledger = await t.gql<{
      rentLedger: {
        nextDue: {
          dueOn: string;
          overdue: boolean;
          amount: { amountCents: number; currency: string };
        } | null;
        entries: { kind: string; description: string; date: string }[];
      } | null;
    }>(
      '{ rentLedger { nextDue { dueOn overdue amount { amountCents currency } } entries { kind description date } } }',
      {},
      tenant,
    );
    const seeded = ledger.data?.rentLedger;
    const nextDue = seeded?.nextDue;
    if (!seeded || !nextDue) throw new Error(`no seeded ledger: ${JSON.stringify(ledger)}`);
    // three past months charged and paid, and next month's charge due
    expect(seeded.entries.filter((e) => e.kind === 'CHARGE')).toHaveLength(4);
    expect(seeded.entries.filter((e) => e.kind === 'PAYMENT')).toHaveLength(3);
    expect(nextDue.overdue).toBe(false);

    const page = await phone();
    const found: string[] = [];
    await signIn(page, `${t.url}/login`, 'tenant@demo.test');

    // Home: next rent due (amount and date) and the latest documents.
    const rentCard = page.getByTestId('home-rent');
    await rentCard.getByTestId('home-rent-amount').waitFor();
    expect(await rentCard.getByTestId('home-rent-amount').innerText()).toBe(money(nextDue.amount));
    expect(await rentCard.getByTestId('home-rent-date').innerText()).toBe(`Due ${day(nextDue.dueOn)}`);
    const latest = page.getByTestId('home-document');
    await latest.filter({ hasText: 'Lease 2026' }).waitFor();
    expect(await latest.first().innerText()).toContain('Lease 2026');
    await page.waitForLoadState('networkidle');
    await shot(page, 'home');
    found.push(...(await audit(page, 'tenant-portal-home')));

    // Rent: balance, next due, and the history (newest first), fitting the phone.
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    await nav.getByRole('link', { name: 'Rent' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rent' }).waitFor();
    const rows = page.getByTestId('rent-entry');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(seeded.entries.length);
    expect(await rows.first().innerText()).toContain(seeded.entries[0]?.description ?? '?');
    expect(await page.getByTestId('rent-next-amount').innerText()).toBe(money(nextDue.amount));
    expect(await page.getByTestId('rent-next-due').innerText()).toContain(`Due ${day(nextDue.dueOn)}`);
    expect(await page.getByTestId('rent-balance').innerText()).toContain(money(nextDue.amount));
    expect(await page.getByTestId('rent-history').getByText('Payment', { exact: true }).count()).toBe(3);
    expect(await nav.getByRole('link', { name: 'Rent' }).getAttribute('aria-current')).toBe('page');
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await page.waitForLoadState('networkidle');
    await shot(page, 'rent');
    found.push(...(await audit(page, 'tenant-portal-rent')));

    // Documents: the lease with its kind, and a download that is the PDF.
    await nav.getByRole('link', { name: 'Documents' }).click();
    const lease = page.getByTestId('document').filter({ hasText: 'Lease 2026' });
    await lease.waitFor();
    expect(await lease.getByTestId('document-kind').innerText()).toBe('Lease');
    const link = lease.getByRole('link', { name: 'Download “Lease 2026”' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const saved = await download.path();
    expect((await readFile(saved)).subarray(0, 5).toString()).toBe('%PDF-');
    const href = await link.getAttribute('href');
    const file = await page.request.get(`${t.url}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toMatch(/^attachment/);
    expect((await file.body()).subarray(0, 4).toString()).toBe('%PDF');
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await page.waitForLoadState('networkidle');
    await shot(page, 'documents');
    found.push(...(await audit(page, 'tenant-portal-documents')));

    expect(found).toEqual([]);
  }, 60_000);

  it('common areas: "me too" on a neighbour’s report from the report flow, and on the building page', async () => {
    const tenant2 = await t.login('tenant2@demo.test');
    const ids = await demoIds(t, tenant2);
    const title = 'Laundry dryer rattling loudly';
    const filed = await submit(t, tenant2, {
      unitId: ids.unitId,
      locationKind: 'COMMON_AREA',
      locationDetail: 'Laundry room',
      categoryId: ids.category('APPLIANCES'),
      severity: 'ROUTINE',
      title,
      description: 'The second dryer rattles and shakes during the whole cycle.',
    });
    expect(filed.userErrors).toEqual([]);
    const workOrderId = filed.workOrder?.id;

    const page = await phone();
    const found: string[] = [];
    await signIn(page, `${t.url}/login`, 'tenant@demo.test');
    await page.getByTestId('report-problem').click();
    const next = () => page.getByTestId('intake-next').click();
    await page.getByRole('radio', { name: /^In a shared area/ }).click();
    await page.getByRole('radio', { name: /^Laundry room/ }).click();
    await next();
    await page.getByRole('radio', { name: /^Appliances/ }).click();
    await next();
    await page.getByRole('radio', { name: /^Routine/ }).click();
    await next();
    await page.getByLabel('Short title').fill('dryer');
    const suggestion = page.getByTestId('similar-request').filter({ hasText: title });
    await suggestion.waitFor();
    expect(await suggestion.getByTestId('affected-count').innerText()).toBe('1 affected');
    await shot(page, 'similar');
    await suggestion.getByRole('button', { name: 'Me too' }).click();
    const confirmation = page.getByTestId('me-too-confirmation');
    await confirmation.waitFor();
    expect(await confirmation.getByTestId('affected-count').innerText()).toBe('2 affected');
    await shot(page, 'me-too');

    // The building page: the request, 2 affected, and the toggle pressed (then off and on again).
    await confirmation.getByRole('link', { name: 'See your building' }).click();
    const card = page.getByTestId('common-area-request').filter({ hasText: title });
    await card.waitFor();
    const toggle = card.getByRole('button', { name: 'Me too' });
    expect(await card.getByTestId('affected-count').innerText()).toBe('2 affected');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.waitForLoadState('networkidle');
    await shot(page, 'building');
    found.push(...(await audit(page, 'tenant-portal-building')));
    await toggle.click();
    await card.locator('[data-testid="affected-count"][data-count="1"]').waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await card.locator('[data-testid="affected-count"][data-count="2"]').waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    // What the manager sees.
    const order = await t.gql<{ workOrder: { affectedCount: number } | null }>(
      'query($id: ID) { workOrder(id: $id) { affectedCount } }',
      { id: workOrderId },
      manager,
    );
    expect(order.data?.workOrder?.affectedCount).toBe(2);
    // and no duplicate was filed
    const mine = await t.sql<{ id: number }>(
      `select w.id from work_orders w join users u on u.id = w.requester_id
        where u.email = 'tenant@demo.test' and w.location_kind = 'COMMON_AREA'`,
    );
    expect(mine).toEqual([]);

    expect(found).toEqual([]);
  }, 60_000);

  it('welcome page of a building, then an invite accepted from its link (once)', async () => {
    // A unit without a tenant, and its building.
    const property = (await properties()).find((p) => p.units.some((u) => u.tenancies.length === 0));
    const unit = property?.units.find((u) => u.tenancies.length === 0);
    if (!property || !unit) throw new Error('the demo data has no unit without a tenant');
    const invited = await t.gql<{
      inviteTenants: {
        lines: { outcome: string }[];
        rowErrors: { message: string }[];
        userErrors: { message: string }[];
      };
    }>(
      `mutation($input: InviteTenantsInput!) { inviteTenants(input: $input) {
         lines { outcome } rowErrors { message } userErrors { message } } }`,
      {
        input: {
          propertyId: property.id,
          csv: `email,unit,name\nnew.tenant@example.test,${unit.label},New Tenant`,
        },
      },
      manager,
    );
    expect(invited.data?.inviteTenants).toEqual({
      lines: [{ outcome: 'INVITED' }],
      rowErrors: [],
      userErrors: [],
    });
    // The invite email's link, as the notification outbox holds it.
    const link = await until('the invite email', async () => {
      const [row] = await t.sql<{ url: string | null }>(
        `select n.url from notifications n join users u on u.id = n.recipient_id
          where u.email = 'new.tenant@example.test' and n.template = 'TENANT_INVITE' limit 1`,
      );
      return row?.url ?? null;
    });
    const invite = new URL(link);
    expect(invite.pathname).toBe('/accept-invite');
    expect(invite.hash).toMatch(/^#token=[\w-]{20,}$/);

    const page = await phone();
    const found: string[] = [];

    // The poster's QR code: the building's welcome page, before signing in.
    await page.goto(`${t.url}/welcome/${property.id}`);
    const welcome = page.getByTestId('welcome');
    await welcome.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`Welcome to ${property.name}`);
    expect(await page.getByTestId('welcome-company').innerText()).not.toBe('');
    expect(await page.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/login');
    expect(await page.getByTestId('welcome-hotline').getAttribute('href')).toBe(
      `tel:${property.emergencyHotline.replace(/[^\d+]/g, '')}`,
    );
    expect(await welcome.innerText()).toContain('Got an invite email?');
    await page.waitForLoadState('networkidle');
    await shot(page, 'welcome');
    found.push(...(await audit(page, 'tenant-portal-welcome')));
    await page.goto(`${t.url}/welcome/not-a-building`);
    await page.getByTestId('welcome-unknown').waitFor();

    // The invite link: whose invite, the password rule, mismatch, then in.
    await page.goto(`${t.url}/accept-invite${invite.hash}`);
    const greeting = page.getByTestId('invite-greeting');
    await greeting.waitFor();
    expect(await greeting.innerText()).toContain('New Tenant');
    await page.waitForURL((url) => url.hash === '' && !url.search.includes('token'));
    expect(page.url()).toBe(`${t.url}/accept-invite`);
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('new.tenant@example.test');
    const password = page.getByLabel('New password', { exact: true });
    const confirm = page.getByLabel('Confirm password', { exact: true });
    await page.waitForLoadState('networkidle');
    await shot(page, 'accept-invite');
    found.push(...(await audit(page, 'tenant-portal-accept-invite')));
    await password.fill('short');
    await confirm.fill('short');
    await page.getByTestId('set-password-submit').click();
    await page.getByText('Use at least 8 characters.').waitFor();
    await password.fill('a-new-password');
    await confirm.fill('a-new-passw0rd');
    await page.getByTestId('set-password-submit').click();
    await page.getByText("The two passwords don't match.").waitFor();
    await confirm.fill('a-new-password');
    await page.getByTestId('set-password-submit').click();
    await page.getByTestId('report-problem').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const stored = await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { getItem: (key: string) => string | null } }
      ).localStorage.getItem('fixline.tenant.token'),
    );
    expect(stored).toBeTruthy();
    await shot(page, 'invite-home');
    // the new password works for a normal sign-in
    await t.login('new.tenant@example.test', 'a-new-password');

    // The same link a second time: a clear message and the way to sign in.
    await page.goto(`${t.url}/accept-invite${invite.hash}`);
    const invalid = page.getByTestId('invite-invalid');
    await invalid.waitFor();
    expect(await invalid.innerText()).toContain("This invite link doesn't work any more");
    expect(await invalid.getByRole('link', { name: 'Go to sign in' }).getAttribute('href')).toBe('/login');
    await shot(page, 'invite-used');

    expect(found).toEqual([]);
  }, 60_000);
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { until } from '../fixtures';
import type { TestApp } from '../harness';
import { audit } from './axe';
import { ARTIFACTS, signIn, startBrowserSession } from './browser';

/** The smallest file the server's sniffing takes for a PDF. */
const MINIMAL_PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF';
const NEW_TENANT = 'nora.resident@example.test';

interface PropertyRow {
  id: string;
  name: string;
  portalUrl: string;
  emergencyHotline: string;
  units: { id: string; label: string; tenancies: { id: string; tenant: { email: string } }[] }[];
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `residents-${name}.png`), fullPage: true });

interface RunningAnimation {
  effect: { getTiming(): { iterations?: number } } | null;
}

/** Until every finite CSS transition and animation has finished (drawers, modals, toasts); loaders keep spinning. */
const settled = (page: Page) =>
  page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): RunningAnimation[] } }).document
      .getAnimations()
      .every((animation) => animation.effect?.getTiming().iterations === Infinity),
  );

/** Today in the browser's (and this machine's) zone, as the forms default to it. */
const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/**
 * PRODUCT.md §13 and §15 in the manager console (1440×900): the Residents page's launch kit (portal link, printable
 * QR poster), tenant invites from a CSV (a wrong line blocks everything; then sent, PENDING in the roster, the email
 * in the dev mailbox), a PDF document for one lease, a payment on a rent ledger, and a ledger CSV import (checked,
 * imported, and a second import skipping the duplicates). Axe on the page and on the ledger drawer.
 */
describe('browser: residents page (launch kit, invites, roster, documents, rent)', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let files: string;
  let manager: string;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserSession());
    manager = await t.login('manager@demo.test');
    files = mkdtempSync(join(tmpdir(), 'fixline-residents-'));
  }, 60_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await t?.stop();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  it('launch kit and poster, CSV invites, roster, a lease document, a payment, a ledger import', async () => {
    const started = Date.now();
    const listed = await t.gql<{ properties: { nodes: PropertyRow[] } }>(
      `{ properties(first: 100) { nodes { id name portalUrl emergencyHotline
          units { id label tenancies { id tenant { email } } } } } }`,
      {},
      manager,
    );
    const properties = [...(listed.data?.properties.nodes ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    const first = properties[0];
    // where the new tenant moves in: the first unit nobody leases
    const vacant = properties
      .flatMap((property) => property.units.map((unit) => ({ property, unit })))
      .find(({ unit }) => unit.tenancies.length === 0);
    if (!first || !vacant) throw new Error(`demo data: ${JSON.stringify(listed)}`);

    context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      bypassCSP: true,
    });
    const page = await context.newPage();
    const found: string[] = [];
    await signIn(page, `${t.url}/admin/login`, 'manager@demo.test');
    await page.getByTestId('nav-residents').click();
    await page.getByRole('heading', { level: 1, name: 'Residents' }).waitFor();

    // Launch kit of the first property: its portal link, to copy.
    const link = page.getByLabel('Tenant portal link');
    await link.waitFor();
    expect(await link.inputValue()).toBe(first.portalUrl);
    const picker = page.getByRole('combobox', { name: 'Property' });
    expect(await picker.inputValue()).toBe(first.name);
    await page.locator('[data-testid="roster-row"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    await settled(page);
    found.push(...(await audit(page, 'residents-page')));
    await shot(page, 'page');

    // The poster opens in its own tab: QR code of the portal link, the link, the hotline; Print is not printed.
    const [poster] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: /Print poster/ }).click(),
    ]);
    const qr = poster.getByTestId('poster-qr');
    await qr.waitFor();
    expect(await qr.getAttribute('data-value')).toBe(first.portalUrl);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const qrWidth = await qr.evaluate(async (img) => {
      const element = img as unknown as { naturalWidth: number; decode(): Promise<void> };
      await element.decode().catch(() => undefined);
      return element.naturalWidth;
    });
    expect(qrWidth).toBeGreaterThan(0);
    expect(await poster.getByTestId('poster-link').innerText()).toBe(
      first.portalUrl.replace(/^https?:\/\//, ''),
    );
    expect(await poster.getByTestId('poster-hotline').innerText()).toBe(first.emergencyHotline);
    expect(await poster.getByRole('heading', { level: 1 }).innerText()).toBe(first.name);
    expect(await poster.getByTestId('poster').innerText()).toContain('Report a repair in a minute');
    await shot(poster, 'poster');
    await poster.emulateMedia({ media: 'print' });
    expect(await poster.getByTestId('poster-print').isVisible()).toBe(false);
    expect(await qr.isVisible()).toBe(true);
    await shot(poster, 'poster-print');
    // printed, it is one page on A4 and on US Letter
    for (const format of ['A4', 'Letter']) {
      const pdf = (await poster.pdf({ format, printBackground: true })).toString('latin1');
      expect({ format, pages: pdf.match(/\/Type\s*\/Page\b/g)?.length }).toEqual({ format, pages: 1 });
    }
    await poster.close();

    // Another property, with a unit nobody leases: the new tenant moves in there.
    await picker.click();
    await page.getByRole('option', { name: vacant.property.name }).click();
    await page.locator(`[data-testid="roster-unit-empty"][data-unit="${vacant.unit.label}"]`).waitFor();
    expect(await link.inputValue()).toBe(vacant.property.portalUrl);

    // A wrong line: the check reports it (line, column, message) and nobody is invited.
    const csv = page.getByLabel('Tenants (CSV)');
    await csv.fill(
      `email,unit,name\n${NEW_TENANT},${vacant.unit.label},Nora Resident\nnot-an-email,${vacant.unit.label},Bad Line\n`,
    );
    await page.getByTestId('invite-check').click();
    await page.getByTestId('invite-row-errors').waitFor();
    const rowError = page.locator('[data-testid="csv-row-error"][data-line="3"]');
    expect(await rowError.innerText()).toMatch(/email\s+"not-an-email" is not an email address\./);
    expect(await page.getByTestId('invite-send').count()).toBe(0);
    await shot(page, 'invite-errors');
    expect(await t.sql(`select id from users where email = $1`, [NEW_TENANT])).toEqual([]);

    // Fixed: checked again, then sent after the confirmation.
    await csv.fill(`email,unit,name\n${NEW_TENANT},${vacant.unit.label},Nora Resident\n`);
    await page.getByTestId('invite-check').click();
    await page.getByTestId('invite-ready').waitFor();
    expect(
      await page
        .locator(`[data-testid="invite-line"][data-email="${NEW_TENANT}"]`)
        .getAttribute('data-outcome'),
    ).toBe('INVITED');
    await page.getByRole('button', { name: 'Send 1 invite' }).click();
    await page.getByRole('dialog', { name: /Send 1 invite for/ }).waitFor();
    await page.getByTestId('invite-confirm').click();
    await page.getByTestId('invite-sent').waitFor();
    const newRow = page.locator(`[data-testid="roster-row"][data-email="${NEW_TENANT}"]`);
    await newRow.waitFor();
    expect(await newRow.getAttribute('data-unit')).toBe(vacant.unit.label);
    const status = newRow.getByTestId('invite-status');
    expect(await status.getAttribute('data-status')).toBe('PENDING');
    expect(await status.innerText()).toBe('Invite pending');
    await shot(page, 'invited');
    // a new link on demand, with feedback
    await newRow.getByRole('button', { name: 'Resend invite to Nora Resident' }).click();
    await page.getByText(`Nora Resident gets a new link at ${NEW_TENANT}`).waitFor();

    // The invite email, kept by the api without SMTP, is in the development mailbox.
    await until('the invite email in the development mailbox', async () => {
      const mailbox = await t.gql<{ developmentMailbox: { to: string; subject: string }[] }>(
        `{ developmentMailbox(first: 20) { to subject } }`,
        {},
        manager,
      );
      return mailbox.data?.developmentMailbox.find((mail) => mail.to.includes(NEW_TENANT));
    });
    const mailbox = await context.newPage();
    await mailbox.goto(`${t.url}/admin/mailbox`);
    const mail = mailbox.locator('[data-testid="mailbox-item"]', { hasText: NEW_TENANT }).first();
    await mail.waitFor();
    expect(await mail.innerText()).toContain(`your tenant portal for ${vacant.property.name}`);
    await mailbox.close();

    // A lease (a small PDF) for one tenancy of the property's first leased unit.
    const firstRow = page.locator('[data-testid="roster-row"]').first();
    const tenantEmail = String(await firstRow.getAttribute('data-email'));
    const tenantName = String(await firstRow.getAttribute('data-name'));
    const leased = page.locator(`[data-testid="roster-row"][data-email="${tenantEmail}"]`);
    const pdf = join(files, 'lease-2026.pdf');
    writeFileSync(pdf, MINIMAL_PDF);
    await leased.getByTestId('open-documents').click();
    const documents = page.getByRole('dialog', { name: /Documents · unit/ });
    await documents.getByTestId('document-form').waitFor();
    await documents.getByTestId('document-file').setInputFiles(pdf);
    await documents.getByLabel('Title').fill('Lease 2026');
    expect(await documents.getByRole('radio', { name: `Only ${tenantName}` }).isChecked()).toBe(true);
    await documents.getByRole('button', { name: 'Add document' }).click();
    const added = documents.locator('[data-testid="document-row"][data-title="Lease 2026"]');
    await added.waitFor();
    expect(await added.innerText()).toContain(tenantName);
    expect(await added.getByTestId('document-download').getAttribute('href')).toMatch(/^\/uploads\//);
    await settled(page);
    await shot(page, 'documents');
    // deleted after a confirmation: gone from the list (and from the api)
    await added.getByRole('button', { name: 'Delete Lease 2026' }).click();
    const confirmDelete = page.getByRole('dialog', { name: 'Delete this document?' });
    await confirmDelete.getByRole('button', { name: 'Delete document' }).click();
    await documents.getByTestId('documents-empty').waitFor();
    expect(await t.sql(`select id from documents where title = 'Lease 2026'`)).toEqual([]);
    await added.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await documents.waitFor({ state: 'hidden' });

    // A payment on that tenancy's ledger: the balance goes down by it. A reference used twice is refused.
    await leased.getByTestId('open-ledger').click();
    const ledger = page.getByRole('dialog', { name: /Rent ledger · / });
    const balance = ledger.locator('[data-testid="ledger-balance"] [data-cents]');
    await balance.waitFor();
    const before = Number(await balance.getAttribute('data-cents'));
    await ledger.getByTestId('record-payment').click();
    await ledger.getByTestId('rent-entry-submit').click();
    await ledger.getByText('Enter an amount over zero.').waitFor();
    await ledger.getByLabel('Amount').fill('100');
    await ledger.getByLabel('Reference').fill('BANK-RES-1');
    await ledger.getByTestId('rent-entry-submit').click();
    await ledger.locator(`[data-testid="ledger-balance"] [data-cents="${before - 10_000}"]`).waitFor();
    await ledger.getByTestId('record-payment').click();
    await ledger.getByLabel('Amount').fill('5');
    await ledger.getByLabel('Reference').fill('BANK-RES-1');
    await ledger.getByTestId('rent-entry-submit').click();
    await ledger.getByText('This ledger already has a payment with reference "BANK-RES-1".').waitFor();
    expect(Number(await balance.getAttribute('data-cents'))).toBe(before - 10_000);
    await ledger.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForLoadState('networkidle');
    await settled(page);
    found.push(...(await audit(page, 'residents-ledger')));
    await shot(page, 'ledger');
    await page.keyboard.press('Escape');
    await ledger.waitFor({ state: 'hidden' });

    // A ledger CSV: checked (nothing written), imported, and the same file again only skips duplicates.
    const ledgerCsv = [
      'tenant_email,kind,amount,date,description,reference',
      `${tenantEmail},charge,50.00,${today()},Parking,RES-IMP-1`,
      `${tenantEmail},payment,20.00,${today()},Bank transfer,RES-IMP-2`,
    ].join('\n');
    await page.getByRole('button', { name: 'Import ledger CSV' }).click();
    const importer = page.getByRole('dialog', { name: 'Import rent ledger CSV' });
    const importText = importer.getByLabel('Charges and payments (CSV)');
    await importText.fill(ledgerCsv);
    await importer.getByTestId('ledger-check').click();
    expect(await importer.getByTestId('ledger-ready').innerText()).toContain('2 entries ready to import');
    expect(await t.sql(`select id from rent_entries where reference in ('RES-IMP-1', 'RES-IMP-2')`)).toEqual(
      [],
    );
    await importer.getByRole('button', { name: 'Import 2 entries' }).click();
    const imported = importer.getByTestId('ledger-imported');
    await imported.waitFor();
    expect(await imported.getAttribute('data-imported')).toBe('2');
    await shot(page, 'import');
    await importText.fill(ledgerCsv);
    await importer.getByTestId('ledger-check').click();
    expect(await importer.getByTestId('ledger-ready').innerText()).toContain(
      '0 entries ready to import; 2 already',
    );
    expect(await importer.getByTestId('ledger-import').isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await importer.waitFor({ state: 'hidden' });

    // The ledger shows the imported charge (+50.00) and payment (−20.00).
    await leased.getByTestId('open-ledger').click();
    await ledger
      .locator(`[data-testid="ledger-balance"] [data-cents="${before - 10_000 + 3_000}"]`)
      .waitFor();
    expect(await ledger.getByTestId('ledger-entries').innerText()).toContain('Ref. RES-IMP-1');
    // the hand-recorded payment deleted after a confirmation: the balance goes back up by it
    await ledger.getByRole('button', { name: /^Delete Payment of \$100\.00 on / }).click();
    await page
      .getByRole('dialog', { name: 'Delete this entry?' })
      .getByRole('button', { name: 'Delete entry' })
      .click();
    await ledger.locator(`[data-testid="ledger-balance"] [data-cents="${before + 3_000}"]`).waitFor();

    await page.keyboard.press('Escape');
    await ledger.waitFor({ state: 'hidden' });

    // Down to a 1024 px wide window: nothing wider than the screen.
    await page.setViewportSize({ width: 1024, height: 768 });
    await settled(page);
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
            .documentElement.scrollWidth,
      ),
    ).toBeLessThanOrEqual(1024);
    await shot(page, '1024');

    await context.close();
    context = undefined;
    expect(found).toEqual([]);
    process.stdout.write(`residents: ${Date.now() - started} ms\n`);
  }, 120_000);
});

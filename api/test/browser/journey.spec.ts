import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import type { TestApp } from '../harness';
import { ARTIFACTS, signIn as signInAt, startBrowserSession } from './browser';

/**
 * PRODUCT.md journey 1, in Chromium: a tenant reports "water is flooding my bathroom" as Routine with a photo on a
 * phone; it becomes an EMERGENCY with the reason and the hotline; the manager's already open board shows the card
 * without a reload, and its drawer shows the photo.
 */
describe('browser: a tenant report appears live on the manager board', () => {
  let t: TestApp;
  let browser: Browser;
  let photos: string;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserSession());
    photos = mkdtempSync(join(tmpdir(), 'fixline-journey1-'));
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    if (photos) rmSync(photos, { recursive: true, force: true });
  });

  it('journey 1', async () => {
    const admin = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signInAt(admin, `${t.url}/admin/`, 'manager@demo.test');
    await admin.getByTestId('board-column-NEW').waitFor();
    await admin.getByTestId('connection-status').filter({ hasText: 'Live' }).waitFor();
    await admin.evaluate(() => Object.assign(globalThis, { __boardLoadedOnce: true }));

    const phone = await browser.newPage({
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    });
    await signInAt(phone, `${t.url}/`, 'tenant@demo.test');
    await phone
      .getByRole('link', { name: 'Report a problem' })
      .or(phone.getByRole('button', { name: 'Report a problem' }))
      .first()
      .click();

    const next = () => phone.getByTestId('intake-next').click();
    await phone.getByRole('radio', { name: /^In my home/ }).click();
    await phone.getByRole('radio', { name: /^Bathroom/ }).click();
    await next();
    await phone.getByRole('radio', { name: /^Plumbing/ }).click();
    await next();
    await phone.getByRole('radio', { name: /^Routine/ }).click();
    await next();
    await phone.getByLabel('Short title').fill('Bathroom');
    await phone.getByLabel("What's happening?").fill('Water is flooding my bathroom');
    // a photo of the floor (generated: 320×240, blue), through the picker's file input
    const photo = join(photos, 'bathroom-floor.png');
    await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 40, g: 110, b: 200 } } })
      .png()
      .toFile(photo);
    await phone.getByTestId('attachment-input').setInputFiles(photo);
    await phone
      .locator('[data-testid="upload-row"][data-status="done"]', { hasText: 'bathroom-floor.png' })
      .waitFor();
    await next();
    await next();
    await phone.screenshot({ path: join(ARTIFACTS, 'journey1-tenant-review.png'), fullPage: true });
    const sentAt = Date.now();
    await phone.getByRole('button', { name: 'Send request' }).click();

    const tracking = phone.getByTestId('tracking-number');
    await tracking.waitFor();
    const number = (await tracking.innerText()).replace(/\D/g, '');
    expect(Number(number)).toBeGreaterThan(1000);
    const confirmation = await phone.locator('main').innerText();
    expect(confirmation).toContain('+1 555 0111');
    expect(confirmation).toMatch(/emergency because/i);
    expect(confirmation).toContain('active water leak or flooding');
    await phone.screenshot({ path: join(ARTIFACTS, 'journey1-tenant-confirmation.png'), fullPage: true });

    const card = admin.locator(`[data-testid="board-card"][data-number="${number}"]`);
    await card.waitFor({ timeout: 5000 });
    const appearedAfterMs = Date.now() - sentAt;
    // a reload would have cleared this marker
    expect(
      await admin.evaluate(() => (globalThis as { __boardLoadedOnce?: boolean }).__boardLoadedOnce),
    ).toBe(true);
    expect(await card.getAttribute('data-priority')).toBe('EMERGENCY');
    expect(await admin.getByTestId('board-column-NEW').locator(`[data-number="${number}"]`).count()).toBe(1);
    await admin.screenshot({ path: join(ARTIFACTS, 'journey1-admin-board.png') });
    process.stdout.write(
      `journey 1: card #${number} on the open board ${appearedAfterMs} ms after "Send request"\n`,
    );

    await card.click();
    await admin.getByText('Description mentions an active water leak or flooding').first().waitFor();
    // the drawer shows the tenant's photo: a thumbnail that loaded, linking to the file
    const thumb = admin.getByRole('dialog').locator('[data-testid="attachment-thumb"][data-kind="IMAGE"]');
    await thumb.waitFor();
    expect(await thumb.count()).toBe(1);
    expect(await thumb.getAttribute('title')).toBe('bathroom-floor.png');
    const width = await thumb.locator('img').evaluate(async (img) => {
      // runs in the page (no DOM library here): wait for the thumbnail to load and decode
      const element = img as unknown as { naturalWidth: number; decode(): Promise<void> };
      await element.decode().catch(() => undefined);
      return element.naturalWidth;
    });
    expect(width).toBeGreaterThan(0);
    const full = await admin.request.get(new URL(String(await thumb.getAttribute('href')), t.url).toString());
    expect(full.status()).toBe(200);
    expect(full.headers()['content-type']).toBe('image/png');
    expect((await sharp(await full.body()).metadata()).width).toBe(320);
    await admin.waitForTimeout(400); // let the drawer finish sliding in for the screenshot
    await admin.screenshot({ path: join(ARTIFACTS, 'journey1-admin-drawer.png') });
  }, 60000);
});

import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { TestApp } from '../harness';
import { ARTIFACTS, signIn as signInAt, startBrowserSession } from './browser';

/**
 * PRODUCT.md journey 1 (without the photo), in Chromium: a tenant reports "water is flooding my bathroom" as
 * Routine on a phone; it becomes an EMERGENCY with the reason and the hotline; the manager's already open board
 * shows the card without a reload.
 */
describe('browser: a tenant report appears live on the manager board', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserSession());
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
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
    await admin.waitForTimeout(400); // let the drawer finish sliding in for the screenshot
    await admin.screenshot({ path: join(ARTIFACTS, 'journey1-admin-drawer.png') });
  }, 60000);
});

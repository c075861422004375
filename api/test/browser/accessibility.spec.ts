import type { Browser } from 'playwright-core';
import type { TestApp } from '../harness';
import { audit } from './axe';
import { signIn, startBrowserSession } from './browser';

describe('accessibility: the main screens of both clients pass axe (no serious or critical WCAG 2.1 AA violation)', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserSession());
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('tenant app on a phone: sign-in, home, report a problem, a request', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-US',
      bypassCSP: true,
    });
    const page = await context.newPage();
    const found: string[] = [];
    await page.goto(`${t.url}/login`);
    await page.getByLabel('Email').waitFor();
    found.push(...(await audit(page, 'tenant-login')));
    await signIn(page, `${t.url}/login`, 'tenant@demo.test');
    await page.getByTestId('report-problem').waitFor();
    found.push(...(await audit(page, 'tenant-home')));
    await page.getByTestId('report-problem').click();
    await page.getByTestId('intake-next').waitFor();
    found.push(...(await audit(page, 'tenant-report')));
    const [order] = await t.sql<{ id: number }>(
      `select w.id from work_orders w join users u on u.id = w.requester_id where u.email = 'tenant@demo.test' order by w.id desc limit 1`,
    );
    await page.goto(`${t.url}/requests/${Buffer.from(`WorkOrder:${order?.id}`).toString('base64url')}`);
    await page.getByRole('heading').first().waitFor();
    await page.waitForLoadState('networkidle');
    found.push(...(await audit(page, 'tenant-request')));
    await context.close();
    expect(found).toEqual([]);
  }, 120_000);

  it('manager console: sign-in, board, work order drawer, settings, reports', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'en-US',
      bypassCSP: true,
    });
    const page = await context.newPage();
    const found: string[] = [];
    await page.goto(`${t.url}/admin/login`);
    await page.getByLabel('Email').waitFor();
    found.push(...(await audit(page, 'admin-login')));
    await signIn(page, `${t.url}/admin/login`, 'manager@demo.test');
    await page.locator('[data-testid="board-card"]').first().waitFor();
    found.push(...(await audit(page, 'admin-board')));
    await page.locator('[data-testid="board-card"]').first().click();
    await page.getByRole('dialog').waitFor();
    await page.waitForLoadState('networkidle');
    found.push(...(await audit(page, 'admin-drawer')));
    await page.keyboard.press('Escape');
    for (const [path, name] of [
      ['/admin/settings', 'admin-settings'],
      ['/admin/reports', 'admin-reports'],
    ] as const) {
      await page.goto(`${t.url}${path}`);
      await page.getByRole('heading').first().waitFor();
      await page.waitForLoadState('networkidle');
      found.push(...(await audit(page, name)));
    }
    await context.close();
    expect(found).toEqual([]);
  }, 120_000);
});

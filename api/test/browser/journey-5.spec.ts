import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoIds, submit } from '../fixtures';
import type { TestApp } from '../harness';
import { ARTIFACTS, signIn, startBrowserSession } from './browser';

/**
 * PRODUCT.md journey 5: the tenant writes "it's getting worse" → the manager sees it live in the open drawer; the
 * manager's internal note never reaches the tenant's page (live or after a reload); a public reply does.
 */
describe('browser: journey 5 — the conversation', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserSession());
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('live messages both ways, internal notes for staff only', async () => {
    const tenantToken = await t.login('tenant@demo.test');
    const ids = await demoIds(t, tenantToken);
    const created = await submit(t, tenantToken, {
      categoryId: ids.category('PLUMBING'),
      severity: 'URGENT',
      title: 'Leak under the sink',
      description: 'A steady drip.',
    });
    const order = created.workOrder as { id: string };

    const manager = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(manager, `${t.url}/admin/board?wo=${encodeURIComponent(order.id)}`, 'manager@demo.test');
    await manager.getByTestId('messages-tab').click();
    await manager.getByTestId('message-input').waitFor();

    const phone = await browser.newPage({
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    });
    await signIn(phone, `${t.url}/requests/${order.id}`, 'tenant@demo.test');
    await phone.getByTestId('tenant-message-input').fill("It's getting worse");
    await phone.getByTestId('tenant-message-send').click();

    await manager.getByTestId('message').filter({ hasText: "It's getting worse" }).waitFor({ timeout: 5000 });

    await manager.getByTestId('message-internal-switch').check({ force: true });
    await manager
      .getByTestId('message-input')
      .fill('Internal: check whether the tenant’s upstairs neighbour leaks too');
    await manager.getByTestId('message-send').click();
    await manager.locator('[data-testid="message"][data-internal="true"]').waitFor();
    await manager.getByTestId('message-internal-switch').uncheck({ force: true });
    await manager.getByTestId('message-input').fill('A plumber will come this afternoon.');
    await manager.getByTestId('message-send').click();
    await manager.screenshot({ path: join(ARTIFACTS, 'journey5-manager-thread.png') });

    await phone
      .getByTestId('tenant-message')
      .filter({ hasText: 'A plumber will come this afternoon.' })
      .waitFor({ timeout: 5000 });
    expect(await phone.getByText('upstairs neighbour').count()).toBe(0);
    await phone.reload();
    await phone
      .getByTestId('tenant-message')
      .filter({ hasText: 'A plumber will come this afternoon.' })
      .waitFor();
    expect(await phone.getByText('upstairs neighbour').count()).toBe(0);
    expect(await phone.getByTestId('tenant-message').count()).toBe(2);
    await phone.screenshot({ path: join(ARTIFACTS, 'journey5-tenant-thread.png'), fullPage: true });
  }, 60000);
});

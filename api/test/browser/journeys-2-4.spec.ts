import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoIds, submit } from '../fixtures';
import type { TestApp } from '../harness';
import { ARTIFACTS, signIn as signInAt, startBrowserSession } from './browser';

/**
 * PRODUCT.md journeys 2–4 (email aside) across both clients: the manager assigns the top suggestion and schedules
 * 9–12 tomorrow (the tenant's page changes live; reminders are queued); the vendor's $650 estimate waits for the
 * owner, who approves, and the vendor's scheduling unblocks live; the vendor completes; the tenant confirms and
 * rates 5 → CLOSED. (The 7-day auto-close runs as a job: dispatch.spec.ts.)
 */
describe('browser: journeys 2–4', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserSession());
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  const signIn = (page: Page, path: string, email: string): Promise<void> =>
    signInAt(page, `${t.url}${path}`, email);

  it('assign, schedule, estimate, approve, complete, confirm and rate', async () => {
    const tenantToken = await t.login('tenant@demo.test');
    const ids = await demoIds(t, tenantToken);
    const created = await submit(t, tenantToken, {
      categoryId: ids.category('PLUMBING'),
      severity: 'ROUTINE',
      title: 'Leaking pipe under the kitchen sink',
      description: 'A slow drip from the pipe under the sink.',
    });
    const order = created.workOrder as { id: string; number: number };

    // the tenant watches the request on their phone
    const phone = await browser.newPage({
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    });
    await signIn(phone, `/requests/${order.id}`, 'tenant@demo.test');
    await phone.getByText('Leaking pipe under the kitchen sink').first().waitFor();
    await phone.evaluate(() => Object.assign(globalThis, { __notReloaded: true }));

    // 2. the manager assigns the top suggestion and schedules 9–12 tomorrow
    const manager = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(manager, `/admin/board?wo=${encodeURIComponent(order.id)}`, 'manager@demo.test');
    await manager.getByTestId('action-ASSIGN').click();
    const top = manager.getByTestId('suggestion').first();
    await top.waitFor();
    expect(await top.getByTestId('suggestion-name').innerText()).toBe('ABC Plumbing');
    await top.getByTestId('suggestion-pick').click();
    await manager.getByTestId('dialog-submit').click();
    await manager.getByTestId('action-SCHEDULE').waitFor();
    await manager.getByTestId('action-SCHEDULE').click();
    expect(await manager.getByTestId('schedule-start').inputValue()).toBe('09:00');
    expect(await manager.getByTestId('schedule-end').inputValue()).toBe('12:00');
    await manager.screenshot({ path: join(ARTIFACTS, 'journey2-schedule-dialog.png') });
    await manager.getByTestId('dialog-submit').click();
    await manager.getByTestId('appointment-window').waitFor();

    await phone.getByTestId('appointment').waitFor({ timeout: 5000 });
    expect(await phone.getByTestId('appointment').innerText()).toMatch(/9:00\s?AM\s?–\s?12:00\s?PM/);
    expect(await phone.evaluate(() => (globalThis as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    await phone.screenshot({ path: join(ARTIFACTS, 'journey2-tenant-appointment.png'), fullPage: true });
    const reminders = await t.sql<{ reminder: string }>(
      `select data->>'reminder' as reminder from pgboss.job where name = 'work-order.appointment-reminder' and (data->>'workOrderId')::int = (select id from work_orders where number = $1) order by start_after`,
      [order.number],
    );
    // a day-before reminder only when the visit is more than a day away (tomorrow 9:00 may be sooner)
    const [appointment] = await t.sql<{ starts_at: string }>(
      `select appointment->>'startsAt' as starts_at from work_orders where number = $1`,
      [order.number],
    );
    const dayAway = Date.parse(appointment?.starts_at ?? '') - Date.now() > 86_400_000;
    expect(reminders.map((r) => r.reminder)).toEqual(
      dayAway ? ['DAY_BEFORE', 'HOUR_BEFORE'] : ['HOUR_BEFORE'],
    );

    // 3. the vendor sends a $650 estimate: the owner must approve; the vendor's rescheduling waits
    const vendor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(vendor, '/admin/jobs', 'vendor@demo.test');
    const job = vendor.locator(`[data-testid="job"]`).filter({ hasText: `#${order.number}` });
    await job.getByTestId('action-SUBMIT_ESTIMATE').click();
    await vendor.getByTestId('estimate-amount-input').fill('650');
    await vendor.getByTestId('dialog-submit').click();
    await vendor.getByTestId('estimate-result').waitFor();
    expect(await vendor.getByTestId('estimate-result').innerText()).toContain(
      'Over $500.00: the owner must approve',
    );
    await vendor.getByTestId('dialog-done').click();
    await job.locator('[data-approval-state="PENDING_OWNER"]').waitFor();

    const owner = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(owner, '/admin/approvals', 'owner@demo.test');
    const approval = owner.locator(`[data-testid="approval"][data-number="${order.number}"]`);
    await approval.getByTestId('approval-approve').click();
    await owner.getByTestId('dialog-submit').click();
    await approval.waitFor({ state: 'detached' });

    // the vendor's page learns of the approval live, and scheduling goes through again
    await job.locator('[data-approval-state="APPROVED"]').waitFor({ timeout: 5000 });
    await job.getByTestId('action-RESCHEDULE').click();
    await vendor.getByTestId('dialog-submit').click();
    await vendor.getByTestId('action-dialog').waitFor({ state: 'hidden' });
    await vendor.screenshot({ path: join(ARTIFACTS, 'journey3-vendor-unblocked.png') });

    // 4. the vendor completes with notes; the tenant confirms it is fixed and rates 5
    await job.getByTestId('action-COMPLETE').click();
    await vendor.getByTestId('complete-notes').fill('Replaced the trap and the washer; no more drip.');
    await vendor.getByTestId('dialog-submit').click();

    await phone.getByTestId('confirm-fixed-button').waitFor({ timeout: 5000 });
    await phone.getByTestId('confirm-fixed-button').click();
    await phone.getByTestId('star-5').check();
    await phone.getByTestId('submit-rating').click();
    await phone.getByTestId('rating-summary').waitFor();
    expect(await phone.getByTestId('rating-summary').innerText()).toContain('5');
    await phone.screenshot({ path: join(ARTIFACTS, 'journey4-tenant-rated.png'), fullPage: true });

    const kinds = await t.sql<{ kind: string }>(
      `select e.kind from work_order_events e join work_orders w on w.id = e.work_order_id where w.number = $1 order by e.id`,
      [order.number],
    );
    expect(kinds.map((k) => k.kind)).toEqual([
      'CREATED',
      'ASSIGNED',
      'SCHEDULED',
      'COST_APPROVAL',
      'COST_APPROVAL',
      'SCHEDULED',
      'COMPLETED',
      'CLOSED',
    ]);
    const [row] = await t.sql<{ status: string; rating_score: number; approval_state: string }>(
      'select status, rating_score, approval_state from work_orders where number = $1',
      [order.number],
    );
    expect(row).toEqual({ status: 'CLOSED', rating_score: 5, approval_state: 'APPROVED' });
  }, 90000);
});

import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { TestApp } from '../harness';
import { ARTIFACTS, signIn, startBrowserSession } from './browser';

/** The page's globals, typed here without the DOM library. */
interface PageGlobals {
  navigator: { serviceWorker: { controller: unknown } };
  localStorage: { getItem(key: string): string | null };
}

const TITLE = 'Bathtub tap drips all night';

/**
 * The tenant app offline on a phone: with the app shell (service worker) and the form's data on the device, a
 * request made without a connection waits on the phone ("Waiting to send"), goes out by itself when the
 * connection returns, and becomes one ordinary request with a tracking number — one on the server, even after
 * a reload.
 */
describe('browser: reporting a problem offline', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserSession());
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  /** Work orders with this title, as the manager sees them through the API. */
  const onServer = async (): Promise<{ number: number; title: string; status: string }[]> => {
    const manager = await t.login('manager@demo.test');
    const r = await t.gql<{ workOrders: { nodes: { number: number; title: string; status: string }[] } }>(
      'query($text: String) { workOrders(first: 50, filter: { text: $text }) { nodes { number title status } } }',
      { text: TITLE },
      manager,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.workOrders.nodes.filter((n) => n.title === TITLE);
  };

  const cardsTitled = (page: Page) => page.getByTestId('request-card').filter({ hasText: TITLE });

  it('queues the request on the phone and sends it once when back online', async () => {
    // a fresh context: its own service worker, storage and IndexedDB
    const context = await browser.newContext({
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-US',
    });
    const page = await context.newPage();
    await signIn(page, `${t.url}/`, 'tenant@demo.test');
    await page.getByTestId('report-problem').waitFor();
    // online once: the service worker controls the page (the shell is precached) and the form's data is kept
    await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).navigator.serviceWorker.controller !== null,
    );
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).localStorage.getItem('fixline.tenant.intakeSetup') !== null,
    );

    await context.setOffline(true);
    // the app itself opens without a network (from the service worker)
    await page.reload();
    await page.getByTestId('report-problem').click();
    await page.getByTestId('intake-offline').waitFor();
    const next = () => page.getByTestId('intake-next').click();
    await page.getByRole('radio', { name: /^In my home/ }).click();
    await page.getByRole('radio', { name: /^Bathroom/ }).click();
    await next();
    await page.getByRole('radio', { name: /^Plumbing/ }).click();
    await next();
    await page.getByRole('radio', { name: /^Routine/ }).click();
    await next();
    await page.getByLabel('Short title').fill(TITLE);
    await page
      .getByLabel("What's happening?")
      .fill('The bathtub tap drips all night; closing it harder does not help.');
    await next();
    await next();
    await page.getByRole('button', { name: 'Send request' }).click();
    // the notification (it closes by itself after a few seconds)
    await page.getByRole('alert').filter({ hasText: 'Saved on this phone' }).waitFor();

    // waiting on the phone, and nothing on the server yet
    const queued = page.getByTestId('queued-request').filter({ hasText: TITLE });
    await queued.waitFor();
    expect(await queued.getAttribute('data-state')).toBe('waiting');
    expect(await queued.getByTestId('queued-state').innerText()).toMatch(/^waiting to send$/i);
    expect(await queued.innerText()).toContain(
      "Saved on this phone. It will be sent automatically when you're back online.",
    );
    expect(await cardsTitled(page).count()).toBe(0);
    expect(await onServer()).toEqual([]);
    // the list could not load offline: a calm note, not an error
    await page.getByTestId('home-offline').waitFor();
    expect(await page.getByText("We couldn't load your requests.").count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'offline-intake-waiting.png'), fullPage: true });

    // back online: sent by itself, once, and listed as an ordinary request with its tracking number
    await context.setOffline(false);
    const sent = page.getByRole('alert').filter({ hasText: 'Request sent' });
    await sent.waitFor({ timeout: 15_000 });
    const number = /Tracking number #(\d+)/.exec(await sent.innerText())?.[1];
    expect(Number(number)).toBeGreaterThan(1000);
    await queued.waitFor({ state: 'detached' });
    const card = cardsTitled(page);
    await card.waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.getByTestId('request-number').innerText()).toBe(`#${number}`);
    expect(await card.getAttribute('data-status')).toBe('NEW');
    expect(await onServer()).toEqual([{ number: Number(number), title: TITLE, status: 'NEW' }]);
    await page.screenshot({ path: join(ARTIFACTS, 'offline-intake-sent.png'), fullPage: true });

    // a reload sends nothing again: still one request, and nothing waiting
    await page.reload();
    await cardsTitled(page).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await cardsTitled(page).count()).toBe(1);
    expect(await page.getByTestId('queued-request').count()).toBe(0);
    expect(await onServer()).toHaveLength(1);
    await context.close();
  }, 60_000);
});

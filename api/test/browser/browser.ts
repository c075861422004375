import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../harness';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const ARTIFACTS = join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The api serving the built clients, and Debian's Chromium (flags for a machine without outside network).
 * `env` adds to (or overrides) the test app's environment, e.g. a small RATE_LIMIT_POINTS_PER_HOUR.
 */
export const startBrowserSession = async (
  env: Record<string, string> = {},
): Promise<{ t: TestApp; browser: Browser }> => {
  for (const app of ['admin-web', 'tenant-web']) {
    if (!existsSync(join(ROOT, app, 'dist', 'index.html'))) {
      throw new Error(`${app} is not built: run \`npm run build\` first (npm test does)`);
    }
  }
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const t = await startTestApp({ FIXLINE_WEB_ROOT: ROOT, ...env });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { t, browser };
};

/** Opens `path` and signs in through the page's own form (both sites label it the same way). */
export const signIn = async (page: Page, url: string, email: string): Promise<void> => {
  await page.goto(url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('fixline-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
};

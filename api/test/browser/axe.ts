import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './browser';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const AXE = require.resolve('axe-core/axe.min.js');

/** The part of a page's Animation this helper reads (typed here without the DOM library). */
interface FiniteCheck {
  playState: string;
  effect: { getComputedTiming: () => { iterations?: number } } | null;
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; returns the serious and critical violations
 * as readable lines (expect them to equal []). The page's context needs `bypassCSP: true`.
 */
export const audit = async (page: Page, name: string): Promise<string[]> => {
  // what is checked is the page at rest: no pointer hovering whatever opened under it (a drawer), and no
  // transition half way (colours blended with a fading overlay are not the ones people read)
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { getAnimations: () => FiniteCheck[] } }).document;
    return doc
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity);
  });
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    // runs in the page: its globals, typed here without the DOM library
    const win = globalThis as unknown as {
      document: unknown;
      axe: { run: (context: unknown, options: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await win.axe.run(win.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  await page.screenshot({ path: join(ARTIFACTS, `a11y-${name}.png`), fullPage: true });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
          .join(' | ')}`,
    );
};

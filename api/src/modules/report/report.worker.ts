import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../platform/logging/logger';
import type { Foreground } from '../../platform/jobs/foreground';
import { startTicker } from '../../platform/jobs/ticker';
import { ROLLUP_RULES, refreshRollups } from './report.rollups';

/**
 * Rebuilds the report rollups' dirty months and days every `intervalMs` (and at start), skipping a run while the
 * instance is busy serving requests; returns a stop function.
 * Reports never wait for it: until a month or day is rebuilt they read it from the orders.
 */
export const startRollupRefresher = (
  deps: { em: EntityManager; logger: Logger; foreground?: Foreground },
  intervalMs: number = ROLLUP_RULES.refreshIntervalMs,
): (() => Promise<void>) =>
  startTicker(
    // still busy after the wait: the next interval rebuilds them (reports read the orders meanwhile)
    async () => (deps.foreground?.busy ? undefined : refreshRollups(deps.em)),
    intervalMs,
    (error) => deps.logger.error({ err: error }, 'report rollup refresh failed'),
    deps.foreground,
  ).stop;

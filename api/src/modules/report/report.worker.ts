import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../platform/logging/logger';
import { startTicker } from '../../platform/jobs/ticker';
import { ROLLUP_RULES, refreshRollups } from './report.rollups';

/**
 * Rebuilds the report rollups' dirty months and days every `intervalMs` (and at start); returns a stop function.
 * Reports never wait for it: until a month or day is rebuilt they read it from the orders.
 */
export const startRollupRefresher = (
  deps: { em: EntityManager; logger: Logger },
  intervalMs: number = ROLLUP_RULES.refreshIntervalMs,
): (() => Promise<void>) =>
  startTicker(
    () => refreshRollups(deps.em),
    intervalMs,
    (error) => deps.logger.error({ err: error }, 'report rollup refresh failed'),
  ).stop;

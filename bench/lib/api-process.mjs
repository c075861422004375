// Starts the api under test in its own process (see api-child.mjs).
import { join } from 'node:path';
import { BENCH_DIR, apiEnv } from './common.mjs';
import { startChild } from './child.mjs';

/** The api in a child process; `gc: true` starts it with --expose-gc so memory can be measured after a collection. */
export const startApi = ({ gc = false, env = {} } = {}) =>
  startChild(join(BENCH_DIR, 'lib', 'api-child.mjs'), {
    env: apiEnv(env),
    execArgv: gc ? ['--expose-gc'] : [],
    name: 'api',
  });

// autocannon runs and the raw-SQL server, shared by the HTTP benchmarks.
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_DIR } from './common.mjs';
import { startChild } from './child.mjs';

export const startRawServer = () =>
  startChild(join(BENCH_DIR, 'lib', 'raw-server.mjs'), { name: 'raw-sql server' });

/** One autocannon run; resolves with { rps, p50, p99, p999, mean, requests, non2xx, errors, timeouts }. */
export const cannon = (options) =>
  new Promise((resolve, reject) => {
    autocannon({ connections: 10, duration: 15, ...options }, (error, result) => {
      if (error) return reject(error);
      resolve({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        p999: result.latency.p99_9 ?? result.latency.p999,
        mean: result.latency.mean,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        bytes: result.throughput.average,
      });
    });
  });

// autocannon runs and the raw-SQL server, shared by the HTTP benchmarks.
import { readFileSync } from 'node:fs';
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

/** CPU time (user + system, ms) a child process has used so far, from /proc (Linux); null elsewhere. */
export const cpuMsOf = (child) => {
  try {
    const fields = readFileSync(`/proc/${child.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticksPerSecond = 100; // USER_HZ on Linux
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
};

/** Runs `load` and returns its result with the CPU milliseconds `child` used per request meanwhile. */
export const withCpu = async (child, load) => {
  const before = cpuMsOf(child);
  const result = await load();
  const after = cpuMsOf(child);
  return {
    ...result,
    cpuMsPerRequest:
      before === null || after === null || result.requests === 0 ? null : (after - before) / result.requests,
  };
};

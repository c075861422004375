// autocannon runs and the raw-SQL server, shared by the HTTP benchmarks.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
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

/**
 * An open-loop load at a steady rate: request k is sent at start + k / rate whatever happened to the ones before
 * (autocannon's `overallRate` sends each second's quota at once, as fast as its connections allow, then waits for
 * the next second: a burst, not a rate). Latency runs from the moment a request was due, so a server that falls
 * behind is charged for the wait. `requests` (autocannon's shape: method, path, headers, body) are used in turn.
 */
export const paced = async ({ url, requests, rate, duration }) => {
  const { hostname, port } = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const total = Math.max(1, Math.round(rate * duration));
  const times = [];
  let non2xx = 0;
  let errors = 0;
  const send = (r, due) =>
    new Promise((resolve) => {
      const req = request(
        { agent, hostname, port, method: r.method, path: r.path, headers: r.headers },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode < 200 || res.statusCode > 299) non2xx += 1;
            times.push(performance.now() - due);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      if (r.body !== undefined) req.end(r.body);
      else req.end();
    });
  const start = performance.now() + 50;
  const inFlight = [];
  for (let k = 0; k < total; k++) {
    const due = start + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(send(requests[k % requests.length], due));
  }
  await Promise.all(inFlight);
  agent.destroy();
  const sorted = times.sort((a, b) => a - b);
  const at = (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
  const elapsed = (performance.now() - start) / 1000;
  return { rps: total / elapsed, p50: at(0.5), p99: at(0.99), requests: total, non2xx, errors };
};

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

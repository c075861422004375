// How much CPU other processes took while a benchmark ran (the machine may be shared): samples /proc every 2 s and
// adds up the CPU time of every process that is neither this benchmark's process tree nor a PostgreSQL backend of
// the benchmark's database. Linux only; elsewhere it reports nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { DATABASE_URL } from './common.mjs';

const TICKS = 100; // USER_HZ on Linux
const database = decodeURIComponent(new URL(DATABASE_URL).pathname.slice(1));

const snapshot = () => {
  const procs = new Map();
  let pids = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return procs;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      procs.set(Number(pid), {
        name,
        cmdline,
        ppid: Number(fields[1]),
        cpu: (Number(fields[11]) + Number(fields[12])) / TICKS,
      });
    } catch {
      // the process ended meanwhile
    }
  }
  return procs;
};

const label = (p) => {
  if (p.cmdline.startsWith('postgres:')) return 'postgres (other databases)';
  if (p.cmdline === '') return p.name;
  return p.cmdline
    .split(' ')
    .filter((w) => w !== '' && !w.startsWith('-'))
    .slice(0, 3)
    .map((w) => w.split('/').slice(-2).join('/'))
    .join(' ');
};

export const startNoiseMonitor = () => {
  const own = (procs, pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 50; hops += 1) {
      if (p === process.pid) return true;
      p = procs.get(p)?.ppid ?? 0;
    }
    const info = procs.get(pid);
    return (
      info !== undefined && info.cmdline.startsWith('postgres:') && info.cmdline.includes(` ${database} `)
    );
  };
  const started = Date.now();
  const foreign = new Map(); // label → cpu seconds
  let previous = snapshot();
  const sample = () => {
    const current = snapshot();
    for (const [pid, p] of current) {
      const before = previous.get(pid);
      const delta = before && before.name === p.name ? p.cpu - before.cpu : 0;
      if (delta > 0 && !own(current, pid)) foreign.set(label(p), (foreign.get(label(p)) ?? 0) + delta);
    }
    previous = current;
  };
  const timer = setInterval(sample, 2000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      const seconds = (Date.now() - started) / 1000;
      const total = [...foreign.values()].reduce((a, b) => a + b, 0);
      const top = [...foreign.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([name, cpu]) => `${name} ${((100 * cpu) / seconds).toFixed(0)} %`);
      return {
        seconds,
        /** Other processes' CPU as a share of the machine (100 % = every core busy). */
        share: seconds > 0 ? total / seconds / cpus().length : 0,
        top,
      };
    },
  };
};

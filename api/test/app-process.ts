import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_SECRET_KEY } from './constants';

export interface AppProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown code runs, as in a crash or an OOM kill. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

/** Starts the api from its sources in a child process against `databaseUrl`; resolves once it listens. */
export const startAppProcess = async (
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<AppProcess> => {
  const apiDir = join(__dirname, '..');
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join('test', 'app-process-main.ts')], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      FIXLINE_SECRET_KEY: TEST_SECRET_KEY,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      JOB_POLLING_SECONDS: '1',
      FIXLINE_DATA_DIR: join(tmpdir(), `fixline-process-${process.pid}`),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // FIXLINE_CHILD_LOG=<file> keeps the child's log for debugging a failing test.
  const logFile = process.env.FIXLINE_CHILD_LOG;
  if (logFile) child.stdout?.on('data', (chunk: Buffer) => appendFileSync(logFile, chunk));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`api process did not start in 60 s: ${stderr}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`api process exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    child,
    crash: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
};

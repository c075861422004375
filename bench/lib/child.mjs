// Child processes of the benchmarks (the api, the raw-SQL server, WebSocket client fleets): fork, wait until ready,
// ask questions over IPC, stop.
import { fork } from 'node:child_process';

/**
 * Forks `script` with `env` and resolves once it sends `{ ready: true, … }`. The handle's `ask(cmd, args)` sends an
 * IPC request and resolves with the reply; `stop()` asks it to stop and waits for the exit.
 */
export const startChild = (script, { env = {}, execArgv = [], name = script, timeoutMs = 120_000 } = {}) =>
  new Promise((resolve, reject) => {
    const child = fork(script, [], {
      env: { ...process.env, ...env },
      execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let nextId = 1;
    const pending = new Map();
    const listeners = new Set();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      for (const { reject: fail } of pending.values()) fail(new Error(`${name} exited (${code})`));
      pending.clear();
      reject(new Error(`${name} exited before it was ready (${code})`));
    });
    child.on('message', (message) => {
      if (message?.ready) {
        clearTimeout(timer);
        resolve({
          ...message,
          child,
          ask: (cmd, args = {}) =>
            new Promise((ok, fail) => {
              const id = nextId++;
              pending.set(id, { resolve: ok, reject: fail });
              child.send({ id, cmd, ...args });
            }),
          onEvent: (listener) => listeners.add(listener),
          offEvent: (listener) => listeners.delete(listener),
          stop: async () => {
            if (child.exitCode !== null) return;
            const exited = new Promise((r) => child.once('exit', r));
            child.send({ id: 0, cmd: 'stop' });
            const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
            await exited;
            clearTimeout(force);
          },
        });
        return;
      }
      if (message?.id !== undefined && pending.has(message.id)) {
        const { resolve: ok } = pending.get(message.id);
        pending.delete(message.id);
        ok(message.result);
        return;
      }
      for (const listener of listeners) listener(message);
    });
  });

// The api in a process of its own, so a test can kill it with SIGKILL (a crash, not a shutdown).
import 'reflect-metadata';
import { startApp } from '../src/main';

startApp({ env: process.env })
  .then((app) => {
    process.stdout.write(`READY ${app.url}\n`);
    process.on('SIGTERM', () => {
      void app.stop().then(() => process.exit(0));
    });
  })
  .catch((error: unknown) => {
    process.stderr.write(`could not start: ${String(error)}\n`);
    process.exit(1);
  });

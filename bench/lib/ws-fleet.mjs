// A fleet of WebSocket subscribers in a child process of the benchmark (graphql-transport-ws, the protocol of
// graphql-ws, spoken directly on `ws` so that thousands of clients cost little CPU here). Commands over IPC:
//   open    { url, token, count, concurrency, query, variables }  → { opened, failed }
//   expect  { key, match }   count the next messages that contain `match` (a work order's global id) under `key`
//   count   → { key, received }
//   collect → { key, times }  receipt times (ms since the epoch) of the expected messages
//   close   → closes every socket
import WebSocket from 'ws';

const sockets = [];
let expected = null;
let errors = 0;
let closedUnexpectedly = 0;

const now = () => performance.timeOrigin + performance.now();

const openOne = ({ url, token, query, variables }) =>
  new Promise((resolve) => {
    const ws = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws', {
      perMessageDeflate: false,
    });
    let settled = false;
    const done = (ok) => {
      if (settled) return;
      settled = true;
      resolve(ok);
    };
    ws.on('open', () => {
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    });
    ws.on('message', (data) => {
      const text = data.toString();
      if (expected !== null && text.startsWith('{"id"') && text.includes(expected.match)) {
        expected.times.push(now());
        return;
      }
      if (text.includes('"connection_ack"')) {
        ws.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: { query, variables, operationName: 'BoardWorkOrderChanged' },
          }),
        );
        sockets.push(ws);
        done(true);
      } else if (text.includes('"type":"ping"')) {
        ws.send('{"type":"pong"}');
      } else if (text.includes('"type":"error"')) {
        errors += 1;
      }
    });
    ws.on('error', () => {
      errors += 1;
      done(false);
    });
    ws.on('close', () => {
      if (settled) closedUnexpectedly += 1;
      done(false);
    });
  });

const open = async ({ count, concurrency = 50, ...options }) => {
  let opened = 0;
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      if (await openOne(options)) opened += 1;
      else failed += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { opened, failed, total: sockets.length };
};

const closeAll = async () => {
  const closing = sockets.splice(0).map(
    (ws) =>
      new Promise((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) return resolve();
        ws.once('close', resolve);
        ws.close(1000);
      }),
  );
  closedUnexpectedly = 0;
  await Promise.all(closing);
  return true;
};

process.on('disconnect', () => process.exit(0));
process.on('message', async (message) => {
  const reply = (result) => process.send({ id: message.id, result });
  switch (message.cmd) {
    case 'open':
      reply(await open(message));
      break;
    case 'expect':
      expected = { key: message.key, match: message.match, times: [] };
      reply(true);
      break;
    case 'count':
      reply({ key: expected?.key, received: expected?.times.length ?? 0, errors, closedUnexpectedly });
      break;
    case 'collect':
      reply({ key: expected?.key, times: expected?.times ?? [] });
      expected = null;
      break;
    case 'close':
      reply(await closeAll());
      break;
    case 'stop':
      await closeAll();
      reply(true);
      process.exit(0);
      break;
    default:
      reply(null);
  }
});

process.send({ ready: true, pid: process.pid });

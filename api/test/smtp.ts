import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  messageId: string;
  subject: string;
  /** Headers and body, quoted-printable decoded (enough to look for text). */
  content: string;
}

export type Verdict = 'accept' | 'reject';

export interface TestSmtp {
  url: string;
  /** Mails the server accepted (answered 250), in order — every transmission. */
  accepted: ReceivedMail[];
  /** What the mailboxes hold: accepted mails, a repeated Message-ID kept once (as mail stores do). */
  delivered(): ReceivedMail[];
  /** Resolves with the first accepted mail matching `predicate`. */
  waitFor(predicate: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
}

const decodeQuotedPrintable = (text: string): string =>
  text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const header = (raw: string, name: string): string => {
  const match = new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(raw);
  return (match?.[1] ?? '').replace(/\r?\n[ \t]/g, ' ').trim();
};

/**
 * A real SMTP server on a free port. `decide` may hold a mail (return a promise) and accept or refuse it: a refused
 * or unanswered mail was never accepted, exactly as for a real mail server.
 */
export const startSmtp = async (
  decide: (mail: ReceivedMail, index: number) => Verdict | Promise<Verdict> = () => 'accept',
): Promise<TestSmtp> => {
  const accepted: ReceivedMail[] = [];
  const waiters: { predicate: (m: ReceivedMail) => boolean; resolve: (m: ReceivedMail) => void }[] = [];
  let seen = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: header(raw, 'Message-ID'),
          subject: header(raw, 'Subject'),
          content: decodeQuotedPrintable(raw),
        };
        seen += 1;
        void Promise.resolve(decide(mail, seen)).then((verdict) => {
          if (verdict === 'reject') {
            const error = Object.assign(new Error('try again later'), { responseCode: 451 });
            callback(error);
            return;
          }
          accepted.push(mail);
          for (const w of [...waiters]) {
            if (w.predicate(mail)) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(mail);
            }
          }
          callback();
        });
      });
    },
  });
  // A client killed mid-session resets its socket (ECONNRESET): for a mail server that is an ordinary event.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    delivered: () => [...new Map(accepted.map((m) => [`${m.to.join(',')} ${m.messageId}`, m])).values()],
    waitFor: (predicate, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const found = accepted.find(predicate);
        if (found) return resolve(found);
        const timer = setTimeout(
          () => reject(new Error(`no matching mail within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({ predicate, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { ChannelSender, OutgoingMessage } from './channel';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The branded HTML version: logo and company name on top, the text, a button into the app. */
export const emailHtml = (message: OutgoingMessage): string => {
  const { company } = message;
  const logo = company.logoUrl
    ? `<img src="${escapeHtml(company.logoUrl)}" alt="" height="40" style="vertical-align:middle;margin-right:8px">`
    : '';
  const button = message.url
    ? `<p><a href="${escapeHtml(message.url)}" style="display:inline-block;padding:10px 16px;background:#1c7ed6;color:#fff;border-radius:6px;text-decoration:none">Open in Fixline</a></p>`
    : '';
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#212529;max-width:560px;margin:auto">
<div style="padding:16px 0;border-bottom:1px solid #dee2e6">${logo}<strong>${escapeHtml(company.name)}</strong></div>
<p style="font-size:16px;line-height:1.5">${escapeHtml(message.body)}</p>${button}
<p style="color:#495057;font-size:12px">You get this because of your notification settings in Fixline.</p>
</body></html>`;
};

const mailOf = (from: string, message: OutgoingMessage) => ({
  from: { name: message.company.name, address: from },
  to: { name: message.to.name, address: message.to.email },
  replyTo: message.company.replyTo ?? undefined,
  subject: message.title,
  text: message.url ? `${message.body}\n\n${message.url}` : message.body,
  html: emailHtml(message),
  // The same on every attempt: mail systems drop a second copy of a message id they already have.
  messageId: `<${message.idempotencyKey}@fixline.notifications>`,
});

/** Email over SMTP (SMTP_URL, e.g. smtp://user:pass@mail.example.com:587). */
export class SmtpEmailSender implements ChannelSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // pooled: a burst of notifications reuses a few connections instead of one per mail
    const url = new URL(smtpUrl);
    this.transport = nodemailer.createTransport({
      host: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      secure: url.protocol === 'smtps:',
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      // pooled: a burst of notifications reuses a few connections instead of one per mail
      pool: true,
      maxConnections: 5,
      // a server that stops answering fails the attempt (retried later) instead of holding the worker
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(message: OutgoingMessage): Promise<void> {
    await this.transport.sendMail(mailOf(this.from, message));
  }

  close(): void {
    this.transport.close();
  }
}

export interface KeptMail {
  id: string;
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

/**
 * Development without SMTP: each mail is kept in `<dataDir>/mail` (the .eml and a JSON summary) and listed in
 * admin-web, so flows that send mail can be followed without a mail server.
 */
export class KeptEmailSender implements ChannelSender {
  private readonly transport: Transporter;

  constructor(
    private readonly folder: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: OutgoingMessage): Promise<void> {
    const mail = mailOf(this.from, message);
    const info = (await this.transport.sendMail(mail)) as { message: Buffer };
    await mkdir(this.folder, { recursive: true });
    const sentAt = new Date().toISOString();
    const id = `${sentAt.replace(/[:.]/g, '-')}-${message.idempotencyKey}`;
    await writeFile(join(this.folder, `${id}.eml`), info.message);
    const kept: KeptMail = {
      id,
      messageId: mail.messageId,
      to: `${message.to.name} <${message.to.email}>`,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      sentAt,
    };
    await writeFile(join(this.folder, `${id}.json`), JSON.stringify(kept));
  }
}

/** The newest kept mails first. */
export const readKeptMail = async (folder: string, first: number): Promise<KeptMail[]> => {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  names.sort().reverse();
  const mails: KeptMail[] = [];
  for (const name of names.slice(0, first)) {
    mails.push(JSON.parse(await readFile(join(folder, name), 'utf8')) as KeptMail);
  }
  return mails;
};

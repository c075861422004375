import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '../../../platform/logging/logger';
import { PermanentDeliveryError, type ChannelSender, type OutgoingMessage } from './channel';

/**
 * SMS providers implement this: send `body` to an E.164 number. Throw PermanentDeliveryError when the provider
 * refuses the message for good (bad number, unsubscribed), anything else to be retried with backoff.
 */
export interface SmsProvider {
  sendSms(to: string, body: string, idempotencyKey: string): Promise<void>;
}

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  from: string;
  /** https://api.twilio.com unless testing against a stand-in. */
  baseUrl: string;
}

/** Twilio's Messages API over plain HTTPS (no SDK needed). */
export class TwilioSmsProvider implements SmsProvider {
  constructor(private readonly settings: TwilioSettings) {}

  async sendSms(to: string, body: string, idempotencyKey: string): Promise<void> {
    const { accountSid, authToken, from, baseUrl } = this.settings;
    const response = await fetch(
      `${baseUrl.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`,
      {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
          'i-twilio-idempotency-token': idempotencyKey,
        },
        body: new URLSearchParams({ To: to, From: from, Body: body }),
        signal: AbortSignal.timeout(15_000),
      },
    );
    if (response.ok) {
      await response.body?.cancel();
      return;
    }
    const detail = (await response.text()).slice(0, 300);
    const message = `Twilio answered HTTP ${response.status}: ${detail}`;
    // 4xx other than throttling: the request itself is wrong (bad number, unverified sender) — retrying won't help.
    if (response.status >= 400 && response.status < 500 && response.status !== 429) {
      throw new PermanentDeliveryError(message);
    }
    throw new Error(message);
  }
}

/** Development: texts are logged and appended to `<dataDir>/sms.log` instead of being sent. */
export class LoggedSmsProvider implements SmsProvider {
  constructor(
    private readonly file: string,
    private readonly logger: Logger,
  ) {}

  async sendSms(to: string, body: string, idempotencyKey: string): Promise<void> {
    this.logger.info({ to, idempotencyKey }, `SMS (not sent, development): ${body}`);
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, `${new Date().toISOString()}\t${to}\t${idempotencyKey}\t${body}\n`);
  }
}

export class SmsSender implements ChannelSender {
  constructor(private readonly provider: SmsProvider) {}

  async send(message: OutgoingMessage): Promise<void> {
    if (!message.to.phone) throw new PermanentDeliveryError('The recipient has no phone number.');
    const text = `${message.company.name}: ${message.body}${message.url ? ` ${message.url}` : ''}`;
    await this.provider.sendSms(message.to.phone, text.slice(0, 640), message.idempotencyKey);
  }
}

import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../platform/config/config';
import type { Logger } from '../../platform/logging/logger';
import type { SecretBox } from '../../platform/security/secret-box';
import { Setting } from '../settings/setting.entity';
import type { ChannelSender } from './channels/channel';
import { KeptEmailSender, SmtpEmailSender } from './channels/email';
import { PushSender, generateVapidKeys, type VapidKeys } from './channels/push';
import { LoggedSmsProvider, SmsSender, TwilioSmsProvider } from './channels/sms';
import { PushSubscriptionRecord } from './notification.entities';
import { NotificationChannel } from './notification.rules';

export const mailFolder = (dataDir: string): string => join(dataDir, 'mail');

const VAPID_SETTING = 'push.vapid';

/**
 * VAPID keys: from VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY, or made once and kept in the database (private key sealed)
 * so every instance signs with the same pair and browser subscriptions survive restarts.
 */
export const vapidKeys = async (
  em: EntityManager,
  config: AppConfig,
  secretBox: SecretBox,
): Promise<VapidKeys> => {
  const { vapid } = config.notifications;
  if (vapid.publicKey && vapid.privateKey) {
    return { publicKey: vapid.publicKey, privateKey: vapid.privateKey, subject: vapid.subject };
  }
  const read = async () =>
    (await em.fork().findOne(Setting, { key: VAPID_SETTING }))?.value as
      { publicKey: string; privateKeySealed: string } | undefined;
  let stored = await read();
  if (stored === undefined) {
    const made = generateVapidKeys();
    await em
      .getConnection()
      .execute(
        `insert into settings (key, value, updated_at) values (?, ?, now()) on conflict (key) do nothing`,
        [
          VAPID_SETTING,
          JSON.stringify({ publicKey: made.publicKey, privateKeySealed: secretBox.seal(made.privateKey) }),
        ],
        'all',
        em.getTransactionContext(),
      );
    stored = await read();
  }
  if (stored === undefined) throw new Error('could not keep the VAPID keys');
  return {
    publicKey: stored.publicKey,
    privateKey: secretBox.open(stored.privateKeySealed),
    subject: vapid.subject,
  };
};

/** The senders for this configuration: SMTP or kept mail, Twilio or a logged SMS, Web Push. */
export const channelSenders = (
  em: EntityManager,
  config: AppConfig,
  logger: Logger,
  keys: VapidKeys,
): { senders: Partial<Record<NotificationChannel, ChannelSender>>; close: () => void } => {
  const { smtpUrl, mailFrom, twilio } = config.notifications;
  const email = smtpUrl
    ? new SmtpEmailSender(smtpUrl, mailFrom)
    : new KeptEmailSender(mailFolder(config.dataDir), mailFrom);
  const sms = new SmsSender(
    twilio ? new TwilioSmsProvider(twilio) : new LoggedSmsProvider(join(config.dataDir, 'sms.log'), logger),
  );
  const push = new PushSender(keys, {
    subscriptionsOf: async (userId) => em.fork().find(PushSubscriptionRecord, { user: userId }),
    forget: async (endpoint) => {
      await em.fork().nativeDelete(PushSubscriptionRecord, { endpoint });
    },
  });
  return {
    senders: {
      [NotificationChannel.EMAIL]: email,
      [NotificationChannel.SMS]: sms,
      [NotificationChannel.PUSH]: push,
    },
    close: () => {
      if (email instanceof SmtpEmailSender) email.close();
    },
  };
};

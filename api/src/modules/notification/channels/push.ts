import webpush from 'web-push';
import { PermanentDeliveryError, type ChannelSender, type OutgoingMessage } from './channel';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  /** mailto: or https: contact the push services may use. */
  subject: string;
}

export interface StoredPushSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface PushStore {
  subscriptionsOf(userId: number): Promise<StoredPushSubscription[]>;
  /** The push service said the subscription is gone (404/410). */
  forget(endpoint: string): Promise<void>;
}

/**
 * Web Push (VAPID, RFC 8291 encryption by `web-push`) to every browser the person subscribed. The payload is what
 * the tenant-web service worker shows: `{title, body, url}`. The topic is the notification's key, so a push
 * service holding an undelivered copy replaces it instead of showing it twice.
 */
export class PushSender implements ChannelSender {
  constructor(
    private readonly keys: VapidKeys,
    private readonly store: PushStore,
  ) {}

  async send(message: OutgoingMessage): Promise<void> {
    const subscriptions = await this.store.subscriptionsOf(message.to.userId);
    if (subscriptions.length === 0) {
      throw new PermanentDeliveryError('The recipient has no push subscription (any more).');
    }
    const payload = JSON.stringify({ title: message.title, body: message.body, url: message.url });
    const topic = message.idempotencyKey.replace(/[^A-Za-z0-9_-]/g, '').slice(-32);
    let delivered = 0;
    const errors: string[] = [];
    for (const s of subscriptions) {
      try {
        await webpush.sendNotification(
          { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } },
          payload,
          {
            vapidDetails: this.keys,
            TTL: 24 * 3600,
            topic,
            urgency: 'high',
            timeout: 15_000,
          },
        );
        delivered += 1;
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) {
          await this.store.forget(s.endpoint);
          continue;
        }
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (delivered > 0) return;
    if (errors.length === 0)
      throw new PermanentDeliveryError('Every push subscription of the recipient has expired.');
    throw new Error(errors.join('; '));
  }
}

export const generateVapidKeys = (): { publicKey: string; privateKey: string } => webpush.generateVAPIDKeys();

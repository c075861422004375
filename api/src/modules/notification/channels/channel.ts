/** What a channel is given to send: already rendered, with a key that is the same on every attempt. */
export interface OutgoingMessage {
  /** Stable per notification: the email Message-ID, the push topic, the SMS idempotency header. */
  idempotencyKey: string;
  to: { userId: number; name: string; email: string; phone: string | null };
  title: string;
  body: string;
  /** Absolute link into the app, when the notification leads somewhere. */
  url: string | null;
  company: { name: string; logoUrl: string | null; replyTo: string | null };
}

/** A failure the provider will never accept (bad number, expired subscription): no retry. */
export class PermanentDeliveryError extends Error {}

export interface ChannelSender {
  /** Resolves once the provider accepted the message; throws to retry, or PermanentDeliveryError to stop. */
  send(message: OutgoingMessage): Promise<void>;
}

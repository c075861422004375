import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import type { SecretBox } from '../security/secret-box';
import type { Throttle } from '../security/throttle';
import type { Jobs } from '../jobs/jobs';
import type { FixlinePubSub } from '../pubsub/pubsub';
import { AppError, unauthenticated } from './errors';
import { Loaders } from './loaders';

/** Who is asking; loaded fresh from the database on every request and WebSocket connection. */
export interface Viewer {
  id: number;
  role: string;
  vendorId: number | null;
  /** When the caller's token expires (sockets are closed with 4403 then). */
  expiresAt?: Date;
  /** Set when the caller is an API key: its id and scopes (then `id` is the key's creator). */
  apiKey?: { id: number; scopes: readonly string[] };
}

/** Who a request's budget and logs are about. */
export const identityOf = (viewer: Viewer | null, clientAddress: string): string =>
  viewer?.apiKey ? `key:${viewer.apiKey.id}` : viewer ? `user:${viewer.id}` : `ip:${clientAddress}`;

export interface Services {
  orm: MikroORM;
  config: AppConfig;
  logger: Logger;
  secretBox: SecretBox;
  pubSub: FixlinePubSub;
  jobs: Jobs;
  /** Failed sign-ins per account and per address. */
  loginThrottles: { account: Throttle; address: Throttle };
  /** A short-lived signed download URL for an attachment (original or thumbnail). */
  signUploadUrl: (attachmentId: number, variant: 'original' | 'thumbnail') => string;
  /** The scope an API key needs for `Type.field` (null: not for keys); from the identity module's table. */
  apiKeyScopeFor: (parentType: string, field: string) => string | null;
  /** The VAPID public key browsers subscribe to Web Push with. */
  vapidPublicKey: string;
}

/**
 * The GraphQL context. `em` and `loaders` belong to one unit of work: an HTTP request, or one subscription event
 * (`renew()` is called before each event is resolved, so every event reads fresh data).
 */
export class Context {
  em: EntityManager;
  loaders: Loaders;
  /** What this operation cost against the caller's hourly budget (set by the limits plugin). */
  cost?: { requestedQueryCost: number; points: number; limit: number; remaining: number; resetAt: string };

  constructor(
    readonly services: Services,
    readonly viewer: Viewer | null,
    /** The caller's network address: the rate-limit identity of anonymous callers. */
    readonly clientAddress = 'unknown',
  ) {
    this.em = services.orm.em.fork();
    this.loaders = new Loaders(this.em, this.viewer);
  }

  renew(): void {
    this.em = this.services.orm.em.fork();
    this.loaders = new Loaders(this.em, this.viewer);
  }
}

/** The signed-in viewer; behind `@Authorized` this never throws, elsewhere it answers UNAUTHENTICATED. */
export const viewerOf = (ctx: Context): Viewer => {
  if (ctx.viewer === null) throw unauthenticated();
  return ctx.viewer;
};

/** A row a foreign key points at; missing means the database is inconsistent, which is our error. */
export const found = <T>(value: T | null | undefined): T => {
  if (value === null || value === undefined)
    throw new AppError('INTERNAL_SERVER_ERROR', 'A related record is missing.');
  return value;
};

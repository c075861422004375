import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import type { SecretBox } from '../security/secret-box';
import type { Throttle } from '../security/throttle';
import type { Jobs } from '../jobs/jobs';
import type { Foreground } from '../jobs/foreground';
import type { FixlinePubSub } from '../pubsub/pubsub';
import { AppError, unauthenticated } from './errors';
import { Loaders, SharedLoaders } from './loaders';

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
  /** The requests this instance is serving; its background work waits while it is busy. */
  foreground: Foreground;
}

/** One unit of work: an entity manager and the loaders over it. */
interface UnitOfWork {
  em: EntityManager;
  loaders: Loaders;
}

/** Who sees exactly the same data: the same user (or key) in the same role. */
const viewerKey = (viewer: Viewer | null): string =>
  viewer === null ? 'anonymous' : `${viewer.apiKey ? `key:${viewer.apiKey.id}` : viewer.id}:${viewer.role}`;

/**
 * Per published event: one entity manager and entity cache for every subscriber it reaches on this instance, and
 * one set of loaders per viewer — so 1,000 open boards read a changed order once, not 1,000 times. Dropped with the
 * event (a WeakMap keyed by the event object every subscriber receives).
 */
const eventScopes = new WeakMap<
  object,
  { em: EntityManager; shared: SharedLoaders; units: Map<string, UnitOfWork> }
>();

/**
 * The GraphQL context. `em` and `loaders` belong to one unit of work: an HTTP request, or one subscription event
 * (`renew(event)` is called before each event is resolved, so every event reads fresh data). Both are made on first
 * use: an idle subscription holds neither.
 */
export class Context {
  private unit: UnitOfWork | null = null;
  /** A subscription's WebSocket: closes it (the client reconnects, resubscribes and refetches). */
  closeConnection?: (code: number, reason: string) => void;
  /** What this operation cost against the caller's hourly budget (set by the limits plugin). */
  cost?: { requestedQueryCost: number; points: number; limit: number; remaining: number; resetAt: string };

  constructor(
    readonly services: Services,
    readonly viewer: Viewer | null,
    /** The caller's network address: the rate-limit identity of anonymous callers. */
    readonly clientAddress = 'unknown',
  ) {}

  get em(): EntityManager {
    return this.current().em;
  }

  get loaders(): Loaders {
    return this.current().loaders;
  }

  private current(): UnitOfWork {
    if (this.unit === null) {
      const em = this.services.orm.em.fork();
      this.unit = { em, loaders: new Loaders(em, this.viewer) };
    }
    return this.unit;
  }

  /**
   * A fresh unit of work for the next subscription event. Given the published event object, subscribers with the
   * same viewer share one unit of work for it and everyone shares the viewer-independent entity loads.
   */
  renew(event?: object): void {
    if (event === undefined) {
      this.unit = null;
      return;
    }
    let scope = eventScopes.get(event);
    if (scope === undefined) {
      scope = { em: this.services.orm.em.fork(), shared: new SharedLoaders(), units: new Map() };
      eventScopes.set(event, scope);
    }
    const key = viewerKey(this.viewer);
    let unit = scope.units.get(key);
    if (unit === undefined) {
      unit = { em: scope.em, loaders: new Loaders(scope.em, this.viewer, scope.shared) };
      scope.units.set(key, unit);
    }
    this.unit = unit;
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

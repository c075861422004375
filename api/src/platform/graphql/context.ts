import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import type { SecretBox } from '../security/secret-box';
import type { Jobs } from '../jobs/jobs';
import type { FixlinePubSub } from '../pubsub/pubsub';
import { AppError, unauthenticated } from './errors';
import { Loaders } from './loaders';

/** Who is asking; loaded fresh from the database on every request and WebSocket connection. */
export interface Viewer {
  id: number;
  role: string;
  vendorId: number | null;
}

export interface Services {
  orm: MikroORM;
  config: AppConfig;
  logger: Logger;
  secretBox: SecretBox;
  pubSub: FixlinePubSub;
  jobs: Jobs;
}

/**
 * The GraphQL context. `em` and `loaders` belong to one unit of work: an HTTP request, or one subscription event
 * (`renew()` is called before each event is resolved, so every event reads fresh data).
 */
export class Context {
  em: EntityManager;
  loaders: Loaders;

  constructor(
    readonly services: Services,
    readonly viewer: Viewer | null,
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

import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, type AppConfig } from './platform/config/config';
import { migrate, ormOptions } from './platform/db/orm';
import { seedDemoData } from './platform/db/seeders/demo-seeder';
import type { Viewer } from './platform/graphql/context';
import { createLogger, type Logger } from './platform/logging/logger';
import { startHttpServer, type RunningServer } from './platform/http/server';
import { createSharedPubSub, type FixlinePubSub } from './platform/pubsub/pubsub';
import { SecretBox } from './platform/security/secret-box';
import { Throttle } from './platform/security/throttle';

/** Failed sign-ins allowed per account and per network address in 15 minutes. */
const LOGIN_LIMITS = { perAccount: 5, perAddress: 30, windowMs: 15 * 60_000 };
import { isApiKeyToken, viewerForApiKey } from './modules/identity/api-key.service';
import { scopeFor } from './modules/identity/api-key.scopes';
import { viewerFor } from './modules/identity/identity.service';
import { TokenService, bearerToken } from './modules/identity/token.service';
import { Foreground } from './platform/jobs/foreground';
import { Jobs } from './platform/jobs/jobs';
import { registerWorkflowJobs } from './modules/workflow/workflow.jobs';
import { startWebhookWorker } from './modules/webhook/webhook.worker';
import { mountReportRoutes } from './modules/report/report.routes';
import { startRollupRefresher } from './modules/report/report.worker';
import { LocalFileStorage, S3FileStorage, uploadsFolder } from './modules/attachment/storage';
import { mountUploadRoutes } from './modules/attachment/upload.routes';
import { UrlSigner } from './modules/attachment/upload.service';
import { createSchema } from './schema';
import { channelSenders, vapidKeys } from './modules/notification/notification.channels';
import { startNotificationWorker } from './modules/notification/notification.worker';
import { startRentReminders } from './modules/rent/rent.worker';

export interface App {
  config: AppConfig;
  orm: MikroORM;
  pubSub: FixlinePubSub;
  logger: Logger;
  http: RunningServer;
  jobs: Jobs;
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  /** Load the demo data (once; a second start finds it and does nothing). */
  seed?: boolean;
}

/** Wires the platform and the modules: database (migrated), schema, HTTP + WebSocket server. */
export const startApp = async (options: StartOptions = {}): Promise<App> => {
  const config = loadConfig(options.env);
  const logger = createLogger(config.logLevel);
  const orm = await MikroORM.init(ormOptions(config.databaseUrl));
  try {
    await migrate(orm);
    const secretBox = new SecretBox(config.secretKey);
    if (options.seed) await seedDemoData(orm.em.fork(), secretBox, logger);
    const { pubSub, close: closePubSub } = createSharedPubSub(config.redisUrl);
    const tokens = new TokenService(config.secretKey, config.tokenTtlSeconds);
    const authenticate = async (authorization: unknown): Promise<Viewer | null> => {
      const token = bearerToken(authorization);
      if (token !== null && isApiKeyToken(token)) return viewerForApiKey(orm.em.fork(), token);
      const claims = token === null ? null : await tokens.verify(token);
      const viewer = claims === null ? null : await viewerFor(orm.em.fork(), claims.userId);
      return viewer === null || claims === null ? null : { ...viewer, expiresAt: claims.expiresAt };
    };
    const jobs = await Jobs.start(config.databaseUrl, logger, config.jobPollingSeconds, config.runWorkers);
    // the requests this instance serves come first: its consumers and jobs wait while it is busy
    const foreground = new Foreground();
    jobs.foreground = foreground;
    const loginThrottles = {
      account: new Throttle(LOGIN_LIMITS.perAccount, LOGIN_LIMITS.windowMs),
      address: new Throttle(LOGIN_LIMITS.perAddress, LOGIN_LIMITS.windowMs),
    };
    const signer = new UrlSigner(config.secretKey);
    const storage = config.s3
      ? new S3FileStorage(config.s3)
      : new LocalFileStorage(uploadsFolder(config.dataDir));
    const vapid = await vapidKeys(orm.em, config, secretBox);
    const channels = channelSenders(orm.em, config, logger, vapid);
    const services = {
      orm,
      config,
      logger,
      secretBox,
      pubSub,
      jobs,
      loginThrottles,
      apiKeyScopeFor: scopeFor,
      signUploadUrl: (id: number, variant: 'original' | 'thumbnail') => signer.url(id, variant),
      vapidPublicKey: vapid.publicKey,
      foreground,
    };
    await registerWorkflowJobs(jobs, { em: orm.em, pubSub, jobs, timings: config.timings });
    const idle = async (): Promise<void> => undefined;
    const stopWebhooks = !config.runWorkers
      ? idle
      : await startWebhookWorker(
          {
            em: orm.em,
            jobs,
            secretBox,
            logger,
            retryBaseSeconds: config.webhooks.retryBaseSeconds,
            retryForSeconds: config.webhooks.retryForSeconds,
            allowInsecureUrls: config.nodeEnv !== 'production',
          },
          jobs,
          pubSub,
        );
    const notificationDeps = {
      em: orm.em,
      jobs,
      pubSub,
      logger,
      senders: channels.senders,
      publicUrl: config.publicUrl,
      ...config.notifications,
      sendTimeoutMs: Math.min(30_000, (config.notifications.leaseSeconds * 1000) / 2),
    };
    const stopNotifications = !config.runWorkers
      ? idle
      : await startNotificationWorker(notificationDeps, jobs, pubSub);
    const stopRentReminders = !config.runWorkers
      ? idle
      : startRentReminders(notificationDeps, config.rentReminderIntervalSeconds * 1000);
    const stopReportRollups = !config.runWorkers
      ? idle
      : startRollupRefresher({ em: orm.em, logger, foreground });
    const http = await startHttpServer({
      services,
      schema: await createSchema(pubSub),
      authenticate,
      mount: (app) => {
        mountReportRoutes(app, { em: () => orm.em.fork(), authenticate });
        mountUploadRoutes(app, {
          em: () => orm.em.fork(),
          storage,
          signer,
          limits: config.uploads,
          logger,
          authenticate,
        });
      },
    });
    let stopping: Promise<void> | undefined;
    return {
      config,
      orm,
      pubSub,
      logger,
      http,
      jobs,
      url: http.url,
      stop: () =>
        (stopping ??= (async () => {
          await http.stop();
          await stopWebhooks();
          await stopNotifications();
          await stopRentReminders();
          await stopReportRollups();
          await jobs.stop();
          channels.close();
          await closePubSub();
          await orm.close();
        })()),
    };
  } catch (error) {
    await orm.close();
    throw error;
  }
};

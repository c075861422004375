import type { S3Settings } from '../../modules/attachment/storage';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  databaseUrl: string;
  /** 32-byte key used for AES-256-GCM at rest and (through HKDF) for signing tokens. */
  secretKey: Buffer;
  tokenTtlSeconds: number;
  logLevel: string;
  dataDir: string;
  /** Folder holding the built clients (`admin-web/dist`, `tenant-web/dist`); absent in api-only runs. */
  webRoot: string;
  publicUrl: string;
  /** Workflow timings in seconds (defaults: PRODUCT.md / DOMAIN.md). */
  timings: {
    autoCloseAfterSeconds: number;
    tenantReopenWithinSeconds: number;
    approvalReminderAfterSeconds: number;
    approvalEscalationAfterSeconds: number;
  };
  webhooks: { retryBaseSeconds: number; retryForSeconds: number };
  /** Browser origins allowed to call the API cross-origin (CORS_ORIGINS, comma-separated). */
  corsOrigins: string[];
  /** Express's trust-proxy setting, so rate limits see the client's address behind a proxy (TRUST_PROXY). */
  trustProxy: boolean | number;
  /** Upload size limits in bytes (UPLOAD_PHOTO_MB, UPLOAD_VIDEO_MB, UPLOAD_DOCUMENT_MB). */
  uploads: { photoBytes: number; videoBytes: number; documentBytes: number };
  /** S3_BUCKET (+ S3_REGION, S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE): uploads on S3. */
  s3: S3Settings | undefined;
  /** Redis for pub/sub between api instances (REDIS_URL); in-process when unset. */
  redisUrl: string | undefined;
  /** When set, /metrics asks for `Authorization: Bearer <METRICS_TOKEN>`. */
  metricsToken: string | undefined;
  /** Rate-limit points per identity per hour. */
  rateLimitPointsPerHour: number;
  /** How often job workers look for due jobs. */
  jobPollingSeconds: number;
  /** How often rent coming due is checked for reminders (RENT_REMINDER_INTERVAL_SECONDS, default hourly). */
  rentReminderIntervalSeconds: number;
  /** RUN_WORKERS=false: this instance serves requests only (queues jobs, runs none, consumes no outbox). */
  runWorkers: boolean;
  /** GRAPHQL_JIT=false: run queries and mutations on graphql-js's execute instead of compiling them (graphql-jit). */
  graphqlJit: boolean;
  notifications: {
    /** SMTP_URL (smtp://user:pass@host:587); unset: mail is kept in `<dataDir>/mail` and listed in admin-web. */
    smtpUrl: string | undefined;
    mailFrom: string;
    /** TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM; unset: texts are logged to `<dataDir>/sms.log`. */
    twilio: { accountSid: string; authToken: string; from: string; baseUrl: string } | undefined;
    /** VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY; unset: a pair is made once and kept in the database. */
    vapid: { publicKey: string | undefined; privateKey: string | undefined; subject: string };
    maxAttempts: number;
    retryBaseSeconds: number;
    leaseSeconds: number;
    followUpAfterSeconds: number;
  };
}

const repoRoot = resolve(__dirname, '..', '..', '..', '..');
const DAY = 86_400;

const int = (name: string, raw: string | undefined, fallback: number, min: number, max: number): number => {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}; got "${raw}"`);
  }
  return value;
};

const nodeEnvOf = (raw: string | undefined): NodeEnv => {
  if (raw === undefined || raw === '') return 'development';
  if (raw === 'development' || raw === 'production' || raw === 'test') return raw;
  throw new Error(`NODE_ENV must be development, production or test; got "${raw}"`);
};

/**
 * The secret key comes from FIXLINE_SECRET_KEY (64 hex characters or base64 of 32 bytes). In development a key is
 * generated once into the data folder so encrypted codes stay readable across restarts; production refuses to
 * start without one.
 */
const secretKeyOf = (raw: string | undefined, nodeEnv: NodeEnv, dataDir: string): Buffer => {
  if (raw !== undefined && raw !== '') {
    const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
    if (key.length !== 32) {
      throw new Error('FIXLINE_SECRET_KEY must be 32 bytes: 64 hex characters or base64 of 32 bytes');
    }
    return key;
  }
  if (nodeEnv === 'production') throw new Error('FIXLINE_SECRET_KEY is required in production');
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
};

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const nodeEnv = nodeEnvOf(env.NODE_ENV);
  const dataDir = resolve(env.FIXLINE_DATA_DIR ?? join(repoRoot, '.data'));
  const port = int('PORT', env.PORT, 4000, 0, 65535);
  const databaseUrl = env.DATABASE_URL;
  if (databaseUrl === undefined || databaseUrl === '') {
    throw new Error('DATABASE_URL is not set (npm start sets it to the embedded PostgreSQL)');
  }
  return {
    nodeEnv,
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    secretKey: secretKeyOf(env.FIXLINE_SECRET_KEY, nodeEnv, dataDir),
    tokenTtlSeconds: int('TOKEN_TTL_SECONDS', env.TOKEN_TTL_SECONDS, 12 * 3600, 1, 30 * 24 * 3600),
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    dataDir,
    webRoot: resolve(env.FIXLINE_WEB_ROOT ?? repoRoot),
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    timings: {
      autoCloseAfterSeconds: int(
        'AUTO_CLOSE_AFTER_SECONDS',
        env.AUTO_CLOSE_AFTER_SECONDS,
        7 * DAY,
        1,
        365 * DAY,
      ),
      tenantReopenWithinSeconds: int(
        'TENANT_REOPEN_WITHIN_SECONDS',
        env.TENANT_REOPEN_WITHIN_SECONDS,
        14 * DAY,
        1,
        365 * DAY,
      ),
      approvalReminderAfterSeconds: int(
        'APPROVAL_REMINDER_AFTER_SECONDS',
        env.APPROVAL_REMINDER_AFTER_SECONDS,
        DAY,
        1,
        30 * DAY,
      ),
      approvalEscalationAfterSeconds: int(
        'APPROVAL_ESCALATION_AFTER_SECONDS',
        env.APPROVAL_ESCALATION_AFTER_SECONDS,
        2 * DAY,
        1,
        30 * DAY,
      ),
    },
    webhooks: {
      retryBaseSeconds: int('WEBHOOK_RETRY_BASE_SECONDS', env.WEBHOOK_RETRY_BASE_SECONDS, 30, 1, 3600),
      retryForSeconds: int('WEBHOOK_RETRY_FOR_SECONDS', env.WEBHOOK_RETRY_FOR_SECONDS, DAY, 1, 7 * DAY),
    },
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    trustProxy:
      env.TRUST_PROXY === undefined || env.TRUST_PROXY === ''
        ? false
        : int('TRUST_PROXY', env.TRUST_PROXY, 1, 0, 10),
    uploads: {
      photoBytes: int('UPLOAD_PHOTO_MB', env.UPLOAD_PHOTO_MB, 15, 1, 100) * 1024 * 1024,
      videoBytes: int('UPLOAD_VIDEO_MB', env.UPLOAD_VIDEO_MB, 100, 1, 2000) * 1024 * 1024,
      documentBytes: int('UPLOAD_DOCUMENT_MB', env.UPLOAD_DOCUMENT_MB, 20, 1, 200) * 1024 * 1024,
    },
    s3: env.S3_BUCKET
      ? {
          bucket: env.S3_BUCKET,
          region: env.S3_REGION || 'us-east-1',
          endpoint: env.S3_ENDPOINT || undefined,
          accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
          forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true' || Boolean(env.S3_ENDPOINT),
        }
      : undefined,
    redisUrl: env.REDIS_URL || undefined,
    metricsToken: env.METRICS_TOKEN || undefined,
    rateLimitPointsPerHour: int(
      'RATE_LIMIT_POINTS_PER_HOUR',
      env.RATE_LIMIT_POINTS_PER_HOUR,
      5000,
      1,
      10_000_000,
    ),
    jobPollingSeconds: int('JOB_POLLING_SECONDS', env.JOB_POLLING_SECONDS, 2, 1, 60),
    rentReminderIntervalSeconds: int(
      'RENT_REMINDER_INTERVAL_SECONDS',
      env.RENT_REMINDER_INTERVAL_SECONDS,
      3600,
      1,
      86_400,
    ),
    runWorkers: env.RUN_WORKERS !== 'false',
    graphqlJit: env.GRAPHQL_JIT !== 'false',
    notifications: {
      smtpUrl: env.SMTP_URL || undefined,
      mailFrom: env.MAIL_FROM || 'notifications@fixline.localhost',
      twilio:
        env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN && env.TWILIO_FROM
          ? {
              accountSid: env.TWILIO_ACCOUNT_SID,
              authToken: env.TWILIO_AUTH_TOKEN,
              from: env.TWILIO_FROM,
              baseUrl: env.TWILIO_BASE_URL || 'https://api.twilio.com',
            }
          : undefined,
      vapid: {
        publicKey: env.VAPID_PUBLIC_KEY || undefined,
        privateKey: env.VAPID_PRIVATE_KEY || undefined,
        subject: env.VAPID_SUBJECT || 'mailto:notifications@fixline.localhost',
      },
      maxAttempts: int('NOTIFY_MAX_ATTEMPTS', env.NOTIFY_MAX_ATTEMPTS, 5, 1, 50),
      retryBaseSeconds: int('NOTIFY_RETRY_BASE_SECONDS', env.NOTIFY_RETRY_BASE_SECONDS, 30, 1, 3600),
      leaseSeconds: int('NOTIFY_LEASE_SECONDS', env.NOTIFY_LEASE_SECONDS, 120, 1, 3600),
      followUpAfterSeconds: int('FOLLOW_UP_AFTER_SECONDS', env.FOLLOW_UP_AFTER_SECONDS, DAY, 1, 30 * DAY),
    },
  };
};

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Severity, SubmitMaintenanceRequestInput } from '../../../generated/graphql';
import type { UserErrorLike } from '../../../shared/errors';
import type { IntakeDraft } from '../hooks/draft';

/** A photo or video chosen while offline, kept on the device until it is uploaded. */
export interface QueuedFile {
  /** Stable within its request. */
  id: string;
  name: string;
  type: string;
  blob: Blob;
}

/** What the card on the home page shows, copied at the time the request was made. */
export interface QueuedSummary {
  title: string;
  severity: Severity;
  categoryName: string | null;
  propertyName: string | null;
  emergencyHotline: string | null;
  afterHoursInstructions: string | null;
}

/**
 * A request made without a connection. `waiting`: sent automatically when possible. `failed`: the server
 * refused it (`errors`): it waits for the tenant to edit or discard it, never resent as it is.
 */
export interface QueuedIntake {
  /** The draft's idempotency key: every attempt sends it, so the server creates the request once. */
  idempotencyKey: string;
  /** Whose request (the session token's subject): only sent, and only shown, in their session. */
  owner: string;
  /** ISO-8601: when the tenant pressed Send. */
  createdAt: string;
  state: 'waiting' | 'failed';
  /** The mutation input; uploaded files' ids are appended to `attachmentIds` as they go up. */
  input: SubmitMaintenanceRequestInput;
  /** The form as the tenant left it, to edit it again after a refusal. */
  draft: IntakeDraft;
  /** Files still to upload before the request can be sent. */
  files: QueuedFile[];
  summary: QueuedSummary;
  /** Attempts that failed for lack of network (or a server hiccup), for the backoff. */
  attempts: number;
  /** Epoch ms before which the periodic retry leaves it alone. */
  nextAttemptAt: number;
  /** The server's reasons, when `failed`. */
  errors: UserErrorLike[];
}

interface OutboxSchema extends DBSchema {
  intakeOutbox: {
    key: string;
    value: QueuedIntake;
    indexes: { byOwner: string };
  };
}

const DB_NAME = 'fixline-tenant';
const DB_VERSION = 1;
const STORE = 'intakeOutbox';

let database: Promise<IDBPDatabase<OutboxSchema>> | null = null;

const db = (): Promise<IDBPDatabase<OutboxSchema>> => {
  database ??= openDB<OutboxSchema>(DB_NAME, DB_VERSION, {
    upgrade(upgrading) {
      const store = upgrading.createObjectStore(STORE, { keyPath: 'idempotencyKey' });
      store.createIndex('byOwner', 'owner');
    },
  }).catch((error: unknown) => {
    // Private browsing or storage turned off: try again next time rather than keep a dead promise.
    database = null;
    throw error;
  });
  return database;
};

/** The owner's queued requests, oldest first. */
export const listQueued = async (owner: string): Promise<QueuedIntake[]> => {
  const records = await (await db()).getAllFromIndex(STORE, 'byOwner', owner);
  return records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
};

export const getQueued = async (idempotencyKey: string): Promise<QueuedIntake | undefined> =>
  (await db()).get(STORE, idempotencyKey);

/** Adds or replaces (same idempotency key: an edited request replaces the refused one). */
export const putQueued = async (record: QueuedIntake): Promise<void> => {
  await (await db()).put(STORE, record);
};

export const deleteQueued = async (idempotencyKey: string): Promise<void> => {
  await (await db()).delete(STORE, idempotencyKey);
};

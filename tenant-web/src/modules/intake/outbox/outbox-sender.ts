import type { ApolloClient } from '@apollo/client';
import { graphQLErrorCodes, isNetworkError, type UserErrorLike } from '../../../shared/errors';
import { UPLOAD_PATH, uploadKindOf } from '../../../shared/hooks/useUploads';
import { SaveAccessProfileMutation, SubmitMaintenanceRequestMutation } from '../graphql/intake';
import type { QueuedFile, QueuedIntake } from './outbox-store';

export interface SentRequest {
  id: string;
  number: number;
  title: string;
}

/**
 * `sent`: the server created (or, for a repeated key, had already created) the request.
 * `refused`: the server answered with reasons it will give again: not to be resent as it is.
 * `retry`: no answer (no network, a server hiccup): try again later, with the same key.
 * `stop`: the session is no longer valid: leave it until the tenant signs in again.
 */
export type SendOutcome =
  | { kind: 'sent'; request: SentRequest }
  | { kind: 'refused'; errors: UserErrorLike[] }
  | { kind: 'retry' }
  | { kind: 'stop' };

export interface SendContext {
  client: ApolloClient;
  token: string;
  /** Saves progress (an uploaded file) so that a later attempt doesn't upload it again. */
  save: (record: QueuedIntake) => Promise<void>;
  /** The message for an upload refused without a reason we can show. */
  uploadRefused: string;
}

/** GraphQL error codes that will come back every time for the same request. */
const PERMANENT_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);
/** HTTP statuses of an upload that may succeed later. */
const TRANSIENT_UPLOAD_STATUSES = new Set([408, 425, 429]);

type UploadOutcome =
  | { kind: 'done'; id: string }
  | { kind: 'refused'; message: string | null }
  | { kind: 'retry' }
  | { kind: 'stop' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const upload = async (file: QueuedFile, token: string): Promise<UploadOutcome> => {
  let response: Response;
  try {
    const form = new FormData();
    form.append('file', file.blob, file.name);
    response = await fetch(UPLOAD_PATH, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
  } catch {
    return { kind: 'retry' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && isRecord(body) && typeof body['id'] === 'string')
    return { kind: 'done', id: body['id'] };
  if (response.status === 401) return { kind: 'stop' };
  if (response.status >= 500 || TRANSIENT_UPLOAD_STATUSES.has(response.status)) return { kind: 'retry' };
  return {
    kind: 'refused',
    message: isRecord(body) && typeof body['error'] === 'string' ? body['error'] : null,
  };
};

/**
 * One attempt at a queued request: upload its remaining files (each saved as it goes up), then submit it
 * with its idempotency key. Never throws.
 */
export const sendQueued = async (record: QueuedIntake, context: SendContext): Promise<SendOutcome> => {
  let current = record;
  for (const file of record.files) {
    const outcome = await upload(file, context.token);
    if (outcome.kind === 'retry' || outcome.kind === 'stop') return outcome;
    if (outcome.kind === 'refused') {
      return {
        kind: 'refused',
        errors: [
          {
            field: ['input', 'attachmentIds'],
            message: `${file.name}: ${outcome.message ?? context.uploadRefused}`,
            code: 'UPLOAD_REFUSED',
          },
        ],
      };
    }
    current = {
      ...current,
      files: current.files.filter((candidate) => candidate.id !== file.id),
      input: { ...current.input, attachmentIds: [...(current.input.attachmentIds ?? []), outcome.id] },
      draft: {
        ...current.draft,
        attachments: [
          ...current.draft.attachments,
          { id: outcome.id, name: file.name, kind: uploadKindOf(file) },
        ],
      },
    };
    // If this fails the file may go up again next time: an unused upload, never a second request.
    await context.save(current).catch(() => undefined);
  }

  try {
    const { data } = await context.client.mutate({
      mutation: SubmitMaintenanceRequestMutation,
      variables: { input: current.input },
      // The home list must show the new request: drop the cached list so it loads fresh.
      update: (cache) => {
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'workOrders' });
        cache.gc();
      },
    });
    const payload = data?.submitMaintenanceRequest;
    if (!payload) return { kind: 'retry' };
    if (payload.userErrors.length > 0) return { kind: 'refused', errors: payload.userErrors };
    if (!payload.workOrder) return { kind: 'retry' };
    const { id, number, title } = payload.workOrder;
    if (current.draft.saveAccessProfile && current.input.access) {
      // Best effort, as in the online flow: the request itself is what matters.
      context.client
        .mutate({ mutation: SaveAccessProfileMutation, variables: { input: current.input.access } })
        .catch(() => undefined);
    }
    return { kind: 'sent', request: { id, number, title } };
  } catch (error) {
    if (isNetworkError(error)) return { kind: 'retry' };
    const codes = graphQLErrorCodes(error);
    if (codes.includes('UNAUTHENTICATED')) return { kind: 'stop' };
    if (codes.length > 0 && codes.every((code) => PERMANENT_CODES.has(code)) && error instanceof Error) {
      return { kind: 'refused', errors: [{ field: null, message: error.message, code: codes[0] ?? '' }] };
    }
    return { kind: 'retry' };
  }
};

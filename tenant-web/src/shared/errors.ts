import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export interface UserErrorLike {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

/** `["input", "availability", "0", "startsAt"]` → `"availability.0.startsAt"` (the leading `input` is noise). */
export const userErrorPath = (error: UserErrorLike): string => {
  const field = error.field ?? [];
  return (field[0] === 'input' ? field.slice(1) : field).join('.');
};

/** The translation key that explains a thrown (not user) error to the tenant. */
export const thrownErrorKey = (error: unknown): 'common.networkError' | 'common.unexpectedError' => {
  if (CombinedGraphQLErrors.is(error) || ServerParseError.is(error)) return 'common.unexpectedError';
  if (ServerError.is(error))
    return error.statusCode >= 500 ? 'common.unexpectedError' : 'common.networkError';
  return 'common.networkError';
};

/** Gateways that answer for an api they couldn't reach: the request may be retried as it is. */
const UNREACHABLE_STATUSES = new Set([502, 503, 504]);

/**
 * True when a thrown error means the request never got an answer from the api (no network, the connection
 * dropped, or a gateway couldn't reach it): the same request can simply be sent again later.
 */
export const isNetworkError = (error: unknown): boolean => {
  if (CombinedGraphQLErrors.is(error) || ServerParseError.is(error)) return false;
  if (ServerError.is(error)) return UNREACHABLE_STATUSES.has(error.statusCode);
  // fetch rejects with a TypeError when the network fails ("Failed to fetch", "Load failed", …).
  return error instanceof TypeError;
};

/** The `extensions.code` of each GraphQL error the api answered with (empty for any other error). */
export const graphQLErrorCodes = (error: unknown): string[] =>
  CombinedGraphQLErrors.is(error)
    ? error.errors.map((e) => {
        const code = e.extensions?.['code'];
        return typeof code === 'string' ? code : '';
      })
    : [];

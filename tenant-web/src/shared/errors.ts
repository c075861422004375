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

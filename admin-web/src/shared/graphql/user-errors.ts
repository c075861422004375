import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface UserErrorLike {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

/** The input field a user error points at: the last segment of its path ("input.email" → "email"). */
export function userErrorField(error: UserErrorLike): string | undefined {
  const path = error.field ?? [];
  return path.length > 0 ? path[path.length - 1] : undefined;
}

/** The deepest segment of the error's path that the form knows ("input.window.startsAt" → "window"). */
export function matchUserErrorField<F extends string>(
  error: UserErrorLike,
  known: readonly F[],
): F | undefined {
  const path = error.field ?? [];
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const segment = path[index];
    const match = known.find((field) => field === segment);
    if (match) return match;
  }
  return undefined;
}

/** The `extensions.code` of a GraphQL error thrown by a request (FORBIDDEN, UNAUTHENTICATED, …), if any. */
export function graphQLErrorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  for (const graphQLError of error.errors) {
    const code = graphQLError.extensions?.code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

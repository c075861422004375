import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'LIMIT_EXCEEDED'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string) {
    super(message, { extensions: { code } });
  }
}

export const unauthenticated = (): AppError => new AppError('UNAUTHENTICATED', 'Sign in to do this.');
export const forbidden = (message = 'You are not allowed to do this.'): AppError =>
  new AppError('FORBIDDEN', message);

const PASS_THROUGH = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'LIMIT_EXCEEDED',
  'RATE_LIMITED',
]);

interface ValidationDetail {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationDetail[];
}

const flattenValidation = (
  errors: ValidationDetail[],
  path: string[] = [],
): { field: string[]; message: string }[] =>
  errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) => ({ field: [...path, e.property], message })),
    ...flattenValidation(e.children ?? [], [...path, e.property]),
  ]);

/**
 * One formatter for HTTP and WebSocket: known client errors pass with their code; input validation failures become
 * BAD_USER_INPUT with the failing fields (never the validator's `target` object); everything else is masked to a
 * generic message so no stack, SQL or internals leave the server.
 */
export const maskError = (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
  const cause = original instanceof GraphQLError ? (original.originalError ?? original) : original;
  if (cause instanceof ArgumentValidationError) {
    return {
      message: 'The input is not valid.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', fields: flattenValidation(cause.extensions.validationErrors) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (code === undefined && !(cause instanceof Error && cause !== original)) {
    // Errors raised by graphql-js itself during validation/coercion carry no code and no original error.
    if (original instanceof GraphQLError && original.originalError === undefined) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
  }
  return {
    message: 'Something went wrong on our side. Please try again.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
};

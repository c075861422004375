import {
  HeaderMap,
  type ApolloServerPlugin,
  type BaseContext,
  type GraphQLRequestContextResponseForOperation,
  type GraphQLResponse,
  type HTTPGraphQLHead,
} from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  getNamedType,
  isInputObjectType,
  typeFromAST,
  type DocumentNode,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export const JIT_RULES = {
  /**
   * A document is compiled on its second execution: the clients' few operations run compiled, while a stream of
   * one-off documents (a third party exploring the API, or an attacker) never pays or forces the compile.
   */
  compileOnExecution: 2,
} as const;

type Compiled = CompiledQuery<Record<string, unknown>, Record<string, unknown>>;

/** Whether an input type (or one inside it) has a field with a default value. */
const hasFieldDefaults = (type: GraphQLInputObjectType, seen = new Set<string>()): boolean => {
  if (seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) => {
    if (field.defaultValue !== undefined) return true;
    const named = getNamedType(field.type);
    return isInputObjectType(named) && hasFieldDefaults(named, seen);
  });
};

/**
 * graphql-jit 0.8 coerces variables itself and does not apply input object fields' default values (an omitted
 * `locationKind: LocationKind! = UNIT` is refused as missing): an operation whose variables have defaults, or
 * are of an input type with defaulted fields, stays on graphql-js.
 */
export const jitCanRun = (schema: GraphQLSchema, operation: OperationDefinitionNode): boolean =>
  (operation.variableDefinitions ?? []).every((definition) => {
    if (definition.defaultValue !== undefined) return false;
    const named = getNamedType(typeFromAST(schema, definition.type));
    return !isInputObjectType(named) || !hasFieldDefaults(named);
  });

/** A compiled operation's errors, as Apollo formats execution errors (its own pipeline skips a plugin's response). */
export interface JitErrorHandling {
  /** Apollo's `formatError` (ours masks internal errors). */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** What the server's `didEncounterErrors` does with them (ours logs the unexpected ones). */
  encountered: (errors: readonly GraphQLError[], operationName: string | null) => void;
}

const isPartialHead = (value: unknown): value is Partial<HTTPGraphQLHead> =>
  typeof value === 'object' &&
  value !== null &&
  (!('status' in value) || typeof value.status === 'number') &&
  (!('headers' in value) || value.headers instanceof Map);

/** Apollo's formatting of execution errors: a code on each, `extensions.http` taken into the response's head. */
const formatErrors = (
  errors: readonly GraphQLError[],
  formatError: JitErrorHandling['formatError'],
  head: HTTPGraphQLHead,
): GraphQLFormattedError[] =>
  errors.map((error) => {
    try {
      // graphql-jit's own errors (a null in a non-null field) may have no extensions at all
      const extensions: Record<string, unknown> = {
        ...error.extensions,
        code: error.extensions?.code ?? ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
      };
      const http = extensions.http;
      if (isPartialHead(http)) {
        if (http.status) head.status = http.status;
        for (const [key, value] of http.headers ?? []) head.headers.set(key, value);
        delete extensions.http;
      }
      return formatError({ ...error.toJSON(), extensions }, error);
    } catch {
      return {
        message: 'Internal server error',
        extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
  });

/**
 * Executes queries and mutations with graphql-jit: each operation compiled to a function of its own (field order,
 * argument coercion and result completion resolved once), which does a 50-card board page's execution in about
 * half of graphql-js's CPU (bench/RESULTS.md, "GraphQL floor"). Same resolvers, same results; until its
 * `JIT_RULES.compileOnExecution`-th run, where `jitCanRun` says no, and whenever compiling fails, a document runs on
 * graphql-js (the plugin answers nothing and Apollo executes it).
 *
 * A plugin's `responseForOperation`, not Apollo's gateway interface: the gateway's context gives every request an
 * object with a getter and a setter over the whole request, and V8 keeps such per-object accessors in the old
 * generation, where a dead one still held the request (result, primed rows) through every young-generation
 * collection until the next full one: 5.3 MB of 19 MB survived an idle scavenge after 20 board pages, 0.3 MB now.
 * Subscriptions run on graphql-js (graphql-ws).
 */
export const jitPlugin = <TContext extends BaseContext>(
  schema: GraphQLSchema,
  errors: JitErrorHandling,
  executed: (mode: 'compiled' | 'interpreted') => void = () => undefined,
): ApolloServerPlugin<TContext> => {
  // per document and operation: runs so far, then the compiled query (null: it stays on graphql-js)
  const seen = new WeakMap<DocumentNode, Map<string, number | Compiled | null>>();
  const compiledFor = (
    document: DocumentNode,
    definition: OperationDefinitionNode,
    operationName: string | null,
  ): Compiled | null => {
    let byOperation = seen.get(document);
    if (byOperation === undefined) {
      byOperation = new Map();
      seen.set(document, byOperation);
    }
    const key = operationName ?? '';
    const state = byOperation.get(key) ?? 0;
    if (typeof state !== 'number') return state;
    if (state + 1 < JIT_RULES.compileOnExecution) {
      byOperation.set(key, state + 1);
      return null;
    }
    const compiled = jitCanRun(schema, definition)
      ? compileQuery(schema, document, operationName ?? undefined)
      : null;
    const ready = compiled !== null && isCompiledQuery(compiled) ? (compiled as Compiled) : null;
    byOperation.set(key, ready);
    return ready;
  };
  const respond = async ({
    document,
    operation,
    operationName,
    request,
    contextValue,
  }: GraphQLRequestContextResponseForOperation<TContext>): Promise<GraphQLResponse | null> => {
    const ready = compiledFor(document, operation, operationName);
    if (ready === null) {
      executed('interpreted');
      return null;
    }
    const result = await ready.query(undefined, contextValue, request.variables ?? {});
    if (result.data === undefined) {
      // nothing ran: graphql-jit refused the variables, in words of its own and without the variable's location;
      // graphql-js refuses them as it always does (BAD_USER_INPUT, a 400)
      executed('interpreted');
      return null;
    }
    executed('compiled');
    const head: HTTPGraphQLHead = { headers: new HeaderMap() };
    if (result.errors === undefined || result.errors.length === 0) {
      return { http: head, body: { kind: 'single', singleResult: { data: result.data } } };
    }
    errors.encountered(result.errors, operationName);
    const formatted = formatErrors(result.errors, errors.formatError, head);
    return { http: head, body: { kind: 'single', singleResult: { data: result.data, errors: formatted } } };
  };
  return {
    async requestDidStart() {
      return { responseForOperation: respond };
    },
  };
};

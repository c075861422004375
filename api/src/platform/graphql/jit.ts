import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getNamedType,
  isInputObjectType,
  printSchema,
  typeFromAST,
  type DocumentNode,
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

/**
 * Executes queries and mutations with graphql-jit: each operation compiled to a function of its own (field order,
 * argument coercion and result completion resolved once), which does a 50-card board page's execution in about
 * half of graphql-js's CPU (bench/RESULTS.md, "GraphQL floor"). Same resolvers, same results; until its
 * `JIT_RULES.compileOnExecution`-th run, where `jitCanRun` says no, and whenever compiling fails, a document runs on
 * graphql-js's `execute`.
 * Subscriptions run on graphql-js (graphql-ws).
 */
export const jitExecutor = (
  schema: GraphQLSchema,
  executed: (mode: 'compiled' | 'interpreted') => void = () => undefined,
): GatewayExecutor => {
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
  return async ({ document, operation, operationName, request, context }) => {
    const ready = compiledFor(document, operation, operationName);
    if (ready !== null) {
      executed('compiled');
      return ready.query(undefined, context, request.variables ?? {});
    }
    executed('interpreted');
    return execute({
      schema,
      document,
      contextValue: context,
      variableValues: request.variables,
      operationName,
    });
  };
};

/** Apollo Server's way to take over execution (its gateway interface), with a fixed schema. */
export const jitGateway = (
  schema: GraphQLSchema,
  executed?: (mode: 'compiled' | 'interpreted') => void,
): GatewayInterface => ({
  load: async () => ({ executor: jitExecutor(schema, executed) }),
  onSchemaLoadOrUpdate: (callback) => {
    callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
    return () => undefined;
  },
  stop: async () => undefined,
});

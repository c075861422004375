import {
  GraphQLError,
  createSourceEventStream,
  execute,
  parse,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from './context';

/**
 * The published event a subscription's root value was made from. A root value carrying it is resolved once per
 * event for every subscriber with the same document, variables and viewer; the others get the same result.
 */
export const SOURCE_EVENT = Symbol('source event');

export interface FromEvent {
  [SOURCE_EVENT]?: object;
}

/**
 * Parsed and validated documents by their text, shared by every subscription that sends the same one (a board
 * sends the same subscription from every browser): one AST without source locations instead of one per socket.
 */
export class DocumentCache {
  private readonly entries = new Map<
    string,
    { document: DocumentNode; text: string } | { errors: readonly GraphQLError[] }
  >();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly max = 500,
  ) {}

  /** The document (and the first-seen copy of its text: keep that one, let the caller's copy go) or its errors. */
  get(query: string): { document: DocumentNode; text: string } | { errors: readonly GraphQLError[] } {
    const hit = this.entries.get(query);
    if (hit !== undefined) {
      this.entries.delete(query);
      this.entries.set(query, hit);
      return hit;
    }
    let entry: { document: DocumentNode; text: string } | { errors: readonly GraphQLError[] };
    try {
      const document = parse(query, { noLocation: true });
      const errors = validate(this.schema, document);
      entry = errors.length > 0 ? { errors } : { document, text: query };
    } catch (error) {
      entry = {
        errors: [error instanceof GraphQLError ? error : new GraphQLError('The query could not be parsed.')],
      };
    }
    this.entries.set(query, entry);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }
}

/**
 * `source`, each event passed through `step` (null drops it), one at a time and without buffering: lighter than a
 * chain of operators for the thousands of idle subscriptions a server holds, and `return()` reaches the source at
 * once (an abandoned subscription stops listening immediately, not at the next event).
 */
export const mapEvents = <T, U>(
  source: AsyncIterable<T>,
  step: (event: T) => Promise<U | null> | U | null,
): AsyncIterableIterator<U> => {
  const events = source[Symbol.asyncIterator]();
  const finished = (): IteratorResult<U> => ({ done: true, value: undefined });
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<U>> {
      for (;;) {
        const event = await events.next();
        if (event.done) return finished();
        const value = await step(event.value);
        if (value !== null) return { done: false, value };
      }
    },
    async return(): Promise<IteratorResult<U>> {
      await events.return?.();
      return finished();
    },
    async throw(error: unknown): Promise<IteratorResult<U>> {
      await events.return?.();
      throw error;
    },
  };
};

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

const executionKey = (args: ExecutionArgs): string => {
  let id = documentIds.get(args.document);
  if (id === undefined) {
    nextDocumentId += 1;
    id = nextDocumentId;
    documentIds.set(args.document, id);
  }
  const viewer = (args.contextValue as Context).viewer;
  const who =
    viewer === null ? '-' : `${viewer.apiKey ? `key:${viewer.apiKey.id}` : viewer.id}:${viewer.role}`;
  return `${id}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${who}`;
};

const results = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/**
 * graphql-ws's `subscribe`: the source stream as usual, but each event executed once per (event, document,
 * variables, viewer) on this instance — identical subscribers share the result instead of each resolving it.
 * `counted` hears of every result: executed, or shared from another subscriber's execution.
 */
export const subscribeShared =
  (counted: (shared: boolean) => void = () => undefined) =>
  async (args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    const key = executionKey(args);
    return mapEvents(source as AsyncIterable<unknown>, (root): Promise<ExecutionResult> => {
      const run = () => execute({ ...args, rootValue: root }) as Promise<ExecutionResult>;
      const event = (root as FromEvent | null)?.[SOURCE_EVENT];
      if (event === undefined) {
        counted(false);
        return run();
      }
      let byKey = results.get(event);
      if (byKey === undefined) {
        byKey = new Map();
        results.set(event, byKey);
      }
      let result = byKey.get(key);
      counted(result !== undefined);
      if (result === undefined) {
        result = Promise.resolve(run());
        byKey.set(key, result);
      }
      return result;
    });
  };

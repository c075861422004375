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

/** Marks a subscription's source stream whose events depend only on the event and the viewer (see `shareSource`). */
const SHAREABLE = Symbol('shareable source');

/**
 * Declares that every subscriber with the same document, variables and viewer would see the same events from this
 * source, resolved the same way: such subscribers share one source stream and one execution per event on this
 * instance, fanned out to each of them (one listener per group instead of one per socket).
 */
export const shareSource = <T>(source: AsyncIterableIterator<T>): AsyncIterableIterator<T> =>
  Object.assign(source, { [SHAREABLE]: true });

const isShareable = (source: AsyncIterable<unknown>): boolean =>
  (source as { [SHAREABLE]?: boolean })[SHAREABLE] === true;

/** How many results a subscriber that does not read its socket may fall behind before its socket is closed. */
export const MAX_QUEUED_RESULTS = 1_000;

/** One subscriber of a group: the results the group hands it, read by graphql-ws one at a time. */
class Member implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: ExecutionResult[] = [];
  private waiting: ((r: IteratorResult<ExecutionResult>) => void) | null = null;
  private failing: ((error: unknown) => void) | null = null;
  private ended = false;
  private error: unknown = undefined;

  constructor(
    private readonly leave: (member: Member) => void,
    private readonly behind: () => void,
    private readonly maxQueued: number,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  push(result: ExecutionResult): void {
    if (this.ended) return;
    if (this.waiting !== null) {
      const resolve = this.waiting;
      this.waiting = null;
      this.failing = null;
      resolve({ done: false, value: result });
    } else if (this.queue.length < this.maxQueued) this.queue.push(result);
    else {
      // far behind (its socket does not read): drop what waits and let the client start over
      void this.return();
      this.behind();
    }
  }

  /** The group's source ended (done) or failed (the error reaches graphql-ws like a failing stream's would). */
  finish(error?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.error = error;
    if (this.waiting === null) return;
    const [resolve, reject] = [this.waiting, this.failing];
    this.waiting = null;
    this.failing = null;
    if (error !== undefined) reject?.(error);
    else resolve({ done: true, value: undefined });
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve({ done: false, value: queued });
    if (this.ended) {
      const error = this.error;
      this.error = undefined;
      return error !== undefined ? Promise.reject(error) : Promise.resolve({ done: true, value: undefined });
    }
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failing = reject;
    });
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.queue.length = 0;
    this.finish();
    this.leave(this);
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw error;
  }
}

interface Group {
  members: Set<Member>;
  source: AsyncIterator<unknown>;
}

/**
 * graphql-ws's `subscribe`: the source stream as usual, but each event executed once per (event, document,
 * variables, viewer) on this instance — identical subscribers share the result instead of each resolving it.
 * Subscribers of a shareable source (`shareSource`) also share the stream itself: the group's first subscriber's
 * stream feeds every member, the others' are closed before they start. `counted` hears of every result: executed,
 * or shared from another subscriber's execution (n at once).
 */
export const subscribeShared = (
  counted: (shared: boolean, n?: number) => void = () => undefined,
  { maxQueued = MAX_QUEUED_RESULTS }: { maxQueued?: number } = {},
) => {
  const groups = new Map<string, Group>();

  const pump = async (key: string, group: Group, args: ExecutionArgs): Promise<void> => {
    let failure: unknown = undefined;
    try {
      for (;;) {
        const event = await group.source.next();
        if (event.done || group.members.size === 0) break;
        const result = (await execute({ ...args, rootValue: event.value })) as ExecutionResult;
        counted(false);
        if (group.members.size > 1) counted(true, group.members.size - 1);
        for (const member of group.members) member.push(result);
      }
    } catch (error) {
      failure = error ?? new Error('The subscription failed.');
    }
    if (groups.get(key) === group) groups.delete(key);
    for (const member of group.members) member.finish(failure);
    group.members.clear();
    await group.source.return?.();
  };

  /** Adds a member to the key's group, made from `source` if there is none (then `source` is in use). */
  const join = (
    key: string,
    source: AsyncIterable<unknown>,
    args: ExecutionArgs,
  ): { member: Member; used: boolean } => {
    let group = groups.get(key);
    const fresh = group === undefined;
    if (group === undefined) {
      group = { members: new Set(), source: source[Symbol.asyncIterator]() };
      groups.set(key, group);
    }
    const joined = group;
    const member = new Member(
      (m) => {
        joined.members.delete(m);
        if (joined.members.size > 0) return;
        // the last one left: stop listening now, not at the next event
        if (groups.get(key) === joined) groups.delete(key);
        void joined.source.return?.();
      },
      // 1013 Try Again Later: graphql-ws clients reconnect, resubscribe, and ours refetch what they show
      () => (args.contextValue as Context).closeConnection?.(1013, 'Too far behind: reconnect and refetch'),
      maxQueued,
    );
    joined.members.add(member);
    if (fresh) void pump(key, joined, args);
    return { member, used: fresh };
  };

  return async (args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    const key = executionKey(args);
    if (isShareable(source)) {
      const { member, used } = join(key, source, args);
      // the group already listens: this subscriber's own stream never starts
      if (!used) await (source as AsyncIterableIterator<unknown>).return?.();
      return member;
    }
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
};

/**
 * One JSON text per shared result, not one per subscriber: graphql-ws serializes every `next` message for each
 * socket, and for thousands of identical boards that was a fifth of an event's fan-out. `replacer` (graphql-ws's
 * `jsonMessageReplacer`) puts a numbered placeholder where a `next` message's payload goes and keeps the result's
 * JSON, made once; `expand` (on the way to the socket: graphql-ws sends right after serializing) puts it back.
 * Anything else passes through unchanged.
 */
export class SharedPayloads {
  private readonly texts = new WeakMap<object, string>();
  /** The message serialized last: graphql-ws hands it to the socket at once (or drops it, if the socket closed). */
  private last: { marker: string; text: string } | null = null;
  private sequence = 0;

  readonly replacer = (holder: unknown, key: string, value: unknown): unknown => {
    if (key !== 'payload' || typeof value !== 'object' || value === null) return value;
    if ((holder as { type?: unknown }).type !== 'next') return value;
    let text = this.texts.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      this.texts.set(value, text);
    }
    this.sequence = (this.sequence + 1) % Number.MAX_SAFE_INTEGER;
    const marker = `${PLACEHOLDER}${this.sequence}`;
    this.last = { marker, text };
    return marker;
  };

  expand(data: string): string {
    // the placeholder is the message's last member: …,"payload":"<marker>"}
    if (!data.endsWith('"}')) return data;
    const start = data.lastIndexOf(`"${PLACEHOLDER}`);
    if (start < 0) return data;
    const last = this.last;
    if (last === null || data.slice(start + 1, -2) !== last.marker) return data;
    this.last = null;
    return `${data.slice(0, start)}${last.text}}`;
  }
}

const PLACEHOLDER = '@@fixline-shared-payload-';

import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';

/** Every entity type implements Node; its `id` is opaque: base64 of `Type:primaryKey`. */
@InterfaceType({
  description: 'An object with a global, opaque ID that `node(id:)` resolves.',
  // no resolveType: type-graphql would wrap it in an async function, and graphql-jit needs it synchronous; the
  // schema's is set in schema.ts (resolveNodeType)
})
export abstract class Node {
  /** For MikroORM's `em.create` typing: the computed global id is never given. */
  declare [OptionalProps]?: 'globalId';

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    const { id } = this as unknown as { id: number | string };
    return toGlobalId(this.constructor.name, id);
  }
}

/** A Node's GraphQL type: its class's name (every Node is an entity class instance of the same name). */
export const resolveNodeType = (value: unknown): string => (value as object).constructor.name;

/** Global ids encoded so far, per type, at most `GLOBAL_ID_CACHE` each (then that type's start over). */
const encoded = new Map<string, Map<number | string, string>>();
const GLOBAL_ID_CACHE = 20_000;

/**
 * `Type:id` in base64url. A board page encodes several hundred (every card, unit, property, requester, …), mostly
 * the same ones on every refresh: each is encoded once and remembered.
 */
export const toGlobalId = (type: string, id: number | string): string => {
  let ofType = encoded.get(type);
  if (ofType === undefined) {
    ofType = new Map();
    encoded.set(type, ofType);
  }
  let value = ofType.get(id);
  if (value === undefined) {
    value = Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
    if (ofType.size >= GLOBAL_ID_CACHE) ofType.clear();
    ofType.set(id, value);
  }
  return value;
};

export interface GlobalId {
  type: string;
  id: number;
}

/** Decodes an opaque ID; null when it is malformed (callers answer "not found", never an exception). */
export const fromGlobalId = (globalId: string): GlobalId | null => {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):(\d{1,15})$/.exec(decoded);
  if (match === null) return null;
  return { type: match[1] as string, id: Number(match[2]) };
};

/** Decodes an ID that must be of a given type; null otherwise. */
export const idOf = (type: string, globalId: string | null | undefined): number | null => {
  if (globalId === null || globalId === undefined) return null;
  const parsed = fromGlobalId(globalId);
  return parsed !== null && parsed.type === type ? parsed.id : null;
};

import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { AppError } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A connection whose total may be capped (see `connectionOf`'s `capped`). */
export interface CappedConnectionShape<T> extends ConnectionShape<T> {
  totalCountExact: boolean;
}

/**
 * Builds `XConnection` and `XEdge` object types for a node type (Relay cursor connections). `capped`: the list's
 * total may stop counting at a limit (`totalCountExact` says when it did), described by `capped.description`.
 */
export function connectionOf<T extends object>(
  node: ClassType<T>,
  name: string,
): { Connection: ClassType<ConnectionShape<T>>; Edge: ClassType<Edge<T>> };
export function connectionOf<T extends object>(
  node: ClassType<T>,
  name: string,
  capped: { description: string },
): { Connection: ClassType<CappedConnectionShape<T>>; Edge: ClassType<Edge<T>> };
export function connectionOf<T extends object>(
  node: ClassType<T>,
  name: string,
  capped?: { description: string },
): { Connection: ClassType<ConnectionShape<T>>; Edge: ClassType<Edge<T>> } {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  // the fields both variants inherit (an object type no field returns: not in the schema)
  @ObjectType(`${name}ConnectionFields`)
  class ConnectionFields {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }

  if (capped !== undefined) {
    @ObjectType(`${name}Connection`)
    class CappedConnectionType extends ConnectionFields {
      @Field({ description: capped.description })
      totalCountExact!: boolean;
    }
    return { Connection: CappedConnectionType, Edge: EdgeType };
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType extends ConnectionFields {}

  return { Connection: ConnectionType, Edge: EdgeType };
}

/** Validates `first`: 1 to 100, a clear error naming the figure otherwise. */
export const pageSize = (first: number | null | undefined): number => {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError(
      'LIMIT_EXCEEDED',
      `"first" must be between 1 and ${MAX_PAGE_SIZE}; ${first} was requested.`,
    );
  }
  return first;
};

export const encodeCursor = (values: readonly (string | number)[]): string =>
  Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

/** Decodes a cursor made by `encodeCursor`, checking its shape; a bad cursor is the caller's error. */
export const decodeCursor = (
  cursor: string,
  shape: readonly ('string' | 'number')[],
): (string | number)[] => {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === shape.length &&
      values.every((v, i) => typeof v === shape[i])
    ) {
      return values as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw new AppError('BAD_USER_INPUT', 'The "after" cursor is not one this API produced.');
};

/**
 * A page of a connection. Its edges (one cursor per node) are made only when asked for: a board column asks for the
 * nodes alone. The getter is the class's, not each page's: V8 keeps a getter defined on one object in the old
 * generation, and until the next full collection a dead one still holds what its closure sees through every
 * young-generation collection (measured alone: 4.3 of 4.4 MB survived a scavenge, against 38 KB with plain
 * properties) — every board page's rows were copied and promoted. Add to a page with Object.assign (a spread drops
 * the getter).
 */
class Page<T> implements ConnectionShape<T> {
  private made: Edge<T>[] | undefined;

  constructor(
    readonly nodes: T[],
    readonly totalCount: number,
    readonly pageInfo: PageInfo,
    private readonly cursorOf: (row: T) => string,
  ) {}

  get edges(): Edge<T>[] {
    return (this.made ??= this.nodes.map((node) => ({ cursor: this.cursorOf(node), node })));
  }
}

export const connectionFrom = <T>(
  rows: T[],
  size: number,
  totalCount: number,
  cursorOf: (row: T) => string,
  hasPrevious: boolean,
): ConnectionShape<T> => {
  const nodes = rows.slice(0, size);
  const first = nodes[0];
  const last = nodes.at(-1);
  return new Page(
    nodes,
    totalCount,
    Object.assign(new PageInfo(), {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: first === undefined ? null : cursorOf(first),
      endCursor: last === undefined ? null : cursorOf(last),
    }),
    cursorOf,
  );
};

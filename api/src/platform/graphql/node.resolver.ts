import { ArrayMaxSize } from 'class-validator';
import { Arg, ArgsType, Args, Ctx, Field, ID, Query, Resolver, type ClassType } from 'type-graphql';
import type { Context, Viewer } from './context';
import { AppError } from './errors';
import { Node, fromGlobalId } from './node';

/** Loads objects of one type by primary key, returning null for any the viewer may not see. */
export type NodeFetcher = (
  ctx: Context,
  viewer: Viewer,
  ids: readonly number[],
) => Promise<readonly (object | null)[]>;

export const MAX_NODES = 100;

@ArgsType()
class NodesArgs {
  @Field(() => [ID])
  @ArrayMaxSize(MAX_NODES)
  ids!: string[];
}

/** `node` and `nodes`, resolving any global ID with the same authorization as the type's own query. */
export const createNodeResolver = (fetchers: Readonly<Record<string, NodeFetcher>>): ClassType => {
  const fetch = async (ctx: Context, globalIds: readonly string[]): Promise<(object | null)[]> => {
    const viewer = ctx.viewer;
    if (viewer === null) return globalIds.map(() => null);
    const decoded = globalIds.map(fromGlobalId);
    const byType = new Map<string, number[]>();
    for (const id of decoded) {
      if (id !== null && fetchers[id.type] !== undefined)
        byType.set(id.type, [...(byType.get(id.type) ?? []), id.id]);
    }
    const found = new Map<string, object | null>();
    await Promise.all(
      [...byType].map(async ([type, ids]) => {
        const rows = await (fetchers[type] as NodeFetcher)(ctx, viewer, ids);
        ids.forEach((id, i) => found.set(`${type}:${id}`, rows[i] ?? null));
      }),
    );
    return decoded.map((id) => (id === null ? null : (found.get(`${id.type}:${id.id}`) ?? null)));
  };

  @Resolver()
  class NodeResolver {
    @Query(() => Node, {
      nullable: true,
      description: 'Any object by its global ID; null when unknown or not yours.',
    })
    async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
      return (await fetch(ctx, [id]))[0] ?? null;
    }

    @Query(() => [Node], {
      nullable: 'items',
      description: `Up to ${MAX_NODES} objects by global ID, in order.`,
    })
    async nodes(@Args() { ids }: NodesArgs, @Ctx() ctx: Context): Promise<(object | null)[]> {
      if (ids.length > MAX_NODES) {
        throw new AppError('LIMIT_EXCEEDED', `At most ${MAX_NODES} ids per call; ${ids.length} were given.`);
      }
      return fetch(ctx, ids);
    }
  }
  return NodeResolver;
};

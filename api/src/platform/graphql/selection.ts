import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks for a field called `name` anywhere below the field being resolved (through fragments
 * and at any depth): lets a list resolver read in its own statement what the rows' field resolvers will ask for.
 * A match at another level only costs a little extra reading, never a wrong answer.
 */
export const selects = (info: GraphQLResolveInfo, name: string): boolean => {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    set?.selections.some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === name || within(selection.selectionSet);
        case Kind.INLINE_FRAGMENT:
          return within(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const fragment = selection.name.value;
          if (seen.has(fragment)) return false;
          seen.add(fragment);
          return within(info.fragments[fragment]?.selectionSet);
        }
        default:
          return false;
      }
    }) ?? false;
  return info.fieldNodes.some((node) => within(node.selectionSet));
};

/**
 * The names of the fields the operation selects at `paths` below the field being resolved (`['nodes']` and
 * `['edges', 'node']` of a connection: the fields asked of each row), through fragments. Aliased fields count under
 * their own name.
 */
export const selectedAt = (
  info: GraphQLResolveInfo,
  ...paths: readonly (readonly string[])[]
): Set<string> => {
  const names = new Set<string>();
  const collect = (set: SelectionSetNode | undefined, path: readonly string[], depth: number): void => {
    for (const selection of set?.selections ?? []) {
      switch (selection.kind) {
        case Kind.FIELD:
          if (depth === path.length) names.add(selection.name.value);
          else if (selection.name.value === path[depth]) collect(selection.selectionSet, path, depth + 1);
          break;
        case Kind.INLINE_FRAGMENT:
          collect(selection.selectionSet, path, depth);
          break;
        case Kind.FRAGMENT_SPREAD:
          // a valid document's fragments never spread themselves
          collect(info.fragments[selection.name.value]?.selectionSet, path, depth);
          break;
        default:
          break;
      }
    }
  };
  for (const node of info.fieldNodes) for (const path of paths) collect(node.selectionSet, path, 0);
  return names;
};

import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

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

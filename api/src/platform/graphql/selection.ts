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

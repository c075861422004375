/** Where to go back to after signing in, carried in the router's location state. */
export interface ReturnTo {
  pathname: string;
  search: string;
}

export function readReturnTo(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from: unknown = state.from;
    if (
      typeof from === 'object' &&
      from !== null &&
      'pathname' in from &&
      typeof from.pathname === 'string' &&
      from.pathname !== '/login'
    ) {
      const search = 'search' in from && typeof from.search === 'string' ? from.search : '';
      return `${from.pathname}${search}`;
    }
  }
  return '/';
}

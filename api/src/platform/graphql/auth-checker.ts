import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { forbidden, unauthenticated } from './errors';

/**
 * The one role check behind every `@Authorized(...)`: signed in, and (when roles are listed) one of them.
 * Which rows a viewer may see is decided by each module's data-level policy, not here.
 */
export const authChecker: AuthChecker<Context, string> = ({ context }, roles) => {
  if (context.viewer === null) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
  return true;
};

import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { forbidden, unauthenticated } from './errors';

/**
 * The one role check behind every `@Authorized(...)`: signed in, and (when roles are listed) one of them.
 * Which rows a viewer may see is decided by each module's data-level policy, not here.
 */
export const authChecker: AuthChecker<Context, string> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (viewer === null) throw unauthenticated();
  if (viewer.apiKey) {
    // API keys: the operation must be one keys may use, with a scope the key has (deny by default).
    const scope = context.services.apiKeyScopeFor(info.parentType.name, info.fieldName);
    if (scope === null || !viewer.apiKey.scopes.includes(scope)) {
      throw forbidden(
        scope === null
          ? `API keys may not use ${info.parentType.name}.${info.fieldName}.`
          : `This API key lacks the ${scope} scope needed for ${info.parentType.name}.${info.fieldName}.`,
      );
    }
    return true;
  }
  if (roles.length > 0 && !roles.includes(viewer.role)) throw forbidden();
  return true;
};

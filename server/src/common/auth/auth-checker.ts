import type { AuthChecker } from 'type-graphql';
import type { AppContext } from '../context';
import { forbidden, unauthenticated } from '../errors/app-error';

/** `@Authorized()` needs a caller; `@Authorized('perm')` needs that permission too. */
export const authChecker: AuthChecker<AppContext> = ({ context }, permissions) => {
  if (!context.caller) throw context.authError ?? unauthenticated();
  const missing = permissions.find((p) => !context.caller!.permissions.has(p));
  if (missing) throw forbidden(missing);
  return true;
};

import type { Actor } from '../audit/index.ts';
import { actorOf } from '../auth/index.ts';
import type { Role } from '../auth/roles.ts';
import { requireRole } from './access.ts';
import type { GraphQLContext } from './context.ts';

/**
 * The caller of a change as its audit entry names them, who needs at least `minimum`; throws
 * UNAUTHENTICATED or FORBIDDEN as `requireRole` does.
 */
export function requireActor(context: GraphQLContext, minimum: Role): Actor {
  return actorOf(requireRole(context, minimum));
}

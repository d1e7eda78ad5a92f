import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
// Access checks depend on the role model alone, not on the auth domain's services.
import { AuthError, describeAuthFailure } from '../auth/auth.errors.ts';
import type { Principal } from '../auth/auth.types.ts';
import { type Role, roleAtLeast } from '../auth/roles.ts';
import type { GraphQLContext } from './context.ts';

/** Who may call a root field: anyone, or signed-in callers with at least this role. */
export type Access = 'PUBLIC' | Role;

/** `Query.users`, `Mutation.createUser`, `Subscription.auditEntryAppended` → access. */
export type AccessPolicy = Readonly<Record<string, Access>>;

/** Returns the caller, or throws UNAUTHENTICATED / FORBIDDEN. */
export function requireRole(context: GraphQLContext, minimum: Role): Principal {
  const principal = context.principal;
  if (!principal) {
    throw new AuthError(
      'UNAUTHENTICATED',
      context.authFailure
        ? describeAuthFailure(context.authFailure)
        : 'Sign in, or send an API token, to do this.',
    );
  }
  if (!roleAtLeast(principal.role, minimum)) {
    throw new AuthError(
      'ROLE_TOO_LOW',
      `This needs the ${minimum} role or higher; you have ${principal.role}.`,
    );
  }
  return principal;
}

/** What a user who must first replace an admin-chosen password may still do. */
const BEFORE_PASSWORD_CHANGE = new Set(['Mutation.changePassword', 'Mutation.logout']);

/**
 * Puts a role check in front of every root field. Deny by default: a root field
 * without an entry in the policy stops the server from starting.
 */
export function enforceAccessPolicy(schema: GraphQLSchema, policy: AccessPolicy): void {
  const roots = [
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ].filter((t): t is GraphQLObjectType => t != null);
  const seen = new Set<string>();
  for (const root of roots) {
    for (const field of Object.values(root.getFields())) {
      const key = `${root.name}.${field.name}`;
      seen.add(key);
      const access = policy[key];
      if (!access)
        throw new Error(`No access policy for ${key}: every root field must name who may call it.`);
      if (access === 'PUBLIC') continue;
      const guard = <T extends GraphQLFieldResolver<unknown, GraphQLContext>>(inner: T) =>
        ((source, args, context, info) => {
          const principal = requireRole(context, access);
          if (principal.user.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(key)) {
            throw new AuthError(
              'PASSWORD_CHANGE_REQUIRED',
              'Choose a new password first: an admin set the one you signed in with.',
            );
          }
          return inner(source, args, context, info);
        }) as T;
      if (root === schema.getSubscriptionType()) {
        if (field.subscribe) field.subscribe = guard(field.subscribe);
      } else {
        field.resolve = guard(field.resolve ?? defaultFieldResolver);
      }
    }
  }
  const unused = Object.keys(policy).filter((key) => !seen.has(key));
  if (unused.length)
    throw new Error(`Access policy names fields the schema does not have: ${unused.join(', ')}`);
}

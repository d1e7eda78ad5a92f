import type { AccessPolicy } from '../graphql/access.ts';
import { requireRole } from '../graphql/access.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import { AuthError } from './auth.errors.ts';
import type { Principal } from './auth.types.ts';
import { tokenStatus } from './tokens.service.ts';

export const authAccess: AccessPolicy = {
  'Query.viewer': 'PUBLIC',
  'Query.users': 'ADMIN',
  'Query.user': 'ADMIN',
  'Query.apiTokens': 'VIEWER',
  'Mutation.login': 'PUBLIC',
  'Mutation.logout': 'VIEWER',
  'Mutation.createUser': 'ADMIN',
  'Mutation.updateUser': 'ADMIN',
  'Mutation.setUserPassword': 'ADMIN',
  'Mutation.changePassword': 'VIEWER',
  'Mutation.createApiToken': 'VIEWER',
  'Mutation.revokeApiToken': 'VIEWER',
};

function toViewer(principal: Principal) {
  return {
    user: principal.user,
    role: principal.role,
    authMethod: principal.method,
    sessionExpiresAt: principal.session?.expiresAt ?? null,
  };
}

/** The caller; the access policy has already refused anonymous callers. */
function caller(context: GraphQLContext): Principal {
  return requireRole(context, 'VIEWER');
}

export const authResolvers: Resolvers = {
  Query: {
    // Null for a caller who sent no credentials; an error saying why for one whose
    // session or token was refused, so the console can tell "expired" from "signed out".
    viewer: (_, __, context) => {
      if (context.principal) return toViewer(context.principal);
      if (context.authFailure) requireRole(context, 'VIEWER');
      return null;
    },
    users: (_, __, { services }) => services.users.list(),
    user: (_, { id }, { services }) => services.users.get(id),
    apiTokens: (_, { all }, context) => context.services.tokens.list(caller(context), all ?? false),
  },
  Mutation: {
    async login(_, { email, password }, context) {
      if (!context.sessionCookie) {
        throw new AuthError('LOGIN_OVER_WEBSOCKET', 'Sign in over HTTP, not over the websocket.');
      }
      const { secret, principal } = await context.services.auth.login(
        email,
        password,
        context.client,
      );
      context.sessionCookie.set(secret, principal.session?.expiresAt ?? new Date());
      return { viewer: toViewer(principal) };
    },
    async logout(_, __, context) {
      await context.services.auth.logout(caller(context));
      context.sessionCookie?.clear();
      return true;
    },
    createUser: async (_, { input }, context) => ({
      user: await context.services.users.create(caller(context), input),
    }),
    updateUser: async (_, { input }, context) => ({
      user: await context.services.users.update(caller(context), input),
    }),
    setUserPassword: async (_, { input }, context) => ({
      user: await context.services.users.setPassword(caller(context), input),
    }),
    async changePassword(_, { input }, context) {
      await context.services.users.changeOwnPassword(caller(context), input);
      return true;
    },
    createApiToken: (_, { input }, context) =>
      context.services.tokens.create(caller(context), input),
    revokeApiToken: async (_, { id }, context) => ({
      token: await context.services.tokens.revoke(caller(context), id),
    }),
  },
  ApiToken: {
    owner: async (token, _, { services }) => {
      const owner = await services.users.get(token.userId);
      if (!owner) throw new Error(`token ${token.id} has no owner`);
      return owner;
    },
    status: (token) => tokenStatus(token, new Date()),
  },
};

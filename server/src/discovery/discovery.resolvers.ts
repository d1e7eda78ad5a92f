import type { AccessPolicy } from '../graphql/access.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';

export const discoveryAccess: AccessPolicy = {
  'Query.discoveredModelServers': 'VIEWER',
};

export const discoveryResolvers: Resolvers = {
  Query: {
    discoveredModelServers: (_, __, { services }) => services.discovery.discover(),
  },
};

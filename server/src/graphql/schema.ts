import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
// The resolvers are this layer's files, kept beside their domain; the schema is the one place
// that gathers them, so no domain module depends on the GraphQL layer.
import { auditAccess, auditResolvers } from '../audit/audit.resolvers.ts';
import { authAccess, authResolvers } from '../auth/auth.resolvers.ts';
import { behaviourAccess, behaviourResolvers } from '../behaviour/behaviour.resolvers.ts';
import { catalogAccess, catalogResolvers } from '../catalog/catalog.resolvers.ts';
import { costsAccess, costsResolvers } from '../costs/costs.resolvers.ts';
import { deploymentsAccess, deploymentsResolvers } from '../deployments/deployments.resolvers.ts';
import { discoveryAccess, discoveryResolvers } from '../discovery/discovery.resolvers.ts';
import { healthResolvers } from '../health/health.resolvers.ts';
import {
  incidentStatsAccess,
  incidentStatsResolvers,
} from '../incidents/incident-stats.resolvers.ts';
import { incidentsAccess, incidentsResolvers } from '../incidents/incidents.resolvers.ts';
import {
  notificationsAccess,
  notificationsResolvers,
} from '../notifications/notifications.resolvers.ts';
import { oncallAccess, oncallResolvers } from '../oncall/oncall.resolvers.ts';
import { postmortemsAccess, postmortemsResolvers } from '../postmortems/postmortems.resolvers.ts';
import { rolloutsAccess, rolloutsResolvers } from '../rollouts/rollouts.resolvers.ts';
import { statusPageAccess, statusPageResolvers } from '../statuspage/statuspage.resolvers.ts';
import { ticketsAccess, ticketsResolvers } from '../tickets/tickets.resolvers.ts';
import { type AccessPolicy, enforceAccessPolicy } from './access.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { DateTimeScalar, JSONScalar } from './scalars.ts';
import { searchAccess, searchResolvers } from './search.resolvers.ts';

const SERVER_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every `.graphql` file of the server, base schema first, in a stable order. */
export function loadTypeDefs(root = SERVER_SRC): string[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) =>
      a.endsWith('base.graphql') ? -1 : b.endsWith('base.graphql') ? 1 : a.localeCompare(b),
    );
  return files.map((f) => readFileSync(path.join(root, f), 'utf8'));
}

const baseResolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    serverInfo: (_, __, { services }) => services.info,
  },
};

const baseAccess: AccessPolicy = { 'Query.serverInfo': 'PUBLIC' };

export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      baseResolvers,
      authResolvers,
      auditResolvers,
      catalogResolvers,
      behaviourResolvers,
      deploymentsResolvers,
      discoveryResolvers,
      healthResolvers,
      incidentsResolvers,
      incidentStatsResolvers,
      postmortemsResolvers,
      statusPageResolvers,
      oncallResolvers,
      notificationsResolvers,
      rolloutsResolvers,
      ticketsResolvers,
      searchResolvers,
      costsResolvers,
    ] as never,
  });
  enforceAccessPolicy(schema, accessPolicy());
  return schema;
}

/** Who may call each root field, from every domain's policy. */
export function accessPolicy(): AccessPolicy {
  return {
    ...baseAccess,
    ...authAccess,
    ...auditAccess,
    ...catalogAccess,
    ...behaviourAccess,
    ...deploymentsAccess,
    ...discoveryAccess,
    ...incidentsAccess,
    ...incidentStatsAccess,
    ...postmortemsAccess,
    ...statusPageAccess,
    ...oncallAccess,
    ...notificationsAccess,
    ...rolloutsAccess,
    ...ticketsAccess,
    ...searchAccess,
    ...costsAccess,
  };
}

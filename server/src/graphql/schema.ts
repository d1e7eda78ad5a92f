import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { auditAccess, auditResolvers } from '../audit/index.ts';
import { authAccess, authResolvers } from '../auth/index.ts';
import { behaviourAccess, behaviourResolvers } from '../behaviour/index.ts';
import { catalogAccess, catalogResolvers } from '../catalog/index.ts';
import { deploymentsAccess, deploymentsResolvers } from '../deployments/index.ts';
import { healthResolvers } from '../health/index.ts';
import {
  incidentStatsAccess,
  incidentStatsResolvers,
  incidentsAccess,
  incidentsResolvers,
} from '../incidents/index.ts';
import { notificationsAccess, notificationsResolvers } from '../notifications/index.ts';
import { oncallAccess, oncallResolvers } from '../oncall/index.ts';
import { postmortemsAccess, postmortemsResolvers } from '../postmortems/index.ts';
import { rolloutsAccess, rolloutsResolvers } from '../rollouts/index.ts';
import { statusPageAccess, statusPageResolvers } from '../statuspage/index.ts';
import { ticketsAccess, ticketsResolvers } from '../tickets/index.ts';
import { type AccessPolicy, enforceAccessPolicy } from './access.ts';
import type { Resolvers } from './generated/resolvers-types.ts';
import { DateTimeScalar, JSONScalar } from './scalars.ts';

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
      healthResolvers,
      incidentsResolvers,
      incidentStatsResolvers,
      postmortemsResolvers,
      statusPageResolvers,
      oncallResolvers,
      notificationsResolvers,
      rolloutsResolvers,
      ticketsResolvers,
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
    ...incidentsAccess,
    ...incidentStatsAccess,
    ...postmortemsAccess,
    ...statusPageAccess,
    ...oncallAccess,
    ...notificationsAccess,
    ...rolloutsAccess,
    ...ticketsAccess,
  };
}

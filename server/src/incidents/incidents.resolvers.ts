import { mapEvents, sharedPerEvent } from '../events/index.ts';
import type { AccessPolicy } from '../graphql/access.ts';
import { requireActor } from '../graphql/actor.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import type { IncidentChanged, IncidentRecord } from './incidents.types.ts';

const changedIncident = sharedPerEvent<IncidentChanged, IncidentRecord | null>();

export const incidentsAccess: AccessPolicy = {
  'Query.incidents': 'VIEWER',
  'Query.incidentsConnection': 'VIEWER',
  'Query.incident': 'VIEWER',
  'Mutation.declareIncident': 'SRE',
  'Mutation.acknowledgeIncident': 'SRE',
  'Mutation.mitigateIncident': 'SRE',
  'Mutation.resolveIncident': 'SRE',
  'Mutation.closeIncident': 'SRE',
  'Mutation.cancelIncident': 'SRE',
  'Mutation.mergeIncident': 'SRE',
  'Mutation.changeIncidentSeverity': 'SRE',
  'Mutation.assignIncident': 'SRE',
  'Mutation.addIncidentNote': 'SRE',
  'Subscription.incidentChanged': 'VIEWER',
};

export const incidentsResolvers: Resolvers = {
  Query: {
    incidents: (_, args, { services }) =>
      services.incidents.list({ ...args, first: Math.min(Math.max(args.first ?? 100, 1), 500) }),
    incidentsConnection: (_, { first, after, ...filter }, { services }) =>
      services.incidents.page(filter, first, after),
    incident: (_, { id }, { services }) => services.incidents.get(id),
  },
  Mutation: {
    declareIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.declare(requireActor(context, 'SRE'), input),
    }),
    acknowledgeIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.acknowledge(requireActor(context, 'SRE'), input),
    }),
    mitigateIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.mitigate(requireActor(context, 'SRE'), input),
    }),
    resolveIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.resolve(requireActor(context, 'SRE'), input),
    }),
    closeIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.close(requireActor(context, 'SRE'), input),
    }),
    cancelIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.cancel(requireActor(context, 'SRE'), input),
    }),
    mergeIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.merge(requireActor(context, 'SRE'), input),
    }),
    changeIncidentSeverity: async (_, { input }, context) => ({
      incident: await context.services.incidents.changeSeverity(
        requireActor(context, 'SRE'),
        input,
      ),
    }),
    assignIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.assign(requireActor(context, 'SRE'), input),
    }),
    addIncidentNote: async (_, { input }, context) => {
      const entry = await context.services.incidents.addNote(requireActor(context, 'SRE'), input);
      const incident = await context.services.incidents.get(entry.incidentId);
      if (!incident) throw new Error(`incident ${entry.incidentId} vanished`);
      return { incident, entry };
    },
  },
  Subscription: {
    incidentChanged: {
      subscribe: (_, { id }, { services }) =>
        mapEvents(services.incidents.subscribe(), (e) =>
          id && e.id !== id
            ? Promise.resolve(null)
            : changedIncident(e, () => services.incidents.get(e.id)),
        ),
      resolve: (record: unknown) => record as IncidentRecord,
    },
  },
  Incident: {
    mergedInto: (i, _, { loaders }) =>
      i.mergedIntoId ? loaders.incident.load(i.mergedIntoId) : null,
    timeline: (i, _, { services }) => services.incidents.timeline(i.id),
    signals: (i, _, { services }) => services.incidents.signals(i.id),
  },
};

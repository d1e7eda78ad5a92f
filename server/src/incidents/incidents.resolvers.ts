import { actorOf } from '../auth/index.ts';
import { type AccessPolicy, requireRole } from '../graphql/access.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import type { IncidentChanged, IncidentRecord } from './incidents.types.ts';

export const incidentsAccess: AccessPolicy = {
  'Query.incidents': 'VIEWER',
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

function changes(
  source: AsyncIterableIterator<IncidentChanged>,
  id: string | null | undefined,
  load: (id: string) => Promise<IncidentRecord | null>,
): AsyncIterableIterator<IncidentRecord> {
  const iterator: AsyncIterableIterator<IncidentRecord> = {
    async next() {
      for (;;) {
        const event = await source.next();
        if (event.done) return { done: true, value: undefined };
        if (id && event.value.id !== id) continue;
        const record = await load(event.value.id);
        if (record) return { done: false, value: record };
      }
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

export const incidentsResolvers: Resolvers = {
  Query: {
    incidents: (_, args, { services }) =>
      services.incidents.list({ ...args, first: Math.min(Math.max(args.first ?? 100, 1), 500) }),
    incident: (_, { id }, { services }) => services.incidents.get(id),
  },
  Mutation: {
    declareIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.declare(
        actorOf(requireRole(context, 'SRE')),
        input,
      ),
    }),
    acknowledgeIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.acknowledge(
        actorOf(requireRole(context, 'SRE')),
        input,
      ),
    }),
    mitigateIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.mitigate(
        actorOf(requireRole(context, 'SRE')),
        input,
      ),
    }),
    resolveIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.resolve(
        actorOf(requireRole(context, 'SRE')),
        input,
      ),
    }),
    closeIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.close(actorOf(requireRole(context, 'SRE')), input),
    }),
    cancelIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.cancel(
        actorOf(requireRole(context, 'SRE')),
        input,
      ),
    }),
    mergeIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.merge(actorOf(requireRole(context, 'SRE')), input),
    }),
    changeIncidentSeverity: async (_, { input }, context) => ({
      incident: await context.services.incidents.changeSeverity(
        actorOf(requireRole(context, 'SRE')),
        input,
      ),
    }),
    assignIncident: async (_, { input }, context) => ({
      incident: await context.services.incidents.assign(
        actorOf(requireRole(context, 'SRE')),
        input,
      ),
    }),
    addIncidentNote: async (_, { input }, context) => {
      const entry = await context.services.incidents.addNote(
        actorOf(requireRole(context, 'SRE')),
        input,
      );
      const incident = await context.services.incidents.get(entry.incidentId);
      if (!incident) throw new Error(`incident ${entry.incidentId} vanished`);
      return { incident, entry };
    },
  },
  Subscription: {
    incidentChanged: {
      subscribe: (_, { id }, { services }) =>
        changes(services.incidents.subscribe(), id, (changedId) =>
          services.incidents.get(changedId),
        ),
      resolve: (record: unknown) => record as IncidentRecord,
    },
  },
  Incident: {
    mergedInto: (i, _, { services }) =>
      i.mergedIntoId ? services.incidents.get(i.mergedIntoId) : null,
    timeline: (i, _, { services }) => services.incidents.timeline(i.id),
    signals: (i, _, { services }) => services.incidents.signals(i.id),
  },
};

import { roleAtLeast } from '../auth/index.ts';
import { mapEvents, sharedPerEvent } from '../events/index.ts';
import type { AccessPolicy, requireRole } from '../graphql/access.ts';
import { requireActor } from '../graphql/actor.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import type { TicketWithSla } from './tickets.service.ts';
import { type TicketChanged, type TicketRecord, ticketRef } from './tickets.types.ts';

const changedTicket = sharedPerEvent<TicketChanged, TicketRecord | null>();

/**
 * Support staff (SUPPORT and up) read and work tickets. Tickets hold customers' names, addresses
 * and internal notes, so VIEWER does not read them; for VIEWER an incident lists no tickets.
 */
export const ticketsAccess: AccessPolicy = {
  'Query.tickets': 'SUPPORT',
  'Query.ticketsConnection': 'SUPPORT',
  'Query.ticket': 'SUPPORT',
  'Query.slaPolicies': 'SUPPORT',
  'Mutation.createTicket': 'SUPPORT',
  'Mutation.updateTicket': 'SUPPORT',
  'Mutation.changeTicketStatus': 'SUPPORT',
  'Mutation.replyToTicket': 'SUPPORT',
  'Mutation.linkTicketToIncident': 'SUPPORT',
  'Mutation.unlinkTicketFromIncident': 'SUPPORT',
  'Mutation.mergeTicket': 'SUPPORT',
  'Subscription.ticketChanged': 'SUPPORT',
};

const actor = (context: Parameters<typeof requireRole>[0]) => requireActor(context, 'SUPPORT');

export const ticketsResolvers: Resolvers = {
  Query: {
    tickets: (_, args, context) =>
      context.services.tickets.list({
        ...args,
        viewerId: context.principal?.user.id ?? null,
        first: Math.min(Math.max(args.first ?? 100, 1), 500),
      }),
    ticketsConnection: (_, { first, after, ...filter }, context) =>
      context.services.tickets.page(
        { ...filter, viewerId: context.principal?.user.id ?? null },
        first,
        after,
      ),
    ticket: (_, { id }, { services }) => services.tickets.get(id),
    slaPolicies: (_, __, { services }) => services.tickets.policies(),
  },
  Mutation: {
    createTicket: async (_, { input }, context) => ({
      ticket: (await context.services.tickets.create(actor(context), input)).ticket,
    }),
    updateTicket: async (_, { input }, context) => ({
      ticket: await context.services.tickets.update(actor(context), input),
    }),
    changeTicketStatus: async (_, { input }, context) => ({
      ticket: await context.services.tickets.changeStatus(actor(context), input),
    }),
    replyToTicket: (_, { input }, context) => context.services.tickets.reply(actor(context), input),
    linkTicketToIncident: async (_, { input }, context) => ({
      ticket: await context.services.tickets.link(actor(context), input),
    }),
    unlinkTicketFromIncident: async (_, { input }, context) => ({
      ticket: await context.services.tickets.unlink(actor(context), input),
    }),
    mergeTicket: async (_, { input }, context) => ({
      ticket: await context.services.tickets.merge(actor(context), input),
    }),
  },
  Subscription: {
    ticketChanged: {
      subscribe: (_, { id }, { services }) =>
        mapEvents(services.tickets.subscribe(), (e) =>
          id && e.id !== id
            ? Promise.resolve(null)
            : changedTicket(e, () => services.tickets.get(e.id)),
        ),
      resolve: (record: unknown) => record as TicketWithSla,
    },
  },
  Ticket: {
    reference: (t) => ticketRef(t),
    assignee: (t, _, { loaders }) => (t.assigneeId ? loaders.user.load(t.assigneeId) : null),
    incident: (t, _, { loaders }) => (t.incidentId ? loaders.incident.load(t.incidentId) : null),
    mergedInto: (t, _, { services }) =>
      t.mergedIntoId ? services.tickets.get(t.mergedIntoId) : null,
    sla: (t, _, { services }) => services.tickets.sla(t),
    conversation: (t, { visibility }, { services }) =>
      services.tickets.conversation(t.id, visibility ?? null),
  },
  SlaPolicy: {
    calendar: async (p, _, { services }) => {
      const found = (await services.tickets.calendars()).find((c) => c.id === p.calendarId);
      if (!found) throw new Error(`calendar ${p.calendarId} is missing`);
      return found;
    },
  },
  Incident: {
    tickets: (i, _, context) =>
      context.principal && roleAtLeast(context.principal.role, 'SUPPORT')
        ? context.services.tickets.list({ incidentId: i.id })
        : [],
  },
};

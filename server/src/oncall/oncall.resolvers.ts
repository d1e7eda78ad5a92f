import type { AccessPolicy } from '../graphql/access.ts';
import { requireActor } from '../graphql/actor.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';

export const oncallAccess: AccessPolicy = {
  'Query.onCallSchedules': 'VIEWER',
  'Query.onCallSchedule': 'VIEWER',
  'Query.onCallNow': 'VIEWER',
  'Query.escalationPolicies': 'VIEWER',
  'Query.escalationPolicy': 'VIEWER',
  'Query.onCallPeople': 'SRE',
  'Query.pagingReadiness': 'VIEWER',
  'Mutation.createOnCallSchedule': 'SRE',
  'Mutation.updateOnCallSchedule': 'SRE',
  'Mutation.deleteOnCallSchedule': 'SRE',
  'Mutation.addOnCallOverride': 'SRE',
  'Mutation.removeOnCallOverride': 'SRE',
  'Mutation.createEscalationPolicy': 'SRE',
  'Mutation.updateEscalationPolicy': 'SRE',
  'Mutation.deleteEscalationPolicy': 'SRE',
};

export const oncallResolvers: Resolvers = {
  Query: {
    onCallSchedules: (_, __, { services }) => services.oncall.schedules(),
    onCallSchedule: (_, { id }, { services }) => services.oncall.schedule(id),
    onCallNow: (_, { at }, { services }) => services.oncall.onCallNow(at ? new Date(at) : null),
    escalationPolicies: (_, __, { services }) => services.oncall.policies(),
    escalationPolicy: (_, { id }, { services }) => services.oncall.policy(id),
    pagingReadiness: (_, __, { services }) => services.oncall.pagingReadiness(),
    onCallPeople: (_, __, { services }) => services.oncall.people(),
  },
  Mutation: {
    createOnCallSchedule: (_, { input }, context) =>
      context.services.oncall.createSchedule(requireActor(context, 'SRE'), input),
    updateOnCallSchedule: (_, { input }, context) =>
      context.services.oncall.updateSchedule(requireActor(context, 'SRE'), input),
    deleteOnCallSchedule: (_, { id }, context) =>
      context.services.oncall.deleteSchedule(requireActor(context, 'SRE'), id),
    addOnCallOverride: (_, { input }, context) =>
      context.services.oncall.addOverride(requireActor(context, 'SRE'), input),
    removeOnCallOverride: (_, { id }, context) =>
      context.services.oncall.removeOverride(requireActor(context, 'SRE'), id),
    createEscalationPolicy: (_, { input }, context) =>
      context.services.oncall.createPolicy(requireActor(context, 'SRE'), input),
    updateEscalationPolicy: (_, { input }, context) =>
      context.services.oncall.updatePolicy(requireActor(context, 'SRE'), input),
    deleteEscalationPolicy: (_, { id }, context) =>
      context.services.oncall.deletePolicy(requireActor(context, 'SRE'), id),
  },
  OnCallSchedule: {
    overrides: (s, _, { services }) => services.oncall.overrides(s.id),
    shifts: (s, { from, days }, { services }) =>
      services.oncall.shifts(s, from ? new Date(from) : null, days ?? 7),
  },
  OnCallLayer: {
    shiftHours: (l) => l.shiftHours ?? null,
    restriction: (l) => l.restriction ?? null,
    users: async (l, _, { services }) => {
      const users = await Promise.all(l.userIds.map((id) => services.users.get(id)));
      return users.filter((u) => u !== null);
    },
  },
  OnCallOverride: {
    user: (o, _, { services }) => services.users.get(o.userId),
  },
  OnCallShift: {
    user: (s, _, { services }) => services.users.get(s.userId),
  },
  OnCallNow: {
    user: (n, _, { services }) => (n.onCall ? services.users.get(n.onCall.userId) : null),
    layer: (n) => n.onCall?.layer ?? null,
  },
  EscalationTarget: {
    name: async (t, _, { services }) => {
      if (t.type === 'USER') return (await services.users.get(t.id))?.name ?? null;
      if (t.type === 'SCHEDULE') return (await services.oncall.schedule(t.id))?.name ?? null;
      return (await services.notifications.channel(t.id))?.name ?? null;
    },
  },
};

import { roleAtLeast } from '../auth/index.ts';
import type { AccessPolicy } from '../graphql/access.ts';
import { requireActor } from '../graphql/actor.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';

export const notificationsAccess: AccessPolicy = {
  // SRE picks channels in escalation policies; only ADMIN sees their URLs or changes them.
  'Query.notificationChannels': 'SRE',
  'Query.emailConfigured': 'VIEWER',
  'Query.notificationDelivery': 'SRE',
  'Mutation.createNotificationChannel': 'ADMIN',
  'Mutation.updateNotificationChannel': 'ADMIN',
  'Mutation.deleteNotificationChannel': 'ADMIN',
  'Mutation.testNotificationChannel': 'ADMIN',
};

export const notificationsResolvers: Resolvers = {
  Query: {
    notificationChannels: (_, __, { services }) => services.notifications.channels(),
    emailConfigured: (_, __, { services }) => services.notifications.emailConfigured,
    notificationDelivery: (_, { id }, { services }) => services.notifications.delivery(id),
  },
  Mutation: {
    createNotificationChannel: (_, { input }, context) =>
      context.services.notifications.create(requireActor(context, 'ADMIN'), input),
    updateNotificationChannel: (_, { input }, context) =>
      context.services.notifications.update(requireActor(context, 'ADMIN'), input),
    deleteNotificationChannel: (_, { id }, context) =>
      context.services.notifications.delete(requireActor(context, 'ADMIN'), id),
    testNotificationChannel: (_, { id }, context) =>
      context.services.notifications.testSend(requireActor(context, 'ADMIN'), id),
  },
  NotificationChannel: {
    // A Slack webhook URL is itself a credential.
    url: (c, _, { principal }) => (principal?.role === 'ADMIN' ? c.url : null),
  },
  NotificationDelivery: {
    text: (d) => d.payload.text,
  },
  Incident: {
    // Deliveries name their targets (URLs, addresses): only for those who may read channels.
    notifications: (i, _, { services, principal }) =>
      principal && roleAtLeast(principal.role, 'SRE')
        ? services.notifications.deliveries(i.id)
        : [],
  },
};

import { actorOf, roleAtLeast } from '../auth/index.ts';
import { type AccessPolicy, requireRole } from '../graphql/access.ts';
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
      context.services.notifications.create(actorOf(requireRole(context, 'ADMIN')), input),
    updateNotificationChannel: (_, { input }, context) =>
      context.services.notifications.update(actorOf(requireRole(context, 'ADMIN')), input),
    deleteNotificationChannel: (_, { id }, context) =>
      context.services.notifications.delete(actorOf(requireRole(context, 'ADMIN')), id),
    testNotificationChannel: (_, { id }, context) =>
      context.services.notifications.testSend(actorOf(requireRole(context, 'ADMIN')), id),
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

import type { AccessPolicy } from '../graphql/access.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import { DEFAULT_STATS_DAYS } from './incident-stats.ts';

const days = (d: number | null | undefined) => Math.min(Math.max(d ?? DEFAULT_STATS_DAYS, 1), 365);

export const incidentStatsAccess: AccessPolicy = {
  'Query.incidentStats': 'VIEWER',
};

export const incidentStatsResolvers: Resolvers = {
  Query: {
    incidentStats: (_, args, { services }) => services.incidentStats.forAll(days(args.days)),
  },
  ModelDeployment: {
    incidentStats: (d, args, { services }) =>
      services.incidentStats.forDeployment(
        { namespace: d.namespace, name: d.name },
        days(args.days),
      ),
  },
};

import type { Resolvers } from '../graphql/generated/resolvers-types.ts';

const RANGES = {
  HOUR: { ms: 3_600_000, bucket: 15 },
  SIX_HOURS: { ms: 6 * 3_600_000, bucket: 60 },
  DAY: { ms: 86_400_000, bucket: 300 },
  WEEK: { ms: 7 * 86_400_000, bucket: 1800 },
} as const;

const ms = (seconds: number | null | undefined) => (seconds == null ? null : seconds * 1000);

export const healthResolvers: Resolvers = {
  ModelDeployment: {
    health: async (d, _, { loaders }) => ({
      deploymentId: d.id,
      report: await loaders.healthReport.load(d.id),
    }),
  },
  DeploymentHealth: {
    state: ({ report }) => report?.state ?? 'UNKNOWN',
    reasons: ({ report }) => report?.reasons ?? ['Not evaluated yet.'],
    since: ({ report }) => report?.since ?? null,
    checkedAt: ({ report }) => report?.checkedAt ?? null,
    diagnosis: ({ report }) => report?.findings ?? [],
    pastTerminations: ({ report }) => report?.pastTerminations ?? [],
    metrics: ({ report }) => {
      const m = report?.metrics;
      return m
        ? {
            requestRate: m.requestRate,
            errorRatio: m.errorRatio,
            ttftP50Ms: ms(m.ttftP50),
            ttftP95Ms: ms(m.ttftP95),
            e2eP95Ms: ms(m.e2eP95),
            tokensPerSecond: m.tokensPerSecond,
            queueDepth: m.queueDepth,
            kvCacheUsage: m.kvCacheUsage,
          }
        : null;
    },
    history: ({ deploymentId }, { range }, { services }) => {
      const r = RANGES[range ?? 'HOUR'];
      return services.health.history(deploymentId, new Date(Date.now() - r.ms), r.bucket);
    },
    transitions: ({ deploymentId }, { last }, { services }) =>
      services.health.transitions(deploymentId, Math.min(100, Math.max(1, last ?? 20))),
  },
};

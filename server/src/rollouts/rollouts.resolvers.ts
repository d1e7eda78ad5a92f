import { mapEvents } from '../events/index.ts';
import type { AccessPolicy } from '../graphql/access.ts';
import { requireActor } from '../graphql/actor.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import { DEFAULT_MINIMUM_REQUESTS, type PromptComparison } from './analysis.ts';
import { isActive } from './rollout-machine.ts';
import type { AnalysisRecord, RolloutRecord } from './rollouts.types.ts';
import { effectiveWeight, isShadow, stepReplicas } from './steps.ts';

export const rolloutsAccess: AccessPolicy = {
  'Query.rollout': 'VIEWER',
  'Query.activeRollouts': 'VIEWER',
  'Mutation.pauseRollout': 'SRE',
  'Mutation.resumeRollout': 'SRE',
  'Mutation.promoteRollout': 'SRE',
  'Mutation.abortRollout': 'SRE',
  'Subscription.rolloutChanged': 'VIEWER',
};

export const rolloutsResolvers: Resolvers = {
  Query: {
    rollout: (_, { id }, { services }) =>
      /^[0-9a-f-]{36}$/i.test(id) ? services.rollouts.get(id) : null,
    activeRollouts: (_, __, { services }) => services.rollouts.active(),
  },
  Mutation: {
    pauseRollout: async (_, { input }, context) => ({
      rollout: await context.services.rollouts.pause(requireActor(context, 'SRE'), input),
    }),
    resumeRollout: async (_, { input }, context) => ({
      rollout: await context.services.rollouts.resume(requireActor(context, 'SRE'), input),
    }),
    promoteRollout: async (_, { input }, context) => ({
      rollout: await context.services.rollouts.promote(requireActor(context, 'SRE'), input),
    }),
    abortRollout: async (_, { input }, context) => ({
      rollout: await context.services.rollouts.abort(requireActor(context, 'SRE'), input),
    }),
  },
  Subscription: {
    rolloutChanged: {
      subscribe: (_, { namespace, name }, { services }) =>
        mapEvents(services.rollouts.subscribe(), (e) =>
          (namespace && e.namespace !== namespace) || (name && e.name !== name)
            ? Promise.resolve(null)
            : services.rollouts.get(e.id),
        ),
      resolve: (record: unknown) => record as RolloutRecord,
    },
  },
  ModelDeployment: {
    rollout: (d, _, { services }) => services.rollouts.latestFor(d.id),
    rollouts: (d, { limit }, { services }) => services.rollouts.forDeployment(d.id, limit ?? 20),
  },
  AnalysisResult: {
    prompts: (a) =>
      a.check === 'BEHAVIOUR'
        ? (((a.details as { prompts?: PromptComparison[] } | null)?.prompts ?? []).filter(
            // Results stored before both tracks were compared have no `canary` answer.
            (p) => p.canary !== undefined,
          ) as PromptComparison[])
        : [],
  },
  Rollout: {
    deployment: (r) => ({ namespace: r.namespace, name: r.name }),
    active: (r) => isActive(r.state),
    fromRelease: (r, _, { services }) =>
      r.fromReleaseId ? services.catalog.getRelease(r.fromReleaseId) : null,
    toRelease: async (r, _, { services }) => {
      const release = await services.catalog.getRelease(r.toReleaseId);
      if (!release) throw new Error(`rollout ${r.id} has no release`);
      return release;
    },
    steps: async (r, _, { services }) => {
      // Replica counts follow the deployment's size now: it may have been scaled meanwhile.
      const [d, analysis] = await Promise.all([
        services.deployments.get(r.namespace, r.name),
        services.rollouts.analysis(r.id),
      ]);
      const total = d?.replicas ?? 0;
      return r.steps.map((s, index) => {
        const { canary, stable } =
          r.strategy === 'CANARY' ? stepReplicas(r.mode, total, s) : { canary: total, stable: 0 };
        return {
          index,
          weightPercent: r.mode === 'TRAFFIC' ? s.weightPercent : effectiveWeight(total, canary),
          mirrorPercent: s.mirrorPercent ?? null,
          observedPercent: observedShare(analysis, index, isShadow(s)),
          canaryReplicas: canary,
          stableReplicas: stable,
          analysisSeconds: s.analysisSeconds,
          minimumRequests: s.minimumRequests ?? DEFAULT_MINIMUM_REQUESTS,
          onInconclusive: s.onInconclusive ?? 'PAUSE',
          startedAt: s.startedAt,
          finishedAt: s.finishedAt,
        };
      });
    },
    analysis: (r, _, { services }) => services.rollouts.analysis(r.id),
    events: (r, _, { services }) => services.rollouts.events(r.id),
  },
};

/**
 * The new release's share of the requests the tracks served in a step's latest error-ratio
 * window, as their own metrics counted them; in a shadow step, the copies it got per hundred
 * requests the stable track served. Null when none was analysed.
 */
function observedShare(analysis: AnalysisRecord[], step: number, shadow: boolean): number | null {
  const latest = analysis.find((a) => a.step === step && a.check === 'ERROR_RATIO');
  const details = (latest?.details ?? {}) as { requests?: unknown; baselineRequests?: unknown };
  const canary = Number(details.requests);
  const stable = Number(details.baselineRequests);
  if (!Number.isFinite(canary) || !Number.isFinite(stable)) return null;
  const whole = shadow ? stable : canary + stable;
  if (whole <= 0) return null;
  return Math.round((1000 * canary) / whole) / 10;
}

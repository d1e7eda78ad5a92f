import { z } from 'zod';
import { actorOf } from '../auth/index.ts';
import { routePrefix } from '../catalog/index.ts';
import { mapEvents, sharedPerEvent } from '../events/index.ts';
import { type AccessPolicy, requireRole } from '../graphql/access.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import type { Loaders } from '../graphql/loaders.ts';
import type { Services } from '../graphql/services.ts';
import type { HealthState } from '../health/index.ts';
import type { LiveWorkload } from '../kube/index.ts';
import { decodeCursor, pageOf, pageSize } from '../shared/connection.ts';
import { matchesWords } from '../shared/validation.ts';
import { diffText } from './adoption.ts';
import {
  type AnyDeploymentRecord,
  type DeploymentChanged,
  isObserved,
  type ObservedDeploymentRecord,
} from './deployments.types.ts';
import { trafficOf } from './placement.ts';

const changedDeployment = sharedPerEvent<DeploymentChanged, AnyDeploymentRecord | null>();

const deleting = (d: AnyDeploymentRecord) => !isObserved(d) && d.deleting;

/** How recent a look at the cluster an observed deployment's live state may come from. */
const OBSERVED_MAX_AGE_MS = 5_000;

async function liveOf(d: AnyDeploymentRecord, services: Services): Promise<LiveWorkload> {
  if (!isObserved(d)) return services.deployments.live(d);
  const look = await services.discovery.observe({ maxAgeMs: OBSERVED_MAX_AGE_MS });
  return look.live.get(`${d.namespace}/${d.name}`) ?? { deployments: [], pods: [], events: [] };
}

/** An observed server's phase, from what runs: Backline applies nothing, so nothing is pending. */
function observedPhase(d: ObservedDeploymentRecord, live: LiveWorkload) {
  const workload = live.deployments[0];
  if (!workload)
    return {
      phase: 'PENDING' as const,
      message: `No ${d.observed.kind} ${d.name} in the cluster now.`,
    };
  if (workload.readyReplicas < d.replicas || workload.observedGeneration < workload.generation)
    return {
      phase: 'PROGRESSING' as const,
      message: `${workload.readyReplicas} of ${d.replicas} replicas ready.`,
    };
  return { phase: 'READY' as const, message: null };
}

/** Managed and observed deployments the filter picks, by namespace and name, none being deleted. */
async function visibleDeployments(
  services: Services,
  filter: { namespace?: string | null; environment?: string | null },
) {
  return (await services.deployments.listAll()).filter(
    (d) =>
      !deleting(d) &&
      (!filter.namespace || d.namespace === filter.namespace) &&
      (!filter.environment || d.environment === filter.environment),
  );
}

/** What a deployments search looks in: where it runs, its model and its runtime. */
async function searchedText(d: AnyDeploymentRecord, loaders: Loaders): Promise<string> {
  if (isObserved(d))
    return `${d.namespace}/${d.name} ${d.observed.model ?? ''} ${d.observed.runtime}`;
  const release = await loaders.release.load(d.releaseId);
  const model = release ? await loaders.model.load(release.modelId) : null;
  return `${d.namespace}/${d.name} ${model?.name ?? ''} ${release?.spec.runtime ?? ''}`;
}

/** The health states as the overview counts them, and how soon each needs a look. */
const HEALTH_ORDER: HealthState[] = ['HEALTHY', 'DEGRADED', 'DOWN', 'PROGRESSING', 'UNKNOWN'];
const ATTENTION: Record<HealthState, number> = {
  DOWN: 0,
  DEGRADED: 1,
  UNKNOWN: 2,
  PROGRESSING: 3,
  HEALTHY: 4,
};

/** Every visible deployment's health state (UNKNOWN until first checked), read in one batch. */
async function fleetSummary(services: Services, loaders: Loaders) {
  const all = await visibleDeployments(services, {});
  const reports = await loaders.healthReport.loadMany(all.map((d) => d.id));
  const states = reports.map(
    (r): HealthState => (r && !(r instanceof Error) ? r.state : 'UNKNOWN'),
  );
  const needing = all
    .map((deployment, i) => ({ deployment, state: states[i] ?? 'UNKNOWN' }))
    .filter(({ state }) => state !== 'HEALTHY')
    .sort((a, b) => ATTENTION[a.state] - ATTENTION[b.state]);
  return {
    total: all.length,
    managed: all.filter((d) => !isObserved(d)).length,
    health: HEALTH_ORDER.map((state) => ({
      state,
      count: states.filter((s) => s === state).length,
    })),
    attention: needing.map(({ deployment }) => deployment),
  };
}

export const deploymentsAccess: AccessPolicy = {
  'Query.deployments': 'VIEWER',
  'Query.deploymentsConnection': 'VIEWER',
  'Query.deployment': 'VIEWER',
  'Query.fleetSummary': 'VIEWER',
  'Query.managedNamespaces': 'VIEWER',
  'Mutation.deployRelease': 'ADMIN',
  'Mutation.scaleDeployment': 'SRE',
  'Mutation.deleteDeployment': 'ADMIN',
  'Mutation.repairDrift': 'SRE',
  'Mutation.updateObservedDeployment': 'ADMIN',
  'Mutation.rollbackDeployment': 'SRE',
  'Query.adoptionPlan': 'ADMIN',
  'Mutation.adoptDeployment': 'ADMIN',
  'Mutation.releaseDeployment': 'ADMIN',
  'Subscription.deploymentChanged': 'VIEWER',
};

export const deploymentsResolvers: Resolvers = {
  Query: {
    deployments: (_, filter, { services }) => visibleDeployments(services, filter),
    deploymentsConnection: async (
      _,
      { namespace, environment, search, first, after },
      { services, loaders },
    ) => {
      const size = pageSize(first, 50);
      const key = decodeCursor(after, z.tuple([z.string(), z.string()]));
      let visible = await visibleDeployments(services, { namespace, environment });
      if (search?.trim()) {
        const texts = await Promise.all(visible.map((d) => searchedText(d, loaders)));
        visible = visible.filter((_, i) => matchesWords(texts[i] ?? '', search));
      }
      return pageOf(
        visible,
        size,
        key,
        (d) => [d.namespace, d.name] as [string, string],
        (a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]),
      );
    },
    deployment: async (_, { namespace, name }, { services }) => {
      const found = await services.deployments.getAny(namespace, name);
      return found && !deleting(found) ? found : null;
    },
    fleetSummary: (_, __, { services, loaders }) => fleetSummary(services, loaders),
    managedNamespaces: (_, __, { services }) => services.deployments.namespaces,
    adoptionPlan: async (_, { deploymentId }, context) => {
      requireRole(context, 'ADMIN');
      const { services, loaders } = context;
      const { record, plan } = await services.deployments.adoptionPlan(deploymentId);
      const spec = plan.spec;
      return {
        deployment: record,
        adoptable: plan.adoptable,
        reasons: plan.reasons,
        warnings: plan.warnings,
        digest: plan.digest,
        model: plan.model
          ? {
              ...plan.model,
              existing: plan.model.existingId
                ? await services.catalog.getModel(plan.model.existingId)
                : null,
            }
          : null,
        release:
          spec && plan.releaseId
            ? {
                id: plan.releaseId,
                exists: (await loaders.release.load(plan.releaseId)) !== null,
                runtime: spec.runtime,
                image: spec.image,
                engine: {
                  maxModelLength: spec.engine.maxModelLength ?? null,
                  tensorParallelSize: spec.engine.tensorParallelSize ?? null,
                  gpuMemoryUtilization: spec.engine.gpuMemoryUtilization ?? null,
                  dtype: spec.engine.dtype ?? null,
                  quantization: spec.engine.quantization ?? null,
                  extraArgs: spec.engine.extraArgs ?? [],
                },
                resources: { ...spec.resources, gpuProduct: spec.resources.gpuProduct ?? null },
                env: spec.env.map((v) => ({
                  name: v.name,
                  value: v.value ?? null,
                  secretRef: v.secretRef ?? null,
                })),
                expectedLoadSeconds: spec.expectedLoadSeconds,
              }
            : null,
        changes: plan.changes,
        diff: diffText(plan.changes),
        previousManagers: plan.previousManagers,
      };
    },
  },
  Mutation: {
    deployRelease: async (_, { input }, context) => ({
      deployment: await context.services.deployments.deploy(
        actorOf(requireRole(context, 'ADMIN')),
        input,
      ),
    }),
    scaleDeployment: async (_, { input }, context) => ({
      deployment: await context.services.deployments.scale(
        actorOf(requireRole(context, 'SRE')),
        input,
      ),
    }),
    deleteDeployment: async (_, { input }, context) => ({
      deployment: await context.services.deployments.remove(
        actorOf(requireRole(context, 'ADMIN')),
        input,
      ),
    }),
    rollbackDeployment: async (_, { input }, context) => ({
      deployment: await context.services.deployments.rollback(
        actorOf(requireRole(context, 'SRE')),
        input,
      ),
    }),
    updateObservedDeployment: async (_, { input }, context) => ({
      deployment: await context.services.deployments.updateObserved(
        actorOf(requireRole(context, 'ADMIN')),
        input,
      ),
    }),
    adoptDeployment: async (_, { input }, context) => ({
      deployment: await context.services.deployments.adopt(
        actorOf(requireRole(context, 'ADMIN')),
        input,
      ),
    }),
    releaseDeployment: async (_, { input }, context) => ({
      deployment: await context.services.deployments.releaseToTeam(
        actorOf(requireRole(context, 'ADMIN')),
        input,
      ),
    }),
    repairDrift: async (_, { namespace, name }, context) => ({
      deployment: await context.services.deployments.repairDrift(
        actorOf(requireRole(context, 'SRE')),
        namespace,
        name,
      ),
    }),
  },
  Subscription: {
    deploymentChanged: {
      subscribe: (_, { namespace, name }, { services }) =>
        mapEvents(services.deployments.subscribe(), (e) =>
          (namespace && e.namespace !== namespace) || (name && e.name !== name)
            ? Promise.resolve(null)
            : changedDeployment(e, () => services.deployments.getAny(e.namespace, e.name)),
        ),
      resolve: (record: unknown) => record as AnyDeploymentRecord,
    },
  },
  FleetSummary: {
    attention: (summary, { first }) => summary.attention.slice(0, pageSize(first, 8)),
  },
  ModelDeployment: {
    release: async (d, _, { loaders }) => {
      if (isObserved(d)) return null;
      const release = await loaders.release.load(d.releaseId);
      if (!release) throw new Error(`deployment ${d.namespace}/${d.name} has no release`);
      return release;
    },
    managed: (d) => !isObserved(d),
    traffic: (d) => {
      if (isObserved(d)) return null;
      const traffic = trafficOf(d);
      return traffic ? { ...traffic, pathPrefix: routePrefix(d) } : null;
    },
    observed: (d) => (isObserved(d) ? d.observed : null),
    adoption: async (d, _, { loaders }) => {
      if (isObserved(d) || !d.adopted) return null;
      const release = await loaders.release.load(d.adopted.releaseId);
      if (!release) throw new Error(`adopted deployment ${d.namespace}/${d.name} has no release`);
      return {
        at: new Date(d.adopted.at),
        by: d.adopted.by,
        release,
        selector: d.adopted.selector,
        keepsPodTemplate: d.releaseId === d.adopted.releaseId && !d.canaryReleaseId,
        previousManagers: d.adopted.previousManagers,
      };
    },
    phase: async (d, _, { services }) =>
      isObserved(d)
        ? observedPhase(d, await liveOf(d, services)).phase
        : services.deployments.phase(d).phase,
    message: async (d, _, { services }) =>
      isObserved(d)
        ? observedPhase(d, await liveOf(d, services)).message
        : services.deployments.phase(d).message,
    status: async (d, _, { services }) => {
      const live = await liveOf(d, services);
      const stable = live.deployments.find((x) => x.track === 'stable');
      const sum = (f: (x: (typeof live.deployments)[number]) => number) =>
        live.deployments.reduce((n, x) => n + f(x), 0);
      return {
        desiredReplicas: d.replicas,
        readyReplicas: sum((x) => x.readyReplicas),
        updatedReplicas: stable?.updatedReplicas ?? 0,
        availableReplicas: sum((x) => x.availableReplicas),
        conditions: stable?.conditions ?? [],
        pods: live.pods,
        events: live.events,
        lastAppliedAt: isObserved(d) ? null : d.lastAppliedAt,
        lastApplyError: isObserved(d) ? null : d.lastApplyError,
      };
    },
    // Backline applies nothing to an observed server: nothing drifts from it, nothing is missing.
    drift: (d, _, { services }) => (isObserved(d) ? [] : services.deployments.drift(d)),
    missing: (d, _, { services }) => (isObserved(d) ? [] : services.deployments.missing(d)),
    timeline: (d, { last }, { services }) =>
      isObserved(d) ? [] : services.deployments.timeline(d, Math.min(200, Math.max(1, last ?? 50))),
    manifestsYaml: (d, _, { services }) =>
      isObserved(d)
        ? '# Backline observes this model server and applies nothing to it.\n'
        : services.deployments.manifestsYaml(d),
    history: (d, _, { services }) => (isObserved(d) ? [] : services.deployments.revisions(d)),
  },
  DeploymentRevision: {
    release: async (r, _, { loaders }) => {
      const release = await loaders.release.load(r.releaseId);
      if (!release) throw new Error(`revision ${r.revision} has no release`);
      return release;
    },
  },
};

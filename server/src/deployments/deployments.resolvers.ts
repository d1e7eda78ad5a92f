import { actorOf } from '../auth/index.ts';
import { mapEvents, sharedPerEvent } from '../events/index.ts';
import { type AccessPolicy, requireRole } from '../graphql/access.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import type { DeploymentChanged, DeploymentRecord } from './deployments.types.ts';

const changedDeployment = sharedPerEvent<DeploymentChanged, DeploymentRecord | null>();

export const deploymentsAccess: AccessPolicy = {
  'Query.deployments': 'VIEWER',
  'Query.deployment': 'VIEWER',
  'Query.managedNamespaces': 'VIEWER',
  'Mutation.deployRelease': 'ADMIN',
  'Mutation.scaleDeployment': 'SRE',
  'Mutation.deleteDeployment': 'ADMIN',
  'Mutation.repairDrift': 'SRE',
  'Mutation.rollbackDeployment': 'SRE',
  'Subscription.deploymentChanged': 'VIEWER',
};

export const deploymentsResolvers: Resolvers = {
  Query: {
    deployments: async (_, { namespace, environment }, { services }) =>
      (await services.deployments.list()).filter(
        (d) =>
          !d.deleting &&
          (!namespace || d.namespace === namespace) &&
          (!environment || d.environment === environment),
      ),
    deployment: async (_, { namespace, name }, { services }) => {
      const found = await services.deployments.get(namespace, name);
      return found && !found.deleting ? found : null;
    },
    managedNamespaces: (_, __, { services }) => services.deployments.namespaces,
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
            : changedDeployment(e, () => services.deployments.get(e.namespace, e.name)),
        ),
      resolve: (record: unknown) => record as DeploymentRecord,
    },
  },
  ModelDeployment: {
    release: async (d, _, { loaders }) => {
      const release = await loaders.release.load(d.releaseId);
      if (!release) throw new Error(`deployment ${d.namespace}/${d.name} has no release`);
      return release;
    },
    phase: (d, _, { services }) => services.deployments.phase(d).phase,
    message: (d, _, { services }) => services.deployments.phase(d).message,
    status: (d, _, { services }) => {
      const live = services.deployments.live(d);
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
        lastAppliedAt: d.lastAppliedAt,
        lastApplyError: d.lastApplyError,
      };
    },
    drift: (d, _, { services }) => services.deployments.drift(d),
    missing: (d, _, { services }) => services.deployments.missing(d),
    timeline: (d, { last }, { services }) =>
      services.deployments.timeline(d, Math.min(200, Math.max(1, last ?? 50))),
    manifestsYaml: (d, _, { services }) => services.deployments.manifestsYaml(d),
    history: (d, _, { services }) => services.deployments.revisions(d),
  },
  DeploymentRevision: {
    release: async (r, _, { loaders }) => {
      const release = await loaders.release.load(r.releaseId);
      if (!release) throw new Error(`revision ${r.revision} has no release`);
      return release;
    },
  },
};

import type { AccessPolicy } from '../graphql/access.ts';
import { requireActor } from '../graphql/actor.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';

export const catalogAccess: AccessPolicy = {
  'Query.models': 'VIEWER',
  'Query.model': 'VIEWER',
  'Query.release': 'VIEWER',
  'Query.releaseDiff': 'VIEWER',
  'Mutation.registerModel': 'ADMIN',
  'Mutation.createRelease': 'ADMIN',
};

export const catalogResolvers: Resolvers = {
  Query: {
    models: (_, __, { services }) => services.catalog.listModels(),
    model: (_, { id }, { services }) => services.catalog.getModel(id),
    release: (_, { id }, { services }) => services.catalog.getRelease(id),
    releaseDiff: (_, { from, to }, { services }) => services.catalog.diff(from, to),
  },
  Mutation: {
    registerModel: async (_, { input }, context) => ({
      model: await context.services.catalog.registerModel(requireActor(context, 'ADMIN'), input),
    }),
    createRelease: (_, { input }, context) =>
      context.services.catalog.createRelease(requireActor(context, 'ADMIN'), input),
  },
  Model: {
    releases: (model, _, { services }) => services.catalog.listReleases(model.id),
  },
  Release: {
    model: async (release, _, { loaders }) => {
      const model = await loaders.model.load(release.modelId);
      if (!model) throw new Error(`release ${release.id} has no model`);
      return model;
    },
    runtime: (release) => release.spec.runtime,
    image: (release) => release.spec.image,
    imagePinned: (release) => /@sha256:[0-9a-f]{64}$/.test(release.spec.image),
    modelSource: (release) => release.spec.model.source,
    modelRevision: (release) => release.spec.model.revision,
    engine: ({ spec: { engine } }) => ({
      maxModelLength: engine.maxModelLength ?? null,
      tensorParallelSize: engine.tensorParallelSize ?? null,
      gpuMemoryUtilization: engine.gpuMemoryUtilization ?? null,
      dtype: engine.dtype ?? null,
      quantization: engine.quantization ?? null,
      extraArgs: engine.extraArgs ?? [],
    }),
    resources: ({ spec: { resources } }) => ({
      ...resources,
      gpuProduct: resources.gpuProduct ?? null,
    }),
    env: (release) =>
      release.spec.env.map((v) => ({
        name: v.name,
        value: v.value ?? null,
        secretRef: v.secretRef ?? null,
      })),
    expectedLoadSeconds: (release) => release.spec.expectedLoadSeconds,
  },
};

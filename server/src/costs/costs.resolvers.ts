import { actorOf } from '../auth/index.ts';
import { type AccessPolicy, requireRole } from '../graphql/access.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';

export const costsAccess: AccessPolicy = {
  'Query.priceBook': 'VIEWER',
  'Query.costReport': 'VIEWER',
  'Query.capacity': 'VIEWER',
  'Mutation.setGpuPrice': 'ADMIN',
  'Mutation.setApiPrice': 'ADMIN',
};

export const costsResolvers: Resolvers = {
  Query: {
    priceBook: (_, { at }, { services }) => services.costs.priceBook(at ? new Date(at) : null),
    costReport: (_, { input }, { services }) => services.costs.report(input),
    capacity: async (_, { windowMinutes }, { services }) => {
      const r = await services.capacity.report({ windowMinutes: windowMinutes ?? null });
      return {
        at: r.at,
        windowMinutes: r.windowMinutes,
        known: r.known,
        unknownReason: r.unknownReason,
        podScope: r.inventory?.podScope ?? null,
        products: r.inventory?.products ?? [],
        nodes: r.inventory?.nodes ?? [],
        deployments: r.deployments,
      };
    },
  },
  Mutation: {
    setGpuPrice: async (_, { input }, context) => ({
      price: await context.services.costs.setGpuPrice(
        actorOf(requireRole(context, 'ADMIN')),
        input,
      ),
    }),
    setApiPrice: async (_, { input }, context) => ({
      price: await context.services.costs.setApiPrice(
        actorOf(requireRole(context, 'ADMIN')),
        input,
      ),
    }),
  },
  ModelDeployment: {
    cost: (d, { days, compareWith }, { services }) =>
      services.costs.deploymentCost(d.id, days ?? 7, compareWith ?? null),
  },
};

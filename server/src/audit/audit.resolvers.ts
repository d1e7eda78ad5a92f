import { z } from 'zod';
import type { AccessPolicy } from '../graphql/access.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import { InputError, parseInput } from '../shared/errors.ts';
import { auditDetailsFor } from './audit.access.ts';
import { publicKeyText } from './audit.signing.ts';

export const auditAccess: AccessPolicy = {
  'Query.auditLog': 'VIEWER',
  'Query.verifyAuditLog': 'VIEWER',
  'Query.auditCheckpoint': 'VIEWER',
  'Subscription.auditEntryAppended': 'VIEWER',
};

const pageArgs = z.object({
  first: z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500'),
  after: z
    .string()
    .regex(/^\d{1,19}$/, 'must be an endCursor from a previous page')
    .nullish(),
});

export const auditResolvers: Resolvers = {
  Query: {
    async auditLog(_, args, { services }) {
      const { first, after } = parseInput(pageArgs, { first: args.first, after: args.after }, []);
      const filter = args.filter ?? {};
      if (filter.from && filter.to && new Date(filter.from) >= new Date(filter.to)) {
        throw new InputError('INVALID_INPUT', 'filter.from must be before filter.to.', {
          fields: [{ path: ['filter', 'from'], message: 'must be before filter.to' }],
        });
      }
      const page = await services.audit.list(
        {
          ...filter,
          from: filter.from ? new Date(filter.from) : null,
          to: filter.to ? new Date(filter.to) : null,
        },
        first,
        after ?? undefined,
      );
      const last = page.entries.at(-1);
      return {
        nodes: page.entries,
        totalCount: page.totalCount,
        pageInfo: { hasNextPage: page.hasMore, endCursor: last?.seq ?? null },
      };
    },
    verifyAuditLog: (_, __, { services }) => services.audit.verify(),
    async auditCheckpoint(_, __, { services }) {
      const signer = services.audit.signer;
      const checkpoint = await services.audit.latestCheckpoint();
      return signer && checkpoint
        ? { checkpoint, publicKey: publicKeyText(signer.publicKey) }
        : null;
    },
  },
  AuditEntry: {
    details: (entry, _, context) =>
      auditDetailsFor(context.principal?.role ?? null, entry.targetType, entry.details),
  },
  Subscription: {
    auditEntryAppended: {
      subscribe: (_, __, { services }) => services.audit.subscribe(),
      resolve: (entry: unknown) => entry as never,
    },
  },
};

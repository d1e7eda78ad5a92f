import { isRecord } from '../store/types.ts';
import type { ApiContext } from './context.ts';
import { badRequest, methodNotAllowed } from './errors.ts';

export interface CompactionOptions {
  /** Compact up to this revision (default: the latest). */
  revision?: number;
  /** End every open watch with 410 Gone, as an etcd-backed API server does after compaction. */
  expireWatches?: boolean;
}

export interface CompactionState {
  kind: 'Compaction';
  revision: number;
  compactedRevision: number;
}

function state(ctx: ApiContext): CompactionState {
  return {
    kind: 'Compaction',
    revision: ctx.store.resourceVersion,
    compactedRevision: ctx.store.compactedRevision,
  };
}

/** Compacts the event history; watches and exact lists from older versions get 410 afterwards. */
export function compactHistory(ctx: ApiContext, options: CompactionOptions = {}): CompactionState {
  ctx.store.compact(options.revision);
  if (options.expireWatches) for (const expire of [...(ctx.watchExpirers ?? [])]) expire();
  return state(ctx);
}

/**
 * POST /sim/v1/compaction `{"revision"?: number, "expireWatches"?: boolean}`; GET shows the
 * latest and the compacted revision.
 */
export function compactionRoute(
  ctx: ApiContext,
  method: string,
  body: Buffer,
): { status: number; body: unknown } {
  if (method === 'GET') return { status: 200, body: state(ctx) };
  if (method !== 'POST') throw methodNotAllowed();
  let spec: Record<string, unknown> = {};
  if (body.length > 0) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch (err) {
      throw badRequest(`invalid compaction: body is not JSON: ${(err as Error).message}`);
    }
    if (!isRecord(parsed)) throw badRequest('invalid compaction: body must be a JSON object');
    spec = parsed;
  }
  const { revision, expireWatches } = spec;
  if (
    revision !== undefined &&
    (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0)
  )
    throw badRequest('invalid compaction: revision must be a non-negative integer');
  if (expireWatches !== undefined && typeof expireWatches !== 'boolean')
    throw badRequest('invalid compaction: expireWatches must be true or false');
  return {
    status: 200,
    body: compactHistory(ctx, {
      ...(typeof revision === 'number' ? { revision } : {}),
      ...(expireWatches !== undefined ? { expireWatches } : {}),
    }),
  };
}

import type { ServerResponse } from 'node:http';
import type { StoreEvent } from '../store/store.ts';
import type { KubeObject } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import type { ApiContext } from './context.ts';
import { externalObject } from './convert.ts';
import { gone } from './errors.ts';
import type { ObjectFilter } from './filter.ts';
import { matchesFilter } from './filter.ts';
import { encodeWatchFrame, PROTOBUF } from './protobuf/codec.ts';
import type { ResourceDef } from './resources.ts';
import { apiVersionOf } from './resources.ts';

export interface WatchRequest {
  def: ResourceDef;
  filter: ObjectFilter;
  resourceVersion?: string;
  /** Length-delimited protobuf frames instead of JSON lines. */
  protobuf?: boolean;
  allowBookmarks: boolean;
  sendInitialEvents: boolean;
  timeoutSeconds?: number;
  /** Renders one object for the wire (Table rows, metadata only, or as is). */
  render: (obj: KubeObject) => unknown;
}

const MAX_BUFFERED = 32 * 1024 * 1024;
const BOOKMARK_INTERVAL_MS = 2_000;

/**
 * Streams watch events as chunked JSON lines, like the API server: optional initial ADDED events,
 * history replay from a resourceVersion (410 Expired as an ERROR event when it is too old),
 * BOOKMARKs when asked for, and a server-side timeout.
 */
export function serveWatch(ctx: ApiContext, res: ServerResponse, request: WatchRequest): void {
  const { def, filter } = request;
  res.writeHead(200, {
    'Content-Type': request.protobuf ? `${PROTOBUF};stream=watch` : 'application/json',
    'Cache-Control': 'no-cache, private',
    'Transfer-Encoding': 'chunked',
  });
  // Send the headers now: clients wait for them before they read events.
  res.flushHeaders();
  let lastRv = ctx.store.resourceVersion;
  let closed = false;
  const write = (type: string, object: unknown): void => {
    if (closed) return;
    const frame = request.protobuf && isRecord(object) ? encodeWatchFrame(type, object) : undefined;
    res.write(frame ?? `${JSON.stringify({ type, object })}\n`);
    if (res.writableLength > MAX_BUFFERED) close();
  };
  const bookmark = (initialEnd = false): void => {
    write('BOOKMARK', {
      kind: def.kind,
      apiVersion: apiVersionOf(def),
      metadata: {
        resourceVersion: String(lastRv),
        ...(initialEnd ? { annotations: { 'k8s.io/initial-events-end': 'true' } } : {}),
      },
    });
  };
  const deliver = (event: StoreEvent): void => {
    if (event.resource !== def.storage) return;
    const now = matchesFilter(filter, event.object);
    const before =
      event.previous !== undefined && event.type === 'MODIFIED'
        ? matchesFilter(filter, event.previous)
        : now;
    lastRv = event.rv;
    let type: string = event.type;
    if (event.type === 'MODIFIED' && now !== before) type = now ? 'ADDED' : 'DELETED';
    else if (!now) return;
    write(type, request.render(externalObject(def, event.object)));
  };

  let unsubscribe: () => void = () => undefined;
  let bookmarkTimer: NodeJS.Timeout | undefined;
  let timeoutTimer: NodeJS.Timeout | undefined;
  const close = (): void => {
    if (closed) return;
    closed = true;
    unsubscribe();
    if (bookmarkTimer) clearInterval(bookmarkTimer);
    if (timeoutTimer) clearTimeout(timeoutTimer);
    ctx.watches.delete(close);
    ctx.watchExpirers?.delete(expire);
    if (!res.writableEnded) res.end();
  };
  // After a compaction that expires watches, the stream ends with 410 as an etcd-backed
  // API server's does: the client must list again.
  const expire = (): void => {
    write('ERROR', gone('The resourceVersion for the provided watch is too old.').status);
    close();
  };
  ctx.watches.add(close);
  ctx.watchExpirers?.add(expire);
  res.on('close', close);

  const rvParam = request.resourceVersion;
  const fromRv = rvParam && rvParam !== '0' ? Number(rvParam) : undefined;
  if (fromRv !== undefined && (!Number.isInteger(fromRv) || fromRv < 0)) {
    write(
      'ERROR',
      gone(`too old resource version: ${rvParam} (${ctx.store.resourceVersion})`).status,
    );
    close();
    return;
  }
  const initial = fromRv === undefined || request.sendInitialEvents;
  if (initial) {
    for (const obj of ctx.store.list(def.storage, filter.namespace)) {
      if (matchesFilter(filter, obj)) write('ADDED', request.render(externalObject(def, obj)));
    }
    if (request.sendInitialEvents && request.allowBookmarks) bookmark(true);
  } else {
    const history = ctx.store.eventsSince(fromRv);
    if (history === 'expired') {
      write(
        'ERROR',
        gone(`too old resource version: ${fromRv} (${ctx.store.compactedRevision})`).status,
      );
      close();
      return;
    }
    for (const event of history) deliver(event);
  }
  lastRv = ctx.store.resourceVersion;
  unsubscribe = ctx.store.subscribe(deliver);
  if (request.allowBookmarks) {
    bookmarkTimer = setInterval(() => bookmark(), BOOKMARK_INTERVAL_MS);
  }
  const timeout = request.timeoutSeconds;
  const limit = timeout !== undefined && timeout > 0 ? timeout : 1800;
  timeoutTimer = setTimeout(close, limit * 1000);
}

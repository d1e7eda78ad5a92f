import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { authenticate, authorize, type Caller, impersonate } from './auth.ts';
import { compactionRoute } from './compaction.ts';
import type { ApiContext } from './context.ts';
import { apiGroup, apiGroupList, apiResourceList, apiVersions, KUBE_VERSION } from './discovery.ts';
import {
  ApiError,
  internalError,
  methodNotAllowed,
  notAcceptable,
  resourceNotFound,
} from './errors.ts';
import type { HttpCall } from './handlers.ts';
import {
  handleCreate,
  handleDelete,
  handleDeleteCollection,
  handleGet,
  handleList,
  handleUpdate,
  handleWatch,
  send,
  sendError,
} from './handlers.ts';
import { openApiV2Document, openApiV3Document, openApiV3Root } from './openapi.ts';
import { handlePatch } from './patch-handler.ts';
import { handleLog, handleProxy } from './pod-subresources.ts';
import type { ResourceRequest } from './request.ts';
import { parseResourcePath, readBody } from './request.ts';
import {
  handleEviction,
  handleReview,
  handleScaleGet,
  handleServiceProxy,
  handleTokenRequest,
  isSelfReview,
} from './subresources.ts';

/** Whether an Accept header allows JSON (no header, a wildcard or application/json). */
function acceptsJson(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept
    .split(',')
    .some((part) => /^\s*(\*\/\*|application\/\*|application\/json)\s*(;|$)/.test(part));
}

function discovery(ctx: ApiContext, method: string, path: string, host: string): unknown {
  if (method !== 'GET') return undefined;
  if (path === '/version') return KUBE_VERSION;
  if (path === '/api') return apiVersions(host);
  const catalog = ctx.registry.catalog;
  if (path === '/apis') return apiGroupList(catalog);
  if (path === '/api/v1') return apiResourceList(catalog, '', 'v1');
  if (path === '/openapi/v2') return openApiV2Document(catalog);
  if (path === '/openapi/v3') return openApiV3Root(catalog);
  const oa = /^\/openapi\/v3\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(path);
  if (oa) return openApiV3Document(catalog, oa[1] ? '' : (oa[2] ?? ''), oa[1] ?? oa[3] ?? '');
  const g = /^\/apis\/([^/]+)$/.exec(path);
  if (g?.[1]) return apiGroup(catalog, g[1]);
  const gv = /^\/apis\/([^/]+)\/([^/]+)$/.exec(path);
  if (gv?.[1] && gv[2]) return apiResourceList(catalog, gv[1], gv[2]);
  return undefined;
}

async function dispatch(
  ctx: ApiContext,
  r: ResourceRequest,
  call: HttpCall,
  method: string,
  user: Caller | undefined,
): Promise<void> {
  if (isSelfReview(r)) {
    handleReview(ctx, r, call, user);
    return;
  }
  if (r.subresource === 'scale' && r.verb === 'get') {
    handleScaleGet(ctx, r, call);
    return;
  }
  if (r.subresource === 'token' && r.def.kind === 'ServiceAccount') {
    handleTokenRequest(ctx, r, call);
    return;
  }
  if (r.subresource === 'eviction') {
    handleEviction(ctx, r, call);
    return;
  }
  if (r.subresource === 'proxy' && r.def.kind === 'Service') {
    await handleServiceProxy(ctx, r, call, method);
    return;
  }
  if (r.subresource === 'proxy') {
    if (r.def.kind !== 'Pod') throw resourceNotFound();
    await handleProxy(ctx, r, call, method);
    return;
  }
  if (r.subresource === 'log') {
    if (method !== 'GET') throw methodNotAllowed();
    handleLog(ctx, r, call);
    return;
  }
  switch (r.verb) {
    case 'get':
      handleGet(ctx, r, call);
      return;
    case 'list':
      handleList(ctx, r, call);
      return;
    case 'watch':
      handleWatch(ctx, r, call);
      return;
    case 'create':
      handleCreate(ctx, r, call);
      return;
    case 'update':
      if (r.name === undefined) throw methodNotAllowed();
      handleUpdate(ctx, r, call);
      return;
    case 'patch':
      if (r.name === undefined) throw methodNotAllowed();
      handlePatch(ctx, r, call);
      return;
    case 'delete':
      handleDelete(ctx, r, call);
      return;
    case 'deletecollection':
      handleDeleteCollection(ctx, r, call);
      return;
  }
}

async function handle(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/healthz' || path === '/readyz' || path === '/livez') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
    return;
  }
  const user = impersonate(ctx, authenticate(ctx, req.headers), req.headers);
  const body = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : await readBody(req);
  if (path === '/sim/v1/compaction') {
    const answer = compactionRoute(ctx, method, body);
    send(res, answer.status, answer.body);
    return;
  }
  if (path.startsWith('/sim/v1/') || path === '/sim/v1') {
    const answer = ctx.simRoutes?.(method, path, body);
    if (!answer) throw resourceNotFound();
    if (answer.contentType) {
      res.writeHead(answer.status, {
        'Content-Type': answer.contentType,
        'Cache-Control': 'no-cache, private',
      });
      res.end(String(answer.body));
      return;
    }
    send(res, answer.status, answer.body);
    return;
  }
  // The OpenAPI v2 document is served as JSON only; its protobuf form (gnostic) is not.
  if (path === '/openapi/v2' && !acceptsJson(req.headers.accept)) throw notAcceptable();
  const found = discovery(ctx, method, path, req.headers.host ?? '');
  if (found !== undefined) {
    send(res, 200, found);
    return;
  }
  const r = parseResourcePath(method, path, url.searchParams, ctx.registry.catalog);
  if (!r) throw resourceNotFound();
  // Every authenticated user may review itself (the system:basic-user role).
  if (user && !isSelfReview(r)) authorize(ctx, user, r);
  await dispatch(
    ctx,
    r,
    { query: url.searchParams, headers: req.headers, body, res },
    method,
    user,
  );
}

/** Starts the HTTP API server on loopback (or the host given). */
export function createApiServer(ctx: ApiContext): Server {
  return createServer((req, res) => {
    handle(ctx, req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof ApiError) sendError(res, err, req.headers);
      else
        sendError(
          res,
          internalError(err instanceof Error ? err.message : String(err)),
          req.headers,
        );
    });
  });
}

import type { Pod } from '../store/types.ts';
import type { ApiContext, LogOptions } from './context.ts';
import { badRequest } from './errors.ts';
import type { HttpCall } from './handlers.ts';
import type { ResourceRequest } from './request.ts';

function optionalNumber(query: URLSearchParams, key: string): number | undefined {
  const value = query.get(key);
  if (value === null) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw badRequest(`invalid value for ${key}: ${value}`);
  return n;
}

/** GET pods/{name}/log: the container's output, with previous, tailLines, timestamps and follow. */
export function handleLog(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  const pod = ctx.registry.get(r.def, r.namespace, r.name ?? '') as Pod;
  const names = pod.spec.containers.map((c) => c.name);
  let container = call.query.get('container') ?? undefined;
  if (!container) {
    if (names.length !== 1) {
      throw badRequest(
        `a container name must be specified for pod ${pod.metadata.name}, choose one of: [${names.join(' ')}]`,
      );
    }
    container = names[0];
  } else if (!names.includes(container)) {
    throw badRequest(`container ${container} is not valid for pod ${pod.metadata.name}`);
  }
  const tailLines = optionalNumber(call.query, 'tailLines');
  const sinceSeconds = optionalNumber(call.query, 'sinceSeconds');
  const limitBytes = optionalNumber(call.query, 'limitBytes');
  const options: LogOptions = {
    ...(container ? { container } : {}),
    previous: call.query.get('previous') === 'true',
    timestamps: call.query.get('timestamps') === 'true',
    follow: call.query.get('follow') === 'true',
    ...(tailLines !== undefined ? { tailLines } : {}),
    ...(sinceSeconds !== undefined ? { sinceSeconds } : {}),
    ...(limitBytes !== undefined ? { limitBytes } : {}),
  };
  const stream = ctx.pods.logs(pod, options);
  const res = call.res;
  if (!options.follow || !stream.follow) {
    const text = limitBytes !== undefined ? stream.text.slice(0, limitBytes) : stream.text;
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' });
  res.write(stream.text);
  let stop: () => void = () => undefined;
  const close = (): void => {
    stop();
    ctx.watches.delete(close);
    if (!res.writableEnded) res.end();
  };
  ctx.watches.add(close);
  res.on('close', close);
  stop = stream.follow((line) => res.write(line), close);
}

function resolvePort(pod: Pod, requested: string | undefined): number {
  if (requested) {
    const n = Number(requested);
    if (Number.isInteger(n)) return n;
    for (const c of pod.spec.containers) {
      const named = c.ports?.find((p) => p.name === requested);
      if (named) return named.containerPort;
    }
    throw badRequest(`unable to find port ${requested} on pod ${pod.metadata.name}`);
  }
  for (const c of pod.spec.containers) {
    const first = c.ports?.[0];
    if (first) return first.containerPort;
  }
  return 80;
}

/** pods/{name}[:port]/proxy/{path}: forwards to the simulated server in the pod. */
export async function handleProxy(
  ctx: ApiContext,
  r: ResourceRequest,
  call: HttpCall,
  method: string,
): Promise<void> {
  const pod = ctx.registry.get(r.def, r.namespace, r.name ?? '') as Pod;
  const port = resolvePort(pod, r.proxyPort);
  const abort = new AbortController();
  const res = call.res;
  const close = (): void => {
    abort.abort();
    ctx.watches.delete(close);
    if (!res.writableEnded) res.destroy();
  };
  ctx.watches.add(close);
  res.on('close', () => {
    abort.abort();
    ctx.watches.delete(close);
  });
  try {
    const answer = await ctx.pods.proxy(
      pod,
      port,
      {
        method,
        path: r.proxyPath ?? '/',
        query: call.query,
        headers: call.headers,
        body: call.body,
      },
      abort.signal,
    );
    if (res.writableEnded || res.destroyed) return;
    if (answer.stream) {
      res.writeHead(answer.status, { ...answer.headers, 'Transfer-Encoding': 'chunked' });
      for await (const chunk of answer.stream) {
        if (abort.signal.aborted) break;
        res.write(chunk);
      }
      if (!res.writableEnded) res.end();
      return;
    }
    const body = answer.body ?? '';
    res.writeHead(answer.status, { ...answer.headers, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  } finally {
    ctx.watches.delete(close);
  }
}

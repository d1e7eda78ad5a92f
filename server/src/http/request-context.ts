import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logging/index.ts';
import { type AppMetrics, methodLabel, statusLabel } from '../telemetry/index.ts';

declare module 'express-serve-static-core' {
  interface Locals {
    requestId: string;
    logger: Logger;
  }
}

const VALID_REQUEST_ID = /^[\w.-]{1,128}$/;

/**
 * Gives every request an id (the caller's `X-Request-Id` when it looks sane), a
 * child logger that stamps it on every line, an access log line and a duration metric.
 * Headers, bodies and query strings are never logged: they may carry secrets.
 */
export function requestContext(logger: Logger, metrics: AppMetrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && VALID_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.locals.logger = logger.child({ requestId });
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    // Captured now: routers mounted on a prefix rewrite req.url while they run.
    const path = req.path;
    const route = routeLabel(path);
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpRequestDuration.observe(
        { method: methodLabel(req.method), route, status: statusLabel(res.statusCode) },
        seconds,
      );
      if (route === '/healthz' || route === '/readyz' || route === '/metrics') return;
      res.locals.logger.info(
        {
          method: req.method,
          path,
          status: res.statusCode,
          durationMs: Math.round(seconds * 1000),
        },
        'request',
      );
    });
    next();
  };
}

/** A low-cardinality route label: known prefixes, everything else is the console. */
function routeLabel(path: string): string {
  for (const known of [
    '/graphql',
    '/healthz',
    '/readyz',
    '/metrics',
    '/api/audit/export',
    '/api/costs/export.csv',
    '/webhooks',
    '/auth/oidc',
  ]) {
    if (path === known || path.startsWith(`${known}/`)) return known;
  }
  return path.startsWith('/api/') ? '/api' : 'console';
}

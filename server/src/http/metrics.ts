import { Router } from 'express';
import { type AuthService, authenticateHeaders } from '../auth/index.ts';
import { sameSecret } from '../shared/webhook.ts';
import type { AppMetrics } from '../telemetry/index.ts';

export interface MetricsRouteOptions {
  metrics: AppMetrics;
  auth: AuthService;
  /** BACKLINE_METRICS_TOKEN: when set, a scrape must send it as a bearer token (or a Backline API token or session). */
  token: string | undefined;
  /** `namespace/name` of the deployments shown on the public status page. */
  publicDeployments: () => Promise<Set<string>>;
}

const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/**
 * Drops every series that names a deployment not on the public status page: an anonymous
 * scraper learns nothing about private deployments, whichever metric carries them.
 */
export function withoutPrivateDeployments(text: string, visible: Set<string>): string {
  return text
    .split('\n')
    .filter((line) => {
      if (line.startsWith('#') || !line.includes('deployment="')) return true;
      const labels = new Map<string, string>();
      for (const match of line.matchAll(LABEL)) labels.set(match[1] as string, match[2] as string);
      const name = labels.get('deployment');
      if (name === undefined) return true;
      const namespace = labels.get('deployment_namespace') ?? '';
      return visible.has(`${namespace}/${name}`);
    })
    .join('\n');
}

/**
 * `GET /metrics`. With BACKLINE_METRICS_TOKEN the scrape must send it; without it anyone may
 * scrape, and sees only the public deployments by name.
 */
export function metricsRouter(options: MetricsRouteOptions): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1];
    let authenticated = Boolean(options.token && bearer && sameSecret(bearer, options.token));
    if (!authenticated && (bearer || req.headers.cookie)) {
      // A Backline API token, or a signed-in session, also counts as an authenticated scraper.
      const identity = await authenticateHeaders(options.auth, req.headers);
      authenticated = identity.principal !== null;
    }
    if (options.token && !authenticated) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ error: 'Send BACKLINE_METRICS_TOKEN as Authorization: Bearer <token>.' });
      return;
    }
    const text = await options.metrics.registry.metrics();
    res.setHeader('Cache-Control', 'no-store');
    res
      .type(options.metrics.registry.contentType)
      .send(
        authenticated ? text : withoutPrivateDeployments(text, await options.publicDeployments()),
      );
  });
  return router;
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { authenticateHeaders } from '../auth/index.ts';
import type { Config } from '../config/index.ts';
import type { GraphQLContext, Services } from '../graphql/context.ts';
import { createLoaders } from '../graphql/loaders.ts';
import { buildSchema } from '../graphql/schema.ts';
import { createGraphQL } from '../graphql/server.ts';
import { alertmanagerRouter } from '../incidents/index.ts';
import type { Logger } from '../logging/index.ts';
import { findNul, nulMessage } from '../shared/nul.ts';
import { statusPageRouter } from '../statuspage/index.ts';
import type { AppMetrics } from '../telemetry/index.ts';
import { inboundTicketsRouter } from '../tickets/index.ts';
import { auditExportRouter } from './audit-export.ts';
import { consoleRouter } from './console.ts';
import { costsExportRouter } from './costs-export.ts';
import { healthRouter, type Readiness } from './health.ts';
import { metricsRouter } from './metrics.ts';
import { oidcRouter } from './oidc.ts';
import { prometheusTargetsRouter } from './prometheus-sd.ts';
import { requestContext } from './request-context.ts';
import { sessionCookie } from './session-cookie.ts';

export interface AppDeps {
  config: Config;
  logger: Logger;
  metrics: AppMetrics;
  services: Services;
  readiness: Readiness;
}

export interface BacklineApp {
  httpServer: Server;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting, drains requests and sockets. The caller closes the store after. */
  close(): Promise<void>;
}

export async function createApp(deps: AppDeps): Promise<BacklineApp> {
  const { config, logger, metrics, services, readiness } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = createServer(app);

  app.use(requestContext(logger, metrics));
  app.use(helmet({ contentSecurityPolicy: false }));
  app.use(healthRouter(readiness));
  app.use(
    metricsRouter({
      metrics,
      auth: services.auth,
      token: config.metricsToken,
      publicDeployments: () => services.statusPage.publicDeploymentKeys(),
    }),
  );
  app.use(auditExportRouter(services.auth, services.audit));
  app.use(costsExportRouter(services.auth, services.costs));
  app.use(statusPageRouter(services.statusPage));
  app.use(
    prometheusTargetsRouter({
      auth: services.auth,
      // Observed servers are scraped too; followers answer from a recent look, writing nothing.
      deployments: async () => [
        ...(await services.deployments.monitored()),
        ...(await services.observed.current(10_000)),
      ],
    }),
  );
  app.use(
    alertmanagerRouter({
      incidents: services.incidents,
      token: config.alertmanagerToken,
      managedDeployments: async () =>
        (await services.deployments.listAll()).map((d) => ({
          namespace: d.namespace,
          name: d.name,
        })),
    }),
  );
  app.use(inboundTicketsRouter({ tickets: services.tickets, token: config.tickets.token }));

  const { apollo } = await createGraphQL(httpServer, {
    schema: buildSchema(),
    services,
    logger,
    metrics,
    limits: config.graphql,
    introspection: config.graphql.introspection,
    production: config.production,
    allowedOrigins: config.allowedOrigins,
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    refuseNul,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => {
        const identity = await authenticateHeaders(services.auth, req.headers);
        return {
          requestId: res.locals.requestId,
          principal: identity.principal,
          authFailure: identity.failure,
          services,
          loaders: createLoaders(services, { cache: true }),
          sessionCookie: sessionCookie(req, res, config.session.secureCookies),
          client: { ip: req.ip ?? null, userAgent: req.header('user-agent') ?? null },
          logger: res.locals.logger,
        };
      },
    }),
  );
  app.use(
    oidcRouter({
      sso: services.sso,
      clientSecret: config.oidc?.clientSecret ?? null,
      redirectUrl: config.oidc?.redirectUrl ?? null,
      secureCookies: config.session.secureCookies,
    }),
  );
  app.use(consoleRouter(config.consoleDir));
  app.use(notFound);
  app.use(errorHandler);

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve(httpServer.address() as AddressInfo);
        });
      }),
    async close() {
      readiness.drain();
      // The drain plugin stops the listener, waits for in-flight requests and closes the websockets.
      await apollo.stop();
      if (httpServer.listening) await new Promise((resolve) => httpServer.close(resolve));
    },
  };
}

/** A NUL character in a query or its variables is bad input, named where it is. */
function refuseNul(req: Request, res: Response, next: NextFunction) {
  const path = findNul(req.body) ?? findNul(req.query);
  if (!path) {
    next();
    return;
  }
  res.status(400).json({
    errors: [
      {
        message: nulMessage(path),
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ path, message: 'contains a NUL character' }],
        },
      },
    ],
  });
}

function notFound(req: Request, res: Response) {
  res.status(404).json({ error: `No route for ${req.method} ${req.path}` });
}

/** Malformed bodies get a 400 that says what was wrong; anything unexpected is logged and masked. */
function errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction) {
  const status =
    typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
  const type =
    typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : '';
  if (status >= 400 && status < 500) {
    const message =
      type === 'entity.parse.failed'
        ? `The request body is not valid JSON: ${error instanceof Error ? error.message : ''}`
        : type === 'entity.too.large'
          ? 'The request body is too large (limit 1 MB).'
          : error instanceof Error
            ? error.message
            : 'Bad request';
    const body = req.path.startsWith('/graphql')
      ? { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }
      : { error: message };
    res.status(status).json(body);
    return;
  }
  res.locals.logger?.error({ err: error }, 'unhandled error');
  res.status(500).json({ error: 'Internal server error', requestId: res.locals.requestId });
}

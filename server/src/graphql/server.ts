import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  GraphQLError,
  type GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import { useServer as serveOverWebSocket } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { authenticateHeaders, type Principal, revokes } from '../auth/index.ts';
import type { Logger } from '../logging/index.ts';
import { findNul, nulMessage } from '../shared/nul.ts';
import type { AppMetrics } from '../telemetry/index.ts';
import type { GraphQLContext, Services } from './context.ts';
import { createErrorFormatter, errorStatusPlugin } from './errors.ts';
import { limitRules, type QueryLimits } from './limits.ts';
import { createLoaders } from './loaders.ts';
import { operationLabel } from './operation-label.ts';

export interface GraphQLOptions {
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
  metrics: AppMetrics;
  limits: QueryLimits;
  introspection: boolean;
  production: boolean;
  allowedOrigins: string[];
  /** How often open websockets re-check their session or token (a backstop for expiry). */
  recheckIntervalMs?: number;
}

/** graphql-ws close code for "your access ended": the client must not reconnect with it. */
export const ACCESS_ENDED_CLOSE_CODE = 4403;

interface BoundSocket {
  socket: WebSocket;
  identity: { userId: string; sessionIdHash?: string; tokenId?: string };
  recheck: () => Promise<Principal | null>;
}

function identityOf(principal: Principal): BoundSocket['identity'] {
  return {
    userId: principal.user.id,
    ...(principal.session ? { sessionIdHash: principal.session.idHash } : {}),
    ...(principal.token ? { tokenId: principal.token.id } : {}),
  };
}

function metricsPlugin(metrics: AppMetrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          metrics.graphqlOperationDuration.observe(
            {
              operation: operationLabel(operationName),
              type: operation?.operation ?? 'unknown',
              outcome: errors?.length ? 'error' : 'ok',
            },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
        },
      };
    },
  };
}

/**
 * A browser may open a websocket to any site, carrying that site's cookies; only
 * pages from this origin (or one configured) may. Clients that send no Origin
 * (scripts, servers) are not browsers and authenticate with a token.
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: string[],
): boolean {
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function createGraphQL(httpServer: Server, options: GraphQLOptions) {
  const rules: ValidationRule[] = [
    ...limitRules(options.limits),
    ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  const formatError = createErrorFormatter(options.logger);

  const wsServer = new WebSocketServer({ noServer: true });
  httpServer.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    if (!originAllowed(request.headers.origin, request.headers.host, options.allowedOrigins)) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (ws) => wsServer.emit('connection', ws, request));
  });

  // Each open websocket is bound to the session or token it signed in with: when that ends
  // (sign-out, revocation, disabled user, changed role or password) the socket is closed.
  const bound = new Set<BoundSocket>();
  const endAccess = (entry: BoundSocket, reason: string) => {
    bound.delete(entry);
    entry.socket.close(ACCESS_ENDED_CLOSE_CODE, `Forbidden: ${reason}`);
  };
  const revocations = options.services.revocations.subscribe();
  const following = (async () => {
    for await (const revocation of revocations) {
      for (const entry of bound) {
        if (revokes(revocation, entry.identity)) endAccess(entry, revocation.reason);
      }
    }
  })().catch((err: unknown) => options.logger.error({ err }, 'revocation follower stopped'));
  const recheck = setInterval(() => {
    for (const entry of bound) {
      entry
        .recheck()
        .then((principal) => {
          if (!principal) endAccess(entry, 'SESSION_ENDED');
          else if (principal.user.id !== entry.identity.userId) endAccess(entry, 'IDENTITY');
        })
        .catch((err: unknown) => options.logger.warn({ err }, 'websocket recheck failed'));
    }
  }, options.recheckIntervalMs ?? 30_000);
  recheck.unref();

  const wsCleanup = serveOverWebSocket<
    { authorization?: string },
    { identity?: Awaited<ReturnType<typeof authenticateHeaders>> }
  >(
    {
      schema: options.schema,
      isProd: options.production,
      validate: (schema, document) => {
        const errors = validate(schema, document, [...specifiedRules, ...rules]);
        return options.production
          ? errors.map(
              (e) =>
                new GraphQLError(e.message.replace(/ ?Did you mean .+\?$/, ''), {
                  nodes: e.nodes,
                  extensions: e.extensions,
                }),
            )
          : errors;
      },
      // connection_init: the session cookie of the upgrade request, or a token in the payload.
      onConnect: async (ctx) => {
        const token = ctx.connectionParams?.authorization?.replace(/^Bearer\s+/i, '');
        const identity = await authenticateHeaders(
          options.services.auth,
          ctx.extra.request.headers,
          token,
        );
        if (!identity.principal) return false;
        ctx.extra.identity = identity;
        const entry: BoundSocket = {
          socket: ctx.extra.socket,
          identity: identityOf(identity.principal),
          recheck: async () =>
            (await authenticateHeaders(options.services.auth, ctx.extra.request.headers, token))
              .principal,
        };
        bound.add(entry);
        ctx.extra.socket.once('close', () => bound.delete(entry));
        return true;
      },
      context: async (ctx): Promise<GraphQLContext> => {
        // Checked again for each operation, so a revoked token or ended session stops here.
        const token = ctx.connectionParams?.authorization?.replace(/^Bearer\s+/i, '');
        const identity = await authenticateHeaders(
          options.services.auth,
          ctx.extra.request.headers,
          token,
        );
        return {
          requestId: `ws-${Math.random().toString(36).slice(2, 10)}`,
          principal: identity.principal,
          authFailure: identity.failure,
          services: options.services,
          loaders: createLoaders(options.services, { cache: false }),
          sessionCookie: null,
          client: {
            ip: ctx.extra.request.socket.remoteAddress ?? null,
            userAgent: ctx.extra.request.headers['user-agent'] ?? null,
          },
          logger: options.logger,
        };
      },
      onSubscribe: (_ctx, _id, payload) => {
        const path = findNul(payload);
        return path
          ? [new GraphQLError(nulMessage(path), { extensions: { code: 'BAD_USER_INPUT' } })]
          : undefined;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors?.length
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) as never }
          : undefined,
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema: options.schema,
    introspection: options.introspection,
    csrfPrevention: true,
    // The process's own SIGTERM handler drains everything in order; Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // No "Did you mean …?" in production: it would describe the schema to anyone.
    hideSchemaDetailsFromClientErrors: options.production,
    validationRules: rules,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No field sets a cache hint (every answer is per user and live), so Apollo's cache-control
      // plugin would only add a hook to every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      options.production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: false }),
      metricsPlugin(options.metrics),
      errorStatusPlugin<GraphQLContext>(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              clearInterval(recheck);
              await revocations.return?.();
              await following;
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  return { apollo, wsServer };
}

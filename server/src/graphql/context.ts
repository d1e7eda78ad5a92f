import type { Logger } from 'pino';
import type { AuditService } from '../audit/index.ts';
import type {
  AuthFailure,
  AuthService,
  Principal,
  Revocations,
  SsoService,
  TokensService,
  UsersService,
} from '../auth/index.ts';
import type { BehaviourService } from '../behaviour/index.ts';
import type { CatalogService } from '../catalog/index.ts';
import type { DeploymentsService } from '../deployments/index.ts';
import type { HealthService } from '../health/index.ts';
import type { IncidentStatsService, IncidentsService } from '../incidents/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import type { OnCallService } from '../oncall/index.ts';
import type { PostmortemsService } from '../postmortems/index.ts';
import type { RolloutsService } from '../rollouts/index.ts';
import type { StatusPageService } from '../statuspage/index.ts';
import type { TicketsService } from '../tickets/index.ts';
import type { Loaders } from './loaders.ts';

/** Everything the resolvers may use, built by the composition root. */
export interface Services {
  auth: AuthService;
  users: UsersService;
  tokens: TokensService;
  /** Ended sessions and tokens, so open subscriptions bound to them close. */
  revocations: Revocations;
  audit: AuditService;
  catalog: CatalogService;
  behaviour: BehaviourService;
  deployments: DeploymentsService;
  rollouts: RolloutsService;
  health: HealthService;
  incidents: IncidentsService;
  incidentStats: IncidentStatsService;
  postmortems: PostmortemsService;
  statusPage: StatusPageService;
  oncall: OnCallService;
  notifications: NotificationsService;
  tickets: TicketsService;
  /** Single sign-on through an OpenID Connect provider; null when not configured. */
  sso: SsoService | null;
  info: {
    version: string;
    simulatedCluster: boolean;
    store: 'PGLITE' | 'POSTGRES';
    singleSignOn: { displayName: string; loginUrl: string } | null;
    passwordLogin: boolean;
  };
}

/** Sets and clears the session cookie; only over HTTP, not over the websocket. */
export interface SessionCookie {
  set(secret: string, expiresAt: Date): void;
  clear(): void;
}

export interface GraphQLContext {
  requestId: string;
  principal: Principal | null;
  /** Why the credentials the request carried were refused, when they were. */
  authFailure: AuthFailure | null;
  services: Services;
  /** Batched lookups for fields of list items, made for this operation. */
  loaders: Loaders;
  sessionCookie: SessionCookie | null;
  client: { ip: string | null; userAgent: string | null };
  logger: Logger;
}

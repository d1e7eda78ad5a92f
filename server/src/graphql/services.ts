import type { AuditService } from '../audit/index.ts';
import type {
  AuthService,
  Revocations,
  SsoService,
  TokensService,
  UsersService,
} from '../auth/index.ts';
import type { BehaviourService } from '../behaviour/index.ts';
import type { CatalogService } from '../catalog/index.ts';
import type { CapacityService, CostsService } from '../costs/index.ts';
import type { DeploymentsService } from '../deployments/index.ts';
import type { DiscoveryService, ObservedFleet } from '../discovery/index.ts';
import type { HealthService } from '../health/index.ts';
import type { IncidentStatsService, IncidentsService } from '../incidents/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import type { OnCallService } from '../oncall/index.ts';
import type { PostmortemsService } from '../postmortems/index.ts';
import type { RolloutsService } from '../rollouts/index.ts';
import type { StatusPageService } from '../statuspage/index.ts';
import type { TicketsService } from '../tickets/index.ts';

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
  /** Model servers already running that Backline did not deploy. */
  discovery: DiscoveryService;
  /** The discovered servers Backline watches as observed deployments. */
  observed: ObservedFleet;
  rollouts: RolloutsService;
  health: HealthService;
  incidents: IncidentsService;
  incidentStats: IncidentStatsService;
  postmortems: PostmortemsService;
  statusPage: StatusPageService;
  oncall: OnCallService;
  notifications: NotificationsService;
  tickets: TicketsService;
  /** The price book and what deployments cost. */
  costs: CostsService;
  /** Free GPUs by product and what each deployment could serve. */
  capacity: CapacityService;
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

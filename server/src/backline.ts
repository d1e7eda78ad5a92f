import { readFileSync } from 'node:fs';
import {
  AuditService,
  AuditSigner,
  type AuditWitness,
  FileWitness,
  loadOrCreateSigningKey,
  publicKeyText,
  WebhookWitness,
} from './audit/index.ts';
import {
  AuthService,
  LoginThrottle,
  Revocations,
  SsoService,
  TokensService,
  UsersService,
} from './auth/index.ts';
import { BehaviourService } from './behaviour/index.ts';
import { CatalogService } from './catalog/index.ts';
import type { Config } from './config/index.ts';
import { CapacityService, CostsService } from './costs/index.ts';
import {
  type DeploymentEvents,
  DeploymentsService,
  DesiredState,
  Reconciler,
} from './deployments/index.ts';
// Each domain's reactions to the others' events: wired here, exported by no index, so that no
// domain imports another through the reactions that subscribe to it.
import { deploymentReactions } from './deployments/reactions.ts';
import { DiscoveryService, ObservedFleet } from './discovery/index.ts';
import { DomainEvents, type EventBus, InMemoryEventBus, PostgresEventBus } from './events/index.ts';
import type { Services } from './graphql/context.ts';
import {
  type HealthEvents,
  HealthMonitor,
  HealthService,
  PrometheusSource,
} from './health/index.ts';
import { createApp } from './http/app.ts';
import { Readiness, storeReadiness } from './http/health.ts';
import {
  DEFAULT_STATS_DAYS,
  IncidentStatsService,
  IncidentsService,
  incidentRecords,
} from './incidents/index.ts';
import { incidentReactions } from './incidents/reactions.ts';
import {
  type ClusterConnection,
  type ClusterEvents,
  connectCluster,
  KubernetesClusterClient,
  WorkloadWatcher,
} from './kube/index.ts';
import { LeaseElector, leaderIdentity } from './leader/index.ts';
import type { Logger } from './logging/index.ts';
import {
  createSenders,
  NotificationDispatcher,
  NotificationsService,
} from './notifications/index.ts';
import { EscalationEngine, OnCallService, policyNamingChannel } from './oncall/index.ts';
import { PostmortemsService, postmortemCloseCheck } from './postmortems/index.ts';
import {
  deploymentAlarm,
  PrometheusRolloutMetrics,
  RolloutController,
  type RolloutEvents,
  RolloutsService,
  registerRolloutMetrics,
} from './rollouts/index.ts';
import { observeRollouts, rolloutReactions } from './rollouts/reactions.ts';
import { type Clock, systemClock } from './shared/clock.ts';
import { privateDir } from './shared/files.ts';
import { StatusPageService } from './statuspage/index.ts';
import { type Db, migrate, openStore, UnitOfWork, withReadCache } from './store/index.ts';
import {
  createMetrics,
  registerAuditMetrics,
  registerCostMetrics,
  registerIncidentMetrics,
  registerIncidentStatsMetrics,
  registerLeaderMetric,
  registerNotificationMetrics,
  setDeploymentHealth,
} from './telemetry/index.ts';
import { TicketSweeper, TicketsService } from './tickets/index.ts';
import { followIncidents } from './tickets/reactions.ts';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

export interface RunningBackline {
  url: string;
  port: number;
  services: Services;
  db: Db;
  cluster: ClusterConnection | null;
  /** Whether this replica runs the controllers: it holds the leader Lease, or there is no election. */
  leading(): boolean;
  close(): Promise<void>;
}

export interface StartOptions {
  logger: Logger;
  clock?: Clock;
  /** Where the bootstrap admin's generated password and the simulator banner are shown. */
  announce?: (text: string) => void;
}

/** Every domain event, by name; see docs/adr/0030-domain-events.md. */
type BacklineEvents = ClusterEvents & HealthEvents & RolloutEvents & DeploymentEvents;

/** What every part is built from. */
interface Base {
  config: Config;
  logger: Logger;
  clock: Clock;
  db: Db;
  bus: EventBus & { close?: () => Promise<void> };
  events: DomainEvents<BacklineEvents>;
  audit: AuditService;
  metrics: ReturnType<typeof createMetrics>;
}

/** Work only the leader does; started and stopped together. */
interface LeaderWork {
  start(): void;
  stop(): Promise<void>;
}

interface LeaderWorkOfReplica extends LeaderWork {
  /** Starts it all where there is no election: this replica is the only one that can lead. */
  startAlone(): void;
}

/** Builds every part from the configuration, in dependency order, and starts serving. */
export async function startBackline(
  config: Config,
  options: StartOptions,
): Promise<RunningBackline> {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const store = await openStore(config.store);
  let db: Db = store;
  let cluster: ClusterConnection | null = null;
  try {
    const applied = await migrate(store);
    if (applied.length) logger.info({ applied }, 'applied store migrations');
    db = await withReadCache(store);
    cluster = await connectFromConfig(config, options);
    const bus = await busFromConfig(db, logger);
    const events = new DomainEvents<BacklineEvents>({
      onError: (err, type) =>
        logger.error({ err, event: type }, 'a domain event subscriber failed'),
    });
    const audit = await auditFromConfig(config, { db, bus, clock, logger });
    const base: Base = { config, logger, clock, db, bus, events, audit, metrics: createMetrics() };
    const catalog = new CatalogService(db, audit);
    const desired = new DesiredState({ bus });
    const side = cluster
      ? clusterFromConfig(base, { connection: cluster, catalog, desired })
      : null;
    const paging = pagingFromConfig(base);
    const services = servicesFromConfig(base, { catalog, desired, side, paging, cluster });
    const controllers = side ? controllersFromConfig(base, { side, services }) : null;
    const stopFollowing = react(base, { services, desired, side, controllers });
    const sweeper = new TicketSweeper({
      tickets: services.tickets,
      intervalMs: config.tickets.sweepIntervalMs,
      logger,
    });
    await bootstrapAdmin(services, config, options);
    const leading = startLeading(base, side, leaderWork({ side, controllers, paging, sweeper }));
    registerMetrics(base, services, leading);
    const readiness = readinessOf(db, cluster, side);
    const stopTimers = await startTimers(base, services);
    const app = await createApp({ config, logger, metrics: base.metrics, services, readiness });
    const address = await app.listen(config.port, config.host);
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const connected = cluster;
    return {
      url: `http://${host}:${address.port}`,
      port: address.port,
      services,
      db,
      cluster,
      leading,
      async close() {
        stopTimers();
        await app.close();
        stopFollowing();
        await sweeper.stop();
        await side?.elector?.stop();
        await paging.close();
        await controllers?.rollouts.stop();
        await controllers?.monitor.stop();
        await side?.reconciler.stop();
        await side?.watcher.stop();
        await connected?.close();
        await bus.close?.();
        await db.close();
      },
    };
  } catch (error) {
    await cluster?.close();
    await db.close();
    throw error;
  }
}

async function connectFromConfig(
  config: Config,
  options: StartOptions,
): Promise<ClusterConnection | null> {
  const cluster = await connectCluster({
    kubeconfig: config.kubeconfig,
    inCluster: config.inCluster,
    simulator: config.simulator,
    dataDir: config.dataDir,
  });
  if (cluster?.source === 'simulator') {
    options.announce?.(
      `No kubeconfig is configured, so Backline runs against its built-in simulated GPU cluster\n` +
        `at ${cluster.server}. To look at it with kubectl:\n\n    kubectl --kubeconfig ${cluster.kubeconfigPath} get pods -A\n\n` +
        'Set KUBECONFIG to manage a real cluster.',
    );
  } else if (!cluster) {
    options.logger.warn(
      'no Kubernetes cluster is configured (BACKLINE_SIMULATOR=off and no KUBECONFIG)',
    );
  } else {
    options.logger.info(
      { source: cluster.source, server: cluster.server },
      'managing a Kubernetes cluster',
    );
  }
  return cluster;
}

/** On a PostgreSQL server, events reach subscribers on every replica; PGlite is one process. */
async function busFromConfig(db: Db, logger: Logger): Promise<Base['bus']> {
  return db.kind === 'postgres'
    ? await PostgresEventBus.start(db, {
        onError: (err) => logger.warn({ err }, 'event bus problem'),
      })
    : new InMemoryEventBus();
}

/** Audit entries and checkpoints are signed with the configured key, or one kept in the data dir. */
async function auditFromConfig(
  config: Config,
  deps: { db: Db; bus: EventBus; clock: Clock; logger: Logger },
): Promise<AuditService> {
  await privateDir(config.dataDir);
  const signingKey = await loadOrCreateSigningKey(config.audit.signingKey, config.dataDir);
  const signer = new AuditSigner(signingKey.key, config.audit.previousKeys);
  if (signingKey.generated) {
    deps.logger.warn(
      {
        file: signingKey.generated,
        keyId: signer.keyId,
        publicKey: publicKeyText(signer.publicKey),
      },
      'generated an audit signing key into the data dir; set BACKLINE_AUDIT_SIGNING_KEY to keep it outside',
    );
  }
  const witness: AuditWitness | null =
    config.audit.witness?.kind === 'file'
      ? new FileWitness(config.audit.witness.path)
      : config.audit.witness?.kind === 'webhook'
        ? new WebhookWitness(config.audit.witness.url)
        : null;
  return new AuditService(deps.db, deps.bus, deps.clock, {
    signer,
    checkpointEvery: config.audit.checkpointEvery,
    witness,
    onProblem: (err) => deps.logger.error({ err }, 'audit checkpoint problem'),
  });
}

/** The cluster side: informers, client, leader election and the reconciler. */
interface ClusterSide {
  connection: ClusterConnection;
  client: KubernetesClusterClient;
  watcher: WorkloadWatcher;
  elector: LeaseElector | null;
  reconciler: Reconciler;
  prometheus: PrometheusSource | undefined;
  guard: { guard?: () => void };
}

function clusterFromConfig(
  base: Base,
  deps: { connection: ClusterConnection; catalog: CatalogService; desired: DesiredState },
): ClusterSide {
  const { config, logger, events, metrics } = base;
  const { connection } = deps;
  const watcher = new WorkloadWatcher(connection.kubeConfig, {
    namespaces: config.namespaces,
    onChange: (namespace, name) => events.publish('workload.changed', { namespace, name }),
    onDeleted: (namespace, name) => events.publish('workload.deleted', { namespace, name }),
    onError: (err) => logger.warn({ err }, 'watch of the cluster failed; restarting it'),
  });
  const client = new KubernetesClusterClient(connection.kubeConfig);
  // The embedded cluster lives inside this process, so no other replica can reach it: this
  // replica leads. (Its Lease would also outlive a killed process in the kept cluster, and
  // hold the next start back for a lease duration.)
  const elector =
    config.leaderElection.enabled && connection.source !== 'simulator'
      ? new LeaseElector(connection.kubeConfig, {
          namespace: config.leaderElection.namespace,
          identity: leaderIdentity(),
          onError: (err) => logger.warn({ err }, 'leader election problem'),
        })
      : null;
  const guard = elector ? { guard: () => void elector.assertLeader() } : {};
  const reconciler = new Reconciler({
    db: base.db,
    audit: base.audit,
    catalog: deps.catalog,
    client,
    clock: base.clock,
    logger,
    onChange: (namespace, name) => deps.desired.published(namespace, name),
    ...guard,
    onApplyError: (namespace) => metrics.reconcileErrors.inc({ deployment_namespace: namespace }),
  });
  // Health and rollout analysis read the same Prometheus, when there is one.
  const prometheus = config.prometheus ? new PrometheusSource(config.prometheus) : undefined;
  return { connection, client, watcher, elector, reconciler, prometheus, guard };
}

/** Escalation and the notifications outbox; the timers and deliveries run on the leader. */
interface Paging extends LeaderWork {
  notifications: NotificationsService;
  oncall: OnCallService;
  escalation: EscalationEngine;
  close(): Promise<void>;
}

function pagingFromConfig(base: Base): Paging {
  const { db, audit, bus, clock, logger, config } = base;
  const notifications = new NotificationsService({
    db,
    audit,
    clock,
    emailConfigured: Boolean(config.smtp),
    channelUsedBy: policyNamingChannel,
  });
  const oncall = new OnCallService({ db, audit, clock, channels: notifications });
  const escalation = new EscalationEngine({
    db,
    audit,
    clock,
    logger,
    oncall,
    notifications,
    incidents: incidentRecords,
  });
  const senders = createSenders(config.smtp);
  const dispatcher = new NotificationDispatcher({
    db,
    audit,
    bus,
    clock,
    logger,
    senders,
    incidents: incidentRecords,
    observe: registerNotificationMetrics(base.metrics, () => notifications.pendingCount()),
  });
  let started = false;
  return {
    notifications,
    oncall,
    escalation,
    start() {
      started = true;
      dispatcher.start();
      escalation.start();
    },
    async stop() {
      if (!started) return;
      started = false;
      await escalation.stop();
      await dispatcher.stop();
    },
    async close() {
      await this.stop();
      senders.close();
    },
  };
}

function servicesFromConfig(
  base: Base,
  deps: {
    catalog: CatalogService;
    desired: DesiredState;
    side: ClusterSide | null;
    paging: Paging;
    cluster: ClusterConnection | null;
  },
): Services {
  const { config, db, audit, bus, clock, events } = base;
  const { catalog, desired, side, paging } = deps;
  const revocations = new Revocations(bus);
  const rollouts = new RolloutsService({ db, audit, bus, clock, desired, events });
  const deployments = new DeploymentsService({
    db,
    audit,
    catalog,
    bus,
    desired,
    namespaces: config.namespaces,
    events,
    cluster: side
      ? { watcher: side.watcher, reconciler: side.reconciler, client: side.client }
      : null,
    rollouts,
  });
  const behaviour = new BehaviourService({
    db,
    audit,
    catalog,
    deployments,
    client: side?.client ?? null,
  });
  // Closing an incident means its postmortem is done; opening one pages in the same transaction.
  const incidents = new IncidentsService({
    db,
    audit,
    bus,
    clock,
    closeCheck: postmortemCloseCheck,
    participants: [paging.escalation.onIncidentEvent],
    units: new UnitOfWork(db),
  });
  const auth = new AuthService({
    db,
    audit,
    clock,
    session: { idleTimeoutMs: config.session.idleTimeoutMs, maxAgeMs: config.session.maxAgeMs },
    throttle: new LoginThrottle(db, config.login.windowMs),
    maxAttempts: config.login.maxAttempts,
    windowMs: config.login.windowMs,
    revocations,
    passwordLogin: config.passwordLogin,
  });
  const discovery = new DiscoveryService({
    client: side?.client ?? null,
    namespaces: config.namespaces,
    now: () => clock.now(),
  });
  const costs = new CostsService({
    db,
    audit,
    clock,
    sampleIntervalMs: config.costs.sampleIntervalMs,
    // A longer silence than a few samples is a gap: Backline stopped, or no replica led.
    maxStepMs: 3 * Math.max(config.costs.sampleIntervalMs, config.health.intervalMs),
  });
  return {
    audit,
    auth,
    sso: config.oidc
      ? new SsoService({ config: config.oidc, db, auth, now: () => clock.now() })
      : null,
    users: new UsersService(db, audit, revocations),
    tokens: new TokensService(db, audit, clock, revocations),
    revocations,
    catalog,
    behaviour,
    deployments,
    discovery,
    observed: new ObservedFleet({ discovery, deployments }),
    rollouts,
    incidents,
    tickets: new TicketsService({
      db,
      audit,
      bus,
      clock,
      incidents,
      options: {
        atRiskFraction: config.tickets.atRiskFraction,
        autoCloseAfterMs: config.tickets.autoCloseAfterMs,
      },
    }),
    health: new HealthService(db),
    incidentStats: new IncidentStatsService(db, () => clock.now()),
    postmortems: new PostmortemsService({ db, audit, bus, clock, incidents }),
    statusPage: new StatusPageService({ db, audit, bus, clock, incidents, deployments }),
    oncall: paging.oncall,
    notifications: paging.notifications,
    costs,
    capacity: new CapacityService({
      client: side?.client ?? null,
      namespaces: config.namespaces,
      pods: config.capacity.pods,
      costs,
      clock,
    }),
    info: infoOf(config, db, deps.cluster),
  };
}

function infoOf(config: Config, db: Db, cluster: ClusterConnection | null): Services['info'] {
  return {
    version: VERSION,
    simulatedCluster: cluster?.source === 'simulator',
    store: db.kind === 'postgres' ? 'POSTGRES' : 'PGLITE',
    singleSignOn: config.oidc
      ? { displayName: config.oidc.displayName, loginUrl: '/auth/oidc/login' }
      : null,
    passwordLogin: config.passwordLogin === 'on',
  };
}

/** The leader's controllers over the cluster: health checks and rollouts. */
interface Controllers {
  monitor: HealthMonitor;
  rollouts: RolloutController;
}

function controllersFromConfig(
  base: Base,
  deps: { side: ClusterSide; services: Services },
): Controllers {
  const { config, db, clock, logger, events, metrics } = base;
  const { side, services } = deps;
  const monitor = new HealthMonitor({
    db,
    client: side.client,
    clock,
    logger,
    intervalMs: config.health.intervalMs,
    syntheticTimeoutMs: config.health.syntheticTimeoutMs,
    prometheus: side.prometheus,
    // What Backline deployed, and the model servers it found running and only watches.
    deployments: async () => [
      ...(await services.deployments.monitored()),
      // A failed look at the observed servers costs their pass, not the managed ones'.
      ...(await services.observed.monitored().catch((err: unknown) => {
        logger.warn({ err }, 'could not look at the observed model servers');
        return [];
      })),
    ],
    onEvaluated: (d, state) => setDeploymentHealth(metrics, d.namespace, d.name, state),
    // What the pods hold and served, stored for costs.
    onObserved: (observed) => services.costs.record(observed),
    events,
  });
  const rollouts = new RolloutController({
    // A rollout pauses before it starts when its GPUs are not free, as capacity counts them.
    capacity: services.capacity,
    rollouts: services.rollouts,
    deployments: services.deployments,
    catalog: services.catalog,
    client: side.client,
    clock,
    logger,
    behaviour: services.behaviour,
    events,
    // Health and the rollout agree: a DOWN verdict or a serious incident during the
    // rollout rolls it back.
    alarm: async (r) =>
      deploymentAlarm(
        r,
        await services.health.report(r.deploymentId),
        await services.incidents.list({
          namespace: r.namespace,
          name: r.name,
          status: ['TRIGGERED', 'ACKNOWLEDGED'],
          severity: ['SEV1', 'SEV2'],
        }),
      ),
    // The error ratio so far is looked at as often as the health monitor scrapes.
    earlyCheckMs: config.health.intervalMs,
    prometheus: side.prometheus ? new PrometheusRolloutMetrics(side.prometheus) : undefined,
    ...side.guard,
  });
  return { monitor, rollouts };
}

/** Subscribes each domain's reactions; returns a function that stops following the bus. */
function react(
  base: Base,
  deps: {
    services: Services;
    desired: DesiredState;
    side: ClusterSide | null;
    controllers: Controllers | null;
  },
): () => void {
  const { events, logger, clock } = base;
  const { services, side, controllers } = deps;
  deploymentReactions(events, { desired: deps.desired, reconciler: side?.reconciler ?? null });
  incidentReactions(events, { incidents: services.incidents, logger });
  observeRollouts(events, { metrics: registerRolloutMetrics(base.metrics.registry), clock });
  if (controllers) rolloutReactions(events, { controller: controllers.rollouts });
  // Every replica moves the tickets of an incident that changed, with a conditional update;
  // the sweep (breaches, auto-close, missed events) runs on the leader.
  const stopFollowingIncidents = followIncidents({
    incidents: services.incidents,
    tickets: services.tickets,
    logger,
  });
  const stopFollowingDesiredState = side ? services.deployments.followDesiredState() : () => {};
  return () => {
    stopFollowingDesiredState();
    stopFollowingIncidents();
  };
}

async function bootstrapAdmin(
  services: Services,
  config: Config,
  options: StartOptions,
): Promise<void> {
  const bootstrapped = await services.users.bootstrapAdmin(config.adminPassword);
  if (!bootstrapped) return;
  options.logger.info({ email: bootstrapped.email }, 'created the first admin');
  if (bootstrapped.generatedPassword) {
    options.announce?.(
      `First start: created ${bootstrapped.email} with the password\n\n    ${bootstrapped.generatedPassword}\n\n` +
        'It is shown only this once. Sign in and change it under Settings › Profile.',
    );
  }
}

function leaderWork(deps: {
  side: ClusterSide | null;
  controllers: Controllers | null;
  paging: Paging;
  sweeper: TicketSweeper;
}): LeaderWorkOfReplica {
  const { side, controllers, paging, sweeper } = deps;
  return {
    startAlone() {
      side?.reconciler.start();
      controllers?.monitor.start();
      controllers?.rollouts.start();
      sweeper.start();
      paging.start();
    },
    start() {
      side?.reconciler.start();
      controllers?.monitor.start();
      paging.start();
      controllers?.rollouts.start();
      sweeper.start();
    },
    async stop() {
      await paging.stop();
      await sweeper.stop();
      await controllers?.rollouts.stop();
      await controllers?.monitor.stop();
      await side?.reconciler.stop();
    },
  };
}

/**
 * Starts watching the cluster, and the leader's work: when the Lease is won (and stopped when
 * it is lost), or at once without an election. Returns whether this replica leads.
 */
function startLeading(
  base: Base,
  side: ClusterSide | null,
  work: LeaderWorkOfReplica,
): () => boolean {
  const { logger } = base;
  side?.watcher
    .start()
    .catch((err: unknown) => logger.error({ err }, 'could not start watching the cluster'));
  const lease = side?.elector;
  if (!lease) {
    work.startAlone();
    // Without a cluster there is nothing to lead.
    return () => side !== null;
  }
  lease.start({
    onStartedLeading: () => {
      logger.info(
        { identity: lease.identity },
        'leading: running the reconciler and health checks',
      );
      work.start();
    },
    onStoppedLeading: async () => {
      logger.warn({ identity: lease.identity }, 'no longer leading: stopping leader work');
      await work.stop();
    },
  });
  return () => lease.isLeader();
}

function registerMetrics(base: Base, services: Services, leading: () => boolean): void {
  const { metrics, clock } = base;
  registerIncidentMetrics(
    metrics,
    () => services.incidents.openSummary(),
    () => clock.now(),
  );
  registerIncidentStatsMetrics(
    metrics,
    () => services.incidentStats.forAll(DEFAULT_STATS_DAYS),
    DEFAULT_STATS_DAYS,
  );
  registerLeaderMetric(metrics, leading);
  registerAuditMetrics(metrics, () => services.audit.latestCheckpoint());
  registerCostMetrics(
    metrics,
    () => services.costs.recentRates(COST_METRICS_MINUTES),
    COST_METRICS_MINUTES,
  );
}

/** The window of the cost and token rates on /metrics. */
const COST_METRICS_MINUTES = 60;

function readinessOf(db: Db, connection: ClusterConnection | null, side: ClusterSide | null) {
  const readiness = new Readiness();
  readiness.add(storeReadiness(db));
  if (connection) readiness.add({ name: 'cluster', check: () => connection.problem() });
  if (side) {
    const informers = side.watcher;
    readiness.add({
      name: 'informers',
      check: async () => (informers.synced ? null : 'first list of the cluster not done yet'),
    });
  }
  return readiness;
}

/**
 * An audit checkpoint now (anchoring what was written before signing began) and every
 * interval; expired sessions and sign-in counters swept every ten minutes. Returns a stop.
 */
async function startTimers(base: Base, services: Services): Promise<() => void> {
  const { audit, logger, config } = base;
  await audit
    .checkpoint()
    .catch((err: unknown) => logger.error({ err }, 'audit checkpoint failed'));
  const checkpoints = setInterval(() => {
    audit.checkpoint().catch((err: unknown) => logger.error({ err }, 'audit checkpoint failed'));
  }, config.audit.checkpointIntervalMs);
  checkpoints.unref();
  const sweep = setInterval(() => {
    services.auth
      .purgeExpiredSessions()
      .catch((err: unknown) => logger.warn({ err }, 'session sweep failed'));
    services.auth
      .purgeThrottle()
      .catch((err: unknown) => logger.warn({ err }, 'sign-in counter sweep failed'));
  }, 10 * 60_000);
  sweep.unref();
  return () => {
    clearInterval(sweep);
    clearInterval(checkpoints);
  };
}

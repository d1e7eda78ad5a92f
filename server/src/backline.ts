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
import { type DeploymentRecord, DeploymentsService, Reconciler } from './deployments/index.ts';
import { DiscoveryService } from './discovery/index.ts';
import { type EventBus, InMemoryEventBus, PostgresEventBus } from './events/index.ts';
import type { Services } from './graphql/context.ts';
import { HealthMonitor, HealthService, healthSignal, PrometheusSource } from './health/index.ts';
import { createApp } from './http/app.ts';
import { Readiness, storeReadiness } from './http/health.ts';
import { DEFAULT_STATS_DAYS, IncidentStatsService, IncidentsService } from './incidents/index.ts';
import {
  type ClusterConnection,
  connectCluster,
  KubernetesClusterClient,
  WorkloadWatcher,
} from './kube/index.ts';
import { LeaseElector, leaderIdentity } from './leader/index.ts';
import type { Logger } from './logging/index.ts';
import { NotificationsService } from './notifications/index.ts';
import { createPaging, OnCallService } from './oncall/index.ts';
import { PostmortemsService } from './postmortems/index.ts';
import {
  deploymentAlarm,
  PrometheusRolloutMetrics,
  RolloutController,
  type RolloutRecord,
  RolloutsService,
  registerRolloutMetrics,
  rollbackSignal,
} from './rollouts/index.ts';
import { type Clock, systemClock } from './shared/clock.ts';
import { privateDir } from './shared/files.ts';
import { StatusPageService } from './statuspage/index.ts';
import { type Db, migrate, openStore } from './store/index.ts';
import {
  createMetrics,
  registerAuditMetrics,
  registerIncidentMetrics,
  registerIncidentStatsMetrics,
  registerLeaderMetric,
  registerNotificationMetrics,
  setDeploymentHealth,
} from './telemetry/index.ts';
import { followIncidents, TicketSweeper, TicketsService } from './tickets/index.ts';

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

/** Builds every part from the configuration and starts serving. */
export async function startBackline(
  config: Config,
  options: StartOptions,
): Promise<RunningBackline> {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const db = await openStore(config.store);
  let cluster: ClusterConnection | null = null;
  try {
    const applied = await migrate(db);
    if (applied.length) logger.info({ applied }, 'applied store migrations');

    cluster = await connectCluster({
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
      logger.warn('no Kubernetes cluster is configured (BACKLINE_SIMULATOR=off and no KUBECONFIG)');
    } else {
      logger.info(
        { source: cluster.source, server: cluster.server },
        'managing a Kubernetes cluster',
      );
    }

    // On a PostgreSQL server, events reach subscribers on every replica; PGlite is one process.
    const bus: EventBus & { close?: () => Promise<void> } =
      db.kind === 'postgres'
        ? await PostgresEventBus.start(db, {
            onError: (err) => logger.warn({ err }, 'event bus problem'),
          })
        : new InMemoryEventBus();
    // Audit entries and checkpoints are signed with the configured key, or one kept in the data dir.
    await privateDir(config.dataDir);
    const signingKey = await loadOrCreateSigningKey(config.audit.signingKey, config.dataDir);
    const signer = new AuditSigner(signingKey.key, config.audit.previousKeys);
    if (signingKey.generated) {
      logger.warn(
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
    const audit = new AuditService(db, bus, clock, {
      signer,
      checkpointEvery: config.audit.checkpointEvery,
      witness,
      onProblem: (err) => logger.error({ err }, 'audit checkpoint problem'),
    });
    const revocations = new Revocations(bus);
    const catalog = new CatalogService(db, audit);
    const deployments = new DeploymentsService({
      db,
      audit,
      catalog,
      bus,
      namespaces: config.namespaces,
    });
    const behaviour = new BehaviourService({ db, audit, catalog, deployments });
    const rollouts = new RolloutsService({ db, audit, bus, clock, deployments });
    const incidents = new IncidentsService({ db, audit, bus, clock });
    const services: Services = {
      audit,
      auth: new AuthService({
        db,
        audit,
        clock,
        session: { idleTimeoutMs: config.session.idleTimeoutMs, maxAgeMs: config.session.maxAgeMs },
        throttle: new LoginThrottle(db, config.login.windowMs),
        maxAttempts: config.login.maxAttempts,
        windowMs: config.login.windowMs,
        revocations,
        passwordLogin: config.passwordLogin,
      }),
      sso: null,
      users: new UsersService(db, audit, revocations),
      tokens: new TokensService(db, audit, clock, revocations),
      revocations,
      catalog,
      behaviour,
      deployments,
      discovery: new DiscoveryService({
        client: cluster ? new KubernetesClusterClient(cluster.kubeConfig) : null,
        namespaces: config.namespaces,
        now: () => clock.now(),
      }),
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
      oncall: new OnCallService({ db, audit, clock }),
      notifications: new NotificationsService({
        db,
        audit,
        clock,
        emailConfigured: Boolean(config.smtp),
      }),
      info: {
        version: VERSION,
        simulatedCluster: cluster?.source === 'simulator',
        store: db.kind === 'postgres' ? 'POSTGRES' : 'PGLITE',
        singleSignOn: config.oidc
          ? { displayName: config.oidc.displayName, loginUrl: '/auth/oidc/login' }
          : null,
        passwordLogin: config.passwordLogin === 'on',
      },
    };
    if (config.oidc) {
      services.sso = new SsoService({
        config: config.oidc,
        db,
        auth: services.auth,
        now: () => clock.now(),
      });
    }

    // Every replica moves the tickets of an incident that changed, with a conditional update;
    // the sweep (breaches, auto-close, missed events) runs on the leader.
    const stopFollowingIncidents = followIncidents({
      incidents: services.incidents,
      tickets: services.tickets,
      logger,
    });
    const ticketSweeper = new TicketSweeper({
      tickets: services.tickets,
      intervalMs: config.tickets.sweepIntervalMs,
      logger,
    });

    // Closing an incident means its postmortem is done.
    incidents.guardClose((tx, incident) => services.postmortems.checkClose(tx, incident));

    deployments.onRollback((d) => {
      services.incidents
        .mitigatedByRollback({ namespace: d.namespace, name: d.name })
        .catch((err: unknown) => logger.error({ err }, 'could not mark incidents mitigated'));
    });

    const bootstrapped = await services.users.bootstrapAdmin(config.adminPassword);
    if (bootstrapped) {
      logger.info({ email: bootstrapped.email }, 'created the first admin');
      if (bootstrapped.generatedPassword) {
        options.announce?.(
          `First start: created ${bootstrapped.email} with the password\n\n    ${bootstrapped.generatedPassword}\n\n` +
            'It is shown only this once. Sign in and change it under Settings › Profile.',
        );
      }
    }

    const metrics = createMetrics();
    // Outcomes and time to rollback as metrics; an automatic rollback opens (or joins) a
    // ROLLOUT incident, which the rollback itself mitigates.
    const rolloutMetrics = registerRolloutMetrics(metrics.registry);
    rollouts.onTransition((outcome) => rolloutMetrics.observe(outcome, clock.now()));
    // The controller reports each automatic rollback while it restores, after a restart too:
    // a signal already recorded for this rollback (dated at it) is not sent twice.
    const reportRollback = async (r: RolloutRecord, d: DeploymentRecord) => {
      const signal = rollbackSignal(r, d);
      if (!signal) return;
      const at = signal.at?.getTime() ?? 0;
      const open = await services.incidents.list({ namespace: r.namespace, name: r.name });
      let recorded = false;
      for (const incident of open.filter((i) => i.fingerprint === signal.fingerprint)) {
        const signals = await services.incidents.signals(incident.id);
        if (signals.some((s) => s.fingerprint === signal.fingerprint && s.lastAt.getTime() >= at))
          recorded = true;
      }
      if (!recorded) await services.incidents.recordSignal(signal);
      deployments.rolledBack(d);
    };
    registerIncidentMetrics(
      metrics,
      () => services.incidents.openSummary(),
      () => clock.now(),
    );
    // Escalation and the notifications outbox; the timers and deliveries run on the leader.
    const paging = createPaging({
      db,
      audit,
      bus,
      clock,
      logger,
      incidents: services.incidents,
      oncall: services.oncall,
      notifications: services.notifications,
      smtp: config.smtp,
      observe: registerNotificationMetrics(metrics, () => services.notifications.pendingCount()),
    });
    registerIncidentStatsMetrics(
      metrics,
      () => services.incidentStats.forAll(DEFAULT_STATS_DAYS),
      DEFAULT_STATS_DAYS,
    );
    const readiness = new Readiness();
    readiness.add(storeReadiness(db));
    const connected = cluster;
    let watcher: WorkloadWatcher | null = null;
    let reconciler: Reconciler | null = null;
    let monitor: HealthMonitor | null = null;
    let rolloutController: RolloutController | null = null;
    let elector: LeaseElector | null = null;
    let stopFollowing = () => {};
    if (connected) {
      readiness.add({ name: 'cluster', check: () => connected.problem() });
      const changed = (namespace: string, name: string) => deployments.published(namespace, name);
      watcher = new WorkloadWatcher(connected.kubeConfig, {
        namespaces: config.namespaces,
        onChange: (namespace, name) => {
          changed(namespace, name);
          // A crashing canary must be seen at once, not at the next tick.
          rolloutController?.kick();
        },
        // A managed Deployment deleted outside Backline is applied again at once, not at the resync.
        onDeleted: () => reconciler?.kick(),
        onError: (err) => logger.warn({ err }, 'watch of the cluster failed; restarting it'),
      });
      const client = new KubernetesClusterClient(connected.kubeConfig);
      behaviour.attachCluster(client);
      // The embedded cluster lives inside this process, so no other replica can reach it: this
      // replica leads. (Its Lease would also outlive a killed process in the kept cluster, and
      // hold the next start back for a lease duration.)
      if (config.leaderElection.enabled && connected.source !== 'simulator') {
        elector = new LeaseElector(connected.kubeConfig, {
          namespace: config.leaderElection.namespace,
          identity: leaderIdentity(),
          onError: (err) => logger.warn({ err }, 'leader election problem'),
        });
      }
      const lease = elector;
      reconciler = new Reconciler({
        db,
        audit,
        catalog,
        client,
        clock,
        logger,
        onChange: changed,
        ...(lease ? { guard: () => void lease.assertLeader() } : {}),
        onApplyError: (namespace) =>
          metrics.reconcileErrors.inc({ deployment_namespace: namespace }),
      });
      // Health and rollout analysis read the same Prometheus, when there is one.
      const prometheus = config.prometheus ? new PrometheusSource(config.prometheus) : undefined;
      monitor = new HealthMonitor({
        db,
        client,
        clock,
        logger,
        intervalMs: config.health.intervalMs,
        syntheticTimeoutMs: config.health.syntheticTimeoutMs,
        prometheus,
        deployments: () => deployments.monitored(),
        onEvaluated: (d, state) => setDeploymentHealth(metrics, d.namespace, d.name, state),
        onTransition: (deployment, transition, report) => {
          logger.info(
            { deployment: `${deployment.namespace}/${deployment.name}`, ...transition },
            'health changed',
          );
          changed(deployment.namespace, deployment.name);
          const signal = healthSignal(deployment, transition, report);
          if (signal) {
            services.incidents
              .recordSignal(signal)
              .catch((err: unknown) => logger.error({ err }, 'could not record a health signal'));
          }
        },
      });
      const controller = new RolloutController({
        rollouts,
        deployments,
        catalog,
        client,
        clock,
        logger,
        behaviour,
        onAutomaticRollback: reportRollback,
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
        prometheus: prometheus ? new PrometheusRolloutMetrics(prometheus) : undefined,
        ...(lease ? { guard: () => void lease.assertLeader() } : {}),
      });
      rolloutController = controller;
      deployments.attachCluster(watcher, reconciler);
      stopFollowing = deployments.followDesiredState();
      const informers = watcher;
      readiness.add({
        name: 'informers',
        check: async () => (informers.synced ? null : 'first list of the cluster not done yet'),
      });
      informers
        .start()
        .catch((err: unknown) => logger.error({ err }, 'could not start watching the cluster'));
      const leaderWork = { reconciler, monitor };
      if (lease) {
        lease.start({
          onStartedLeading: () => {
            logger.info(
              { identity: lease.identity },
              'leading: running the reconciler and health checks',
            );
            leaderWork.reconciler.start();
            leaderWork.monitor.start();
            paging.start();
            controller.start();
            ticketSweeper.start();
          },
          onStoppedLeading: async () => {
            logger.warn({ identity: lease.identity }, 'no longer leading: stopping leader work');
            await paging.stop();
            await ticketSweeper.stop();
            await controller.stop();
            await leaderWork.monitor.stop();
            await leaderWork.reconciler.stop();
          },
        });
      } else {
        reconciler.start();
        monitor.start();
        controller.start();
      }
    }
    // Without an election this replica is the only one that can lead.
    if (!elector) ticketSweeper.start();
    if (!elector) paging.start();
    const leading = () => (connected ? (elector?.isLeader() ?? true) : false);
    registerLeaderMetric(metrics, leading);
    registerAuditMetrics(metrics, () => audit.latestCheckpoint());
    // A checkpoint now (anchoring what was written before signing began) and every interval.
    await audit
      .checkpoint()
      .catch((err: unknown) => logger.error({ err }, 'audit checkpoint failed'));
    const checkpoints = setInterval(() => {
      audit.checkpoint().catch((err: unknown) => logger.error({ err }, 'audit checkpoint failed'));
    }, config.audit.checkpointIntervalMs);
    checkpoints.unref();
    const app = await createApp({ config, logger, metrics, services, readiness });
    const address = await app.listen(config.port, config.host);
    const sweep = setInterval(() => {
      services.auth
        .purgeExpiredSessions()
        .catch((err: unknown) => logger.warn({ err }, 'session sweep failed'));
      services.auth
        .purgeThrottle()
        .catch((err: unknown) => logger.warn({ err }, 'sign-in counter sweep failed'));
    }, 10 * 60_000);
    sweep.unref();

    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    return {
      url: `http://${host}:${address.port}`,
      port: address.port,
      services,
      db,
      cluster,
      leading,
      async close() {
        clearInterval(sweep);
        clearInterval(checkpoints);
        await app.close();
        stopFollowing();
        stopFollowingIncidents();
        await ticketSweeper.stop();
        await elector?.stop();
        await paging.close();
        await rolloutController?.stop();
        await monitor?.stop();
        await reconciler?.stop();
        await watcher?.stop();
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

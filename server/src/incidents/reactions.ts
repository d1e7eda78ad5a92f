import type { DeploymentEvents } from '../deployments/index.ts';
import type { Subscriber } from '../events/index.ts';
import type { HealthEvents } from '../health/index.ts';
import type { Logger } from '../logging/index.ts';
import type { RolloutEvents } from '../rollouts/index.ts';
import type { IncidentsService } from './incidents.service.ts';
import type { Signal } from './incidents.types.ts';

/**
 * How incidents follow the other domains: a health transition is a signal; an automatic
 * rollback opens (or joins) a ROLLOUT incident, which the rollback itself mitigates; a rollback
 * by hand mitigates the deployment's open incidents.
 */
export function incidentReactions(
  events: Subscriber<HealthEvents & RolloutEvents & DeploymentEvents>,
  deps: { incidents: IncidentsService; logger: Logger },
): void {
  const { incidents, logger } = deps;
  const mitigate = (deployment: { namespace: string; name: string }) => {
    incidents
      .mitigatedByRollback({ namespace: deployment.namespace, name: deployment.name })
      .catch((err: unknown) => logger.error({ err }, 'could not mark incidents mitigated'));
  };
  events.on('health.changed', async ({ signal }) => {
    if (!signal) return;
    await incidents
      .recordSignal(signal)
      .catch((err: unknown) => logger.error({ err }, 'could not record a health signal'));
  });
  events.on('rollout.rolledBack', async ({ rollout, deployment, signal }) => {
    await recordOnce(incidents, signal, rollout);
    mitigate(deployment);
  });
  events.on('deployment.rolledBack', mitigate);
}

/**
 * Records `signal` unless it already is: the controller tells a rollback again after a restart,
 * and a signal recorded for it (dated at it) is not sent twice.
 */
async function recordOnce(
  incidents: IncidentsService,
  signal: Signal,
  of: { namespace: string; name: string },
): Promise<void> {
  const at = signal.at?.getTime() ?? 0;
  const open = await incidents.list({ namespace: of.namespace, name: of.name });
  for (const incident of open.filter((i) => i.fingerprint === signal.fingerprint)) {
    const signals = await incidents.signals(incident.id);
    if (signals.some((s) => s.fingerprint === signal.fingerprint && s.lastAt.getTime() >= at))
      return;
  }
  await incidents.recordSignal(signal);
}

import { modelRef, type ReleaseSpec, RUNTIME_PROFILES } from '../catalog/index.ts';
import type { ClusterClient } from '../kube/index.ts';
import type { ProbeTally } from './analysis.ts';
import type { RolloutRecord } from './rollouts.types.ts';

/** Test requests sent to each new pod at every look within a window. */
export const TEST_REQUESTS_PER_LOOK = 5;
const TEST_REQUEST_TIMEOUT_MS = 3000;

/**
 * Backline's own small requests to the new pods, through the pods/proxy subresource: the
 * evidence for a runtime that counts no failed requests. A server error, a timeout or a
 * refused connection is a failure; a 4xx is the request's fault and does not count either way.
 */
export async function sendTestRequests(
  client: ClusterClient,
  namespace: string,
  pods: string[],
  spec: ReleaseSpec,
  perPod: number,
): Promise<ProbeTally> {
  const body = JSON.stringify({
    model: spec.runtime === 'OLLAMA' ? modelRef(spec.model.source) : spec.modelName,
    messages: [{ role: 'user', content: 'Reply with the word OK.' }],
    max_tokens: 4,
    temperature: 0,
  });
  const port = RUNTIME_PROFILES[spec.runtime].port;
  const one = async (pod: string): Promise<'ok' | 'failed' | 'client'> => {
    try {
      const res = await client.podProxy(namespace, pod, port, {
        method: 'POST',
        path: '/v1/chat/completions',
        body,
        timeoutMs: TEST_REQUEST_TIMEOUT_MS,
      });
      return res.status >= 500 ? 'failed' : res.status >= 400 ? 'client' : 'ok';
    } catch {
      return 'failed';
    }
  };
  const outcomes = await Promise.all(
    pods.flatMap((pod) => Array.from({ length: perPod }, () => one(pod))),
  );
  const counted = outcomes.filter((o) => o !== 'client');
  return { sent: counted.length, failed: counted.filter((o) => o === 'failed').length };
}

/** Why a rollout must stop now, from outside its own analysis. */
export interface DeploymentAlarm {
  message: string;
  source: string;
  details: Record<string, unknown>;
}

export interface HealthNow {
  state: string;
  reasons: string[];
  since: Date;
}

export interface OpenIncident {
  number: number;
  title: string;
  severity: string;
  source: string;
  status: string;
  triggeredAt: Date;
}

const OPEN = new Set(['TRIGGERED', 'ACKNOWLEDGED']);

/**
 * A DOWN health verdict, or a SEV1/SEV2 incident of the deployment, that came while the
 * rollout ran: health and the rollout must agree, so either fails the rollout's HEALTH check.
 * What was already wrong before the rollout started (a fix being deployed to a broken
 * deployment) is not held against the new release. The rollout's own incidents do not count.
 */
export function deploymentAlarm(
  r: Pick<RolloutRecord, 'createdAt'>,
  health: HealthNow | null,
  incidents: OpenIncident[],
): DeploymentAlarm | null {
  const started = r.createdAt.getTime();
  if (health?.state === 'DOWN' && health.since.getTime() >= started) {
    return {
      message: `The deployment went DOWN during the rollout: ${health.reasons.join(' ') || 'no reason given'}`,
      source: 'health monitor',
      details: { health: health.state, reasons: health.reasons, since: health.since },
    };
  }
  const incident = incidents.find(
    (i) =>
      OPEN.has(i.status) &&
      (i.severity === 'SEV1' || i.severity === 'SEV2') &&
      i.source !== 'ROLLOUT' &&
      i.triggeredAt.getTime() >= started,
  );
  if (!incident) return null;
  return {
    message: `Incident #${incident.number} (${incident.severity}) opened on the deployment during the rollout: ${incident.title}`,
    source: `incident #${incident.number}`,
    details: { incident: incident.number, severity: incident.severity },
  };
}

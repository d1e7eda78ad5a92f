import type {
  DiagnosisInput,
  Evidence,
  Finding,
  ProbeOutcome,
  SignalsInput,
} from './diagnosis.types.ts';
import { causeFromLogs } from './log-signatures.ts';
import { finding, loadingWithinAllowance, podFindings } from './pod-rules.ts';

interface DeploymentStatus {
  replicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  unavailableReplicas?: number;
  conditions?: { type: string; status: string; reason?: string; message?: string }[];
}

function deploymentFindings(deployment: DiagnosisInput['deployments'][number]): Finding[] {
  const object = `Deployment/${deployment.metadata?.name ?? 'unknown'}`;
  const status = (deployment.status ?? {}) as DeploymentStatus;
  const desired =
    (deployment.spec as { replicas?: number } | undefined)?.replicas ?? status.replicas ?? 0;
  const found: Finding[] = [];
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  const available = status.conditions?.find((c) => c.type === 'Available');
  if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded') {
    found.push(
      finding(
        'PROGRESS_DEADLINE_EXCEEDED',
        available?.status === 'False' ? 'CRITICAL' : 'WARNING',
        `The rollout is stuck: ${progressing.message ?? 'Kubernetes stopped waiting for the new pods.'}${
          available?.status === 'True' ? ' The old pods still serve.' : ''
        }`,
        [
          {
            source: `${object} status.conditions[Progressing]`,
            value: `False, ProgressDeadlineExceeded: ${progressing.message ?? ''}`,
          },
          ...(available
            ? [
                {
                  source: `${object} status.conditions[Available]`,
                  value: `${available.status}, ${available.reason ?? ''}`,
                },
              ]
            : []),
        ],
        [object],
      ),
    );
  } else if (available?.status === 'False') {
    found.push(
      finding(
        'REPLICAS_UNAVAILABLE',
        'CRITICAL',
        `${status.availableReplicas ?? 0} of ${desired} replicas are available.`,
        [
          {
            source: `${object} status.conditions[Available]`,
            value: `False, ${available.reason ?? ''}: ${available.message ?? ''}`,
          },
        ],
        [object],
      ),
    );
  }
  return found;
}

const SEVERITY = { CRITICAL: 0, WARNING: 1 } as const;

/**
 * Turns what Kubernetes (and the crashed containers' logs) say into causes, with the
 * evidence and a runbook. Pod causes come before the Deployment symptoms they explain.
 * When something is wrong but no rule knows why, it says so instead of guessing.
 */
export function diagnose(input: DiagnosisInput): Finding[] {
  const pods = input.pods.flatMap((pod) => podFindings(pod, input));
  const deployments = input.deployments.flatMap(deploymentFindings);
  const findings = [...pods, ...deployments];
  const unhealthyPods = input.pods.filter((p) => {
    const status = p.status as
      | { phase?: string; conditions?: { type: string; status: string }[] }
      | undefined;
    return (
      status?.phase !== 'Succeeded' &&
      !status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') &&
      !loadingWithinAllowance(p, input.now)
    );
  });
  if (
    !pods.length &&
    unhealthyPods.length &&
    deployments.every((f) => f.cause !== 'PROGRESS_DEADLINE_EXCEEDED')
  ) {
    const evidence: Evidence[] = unhealthyPods.slice(0, 3).map((p) => ({
      source: `Pod/${p.metadata?.name} status.phase`,
      value: String((p.status as { phase?: string } | undefined)?.phase ?? 'Unknown'),
    }));
    findings.push(
      finding(
        'UNKNOWN',
        'WARNING',
        'Some pods are not ready, and Backline cannot tell why from what it sees.',
        evidence,
        unhealthyPods.map((p) => `Pod/${p.metadata?.name}`),
      ),
    );
  }
  const sorted = findings.sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity]);
  return input.signals ? explainHealth(sorted, input.signals) : sorted;
}

const percent = (v: number) => `${(v * 100).toFixed(1)} %`;

function outcomeEvidence(o: ProbeOutcome, timeoutMs: number | undefined): Evidence {
  const source = `test prompt to Pod/${o.pod}`;
  switch (o.outcome) {
    case 'timeout':
      return { source, value: `no answer within ${timeoutMs ?? o.ms ?? '?'} ms` };
    case 'refused':
      return { source, value: `connection failed: ${o.detail ?? 'refused'}` };
    case 'error':
      return { source, value: `HTTP ${o.status ?? '5xx'}${o.detail ? `: ${o.detail}` : ''}` };
    default:
      return { source, value: `HTTP ${o.status ?? 200} in ${o.ms ?? '?'} ms` };
  }
}

/**
 * Causes read from what the health evaluation measured: the test prompt's answers, the error
 * ratio, latency and KV cache against the SLOs. A deployment that is down or degraded always
 * gets at least one finding, so the console never shows "down" beside "no problems found".
 */
export function explainHealth(causes: Finding[], s: SignalsInput): Finding[] {
  const found: Finding[] = [];
  const outcomes = s.synthetic?.outcomes ?? [];
  const checked = s.synthetic?.checked ?? 0;
  const failed = s.synthetic?.failed ?? 0;
  const m = s.metrics;
  const pods = (list: ProbeOutcome[]) => list.map((o) => `Pod/${o.pod}`);

  const timeouts = outcomes.filter((o) => o.outcome === 'timeout' || o.outcome === 'refused');
  const errors = outcomes.filter((o) => o.outcome === 'error');
  // Some servers answer a failure with what they cannot do (Ollama: not enough memory).
  const named = errors
    .map((o) => ({ o, cause: causeFromLogs([o.detail ?? '']) }))
    .find((x) => x.cause !== null);
  if (named?.cause) {
    found.push(
      finding(
        named.cause.cause,
        failed === checked ? 'CRITICAL' : 'WARNING',
        `The server answers the test prompt with HTTP ${named.o.status ?? '5xx'}: ${named.cause.line}`,
        errors.map((o) => outcomeEvidence(o, s.syntheticTimeoutMs)),
        pods(errors),
      ),
    );
  }
  if (timeouts.length || (!outcomes.length && checked > 0 && failed === checked)) {
    const refused = timeouts.length > 0 && timeouts.every((o) => o.outcome === 'refused');
    found.push(
      finding(
        'ENGINE_HUNG',
        failed === checked ? 'CRITICAL' : 'WARNING',
        refused
          ? `${timeouts.length} of ${checked} ready pods refuse the test prompt's connection although Kubernetes counts them ready: the engine process is not serving.`
          : timeouts.length
            ? `${timeouts.length} of ${checked} ready pods did not answer a four-token test prompt within ${s.syntheticTimeoutMs ?? '?'} ms although their health check passes: the engine is hung.`
            : `None of the ${checked} ready pods answered the test prompt.`,
        [
          ...timeouts.map((o) => outcomeEvidence(o, s.syntheticTimeoutMs)),
          ...(m?.requestRate != null
            ? [{ source: 'metrics request rate', value: `${m.requestRate.toFixed(2)} req/s` }]
            : []),
          ...(m?.queueDepth != null
            ? [{ source: 'metrics requests waiting', value: String(m.queueDepth) }]
            : []),
        ],
        pods(timeouts),
      ),
    );
  }
  const sloRatio = s.slo.errorRatio;
  const ratioBad =
    m?.errorRatio != null &&
    (m.errorRatio >= 0.5 || (sloRatio !== null && m.errorRatio > sloRatio));
  if ((errors.length && !named) || ratioBad) {
    const evidence: Evidence[] = [];
    if (m?.errorRatio != null) {
      evidence.push({
        source: 'metrics error ratio',
        value: `${percent(m.errorRatio)}${sloRatio !== null ? ` (SLO ${percent(sloRatio)})` : ''}${m.requestRate != null ? ` of ${m.requestRate.toFixed(2)} req/s` : ''}`,
      });
    }
    evidence.push(...errors.map((o) => outcomeEvidence(o, s.syntheticTimeoutMs)));
    const critical =
      (m?.errorRatio ?? 0) >= 0.5 || (errors.length > 0 && errors.length === checked);
    found.push(
      finding(
        'ERROR_SPIKE',
        critical ? 'CRITICAL' : 'WARNING',
        m?.errorRatio != null && ratioBad
          ? `${percent(m.errorRatio)} of requests fail${sloRatio !== null ? `, above the SLO of ${percent(sloRatio)}` : ''}; the server answers, with errors.`
          : `${errors.length} of ${checked} pods answer the test prompt with a server error.`,
        evidence,
        pods(errors),
      ),
    );
  }
  if (m?.ttftP95 != null && s.slo.ttftP95Ms !== null && m.ttftP95 * 1000 > s.slo.ttftP95Ms) {
    found.push(
      finding(
        'LATENCY_SLO_BREACH',
        'WARNING',
        `Time to first token p95 is ${Math.round(m.ttftP95 * 1000)} ms, above the SLO of ${s.slo.ttftP95Ms} ms.`,
        [
          {
            source: 'metrics time to first token p95',
            value: `${Math.round(m.ttftP95 * 1000)} ms (SLO ${s.slo.ttftP95Ms} ms)`,
          },
          ...(m.requestRate != null
            ? [{ source: 'metrics request rate', value: `${m.requestRate.toFixed(2)} req/s` }]
            : []),
          ...(m.queueDepth != null
            ? [{ source: 'metrics requests waiting', value: String(m.queueDepth) }]
            : []),
          ...(m.kvCacheUsage != null
            ? [{ source: 'metrics KV cache usage', value: percent(m.kvCacheUsage) }]
            : []),
        ],
        [],
      ),
    );
  }
  if (m?.kvCacheUsage != null && m.kvCacheUsage >= 0.95 && (m.queueDepth ?? 0) > 0) {
    found.push(
      finding(
        'KV_CACHE_SATURATED',
        'WARNING',
        `The KV cache is ${percent(m.kvCacheUsage)} full and ${m.queueDepth} requests wait for room.`,
        [
          { source: 'metrics KV cache usage', value: percent(m.kvCacheUsage) },
          { source: 'metrics requests waiting', value: String(m.queueDepth) },
        ],
        [],
      ),
    );
  }
  const explained = causes.some((f) => f.severity === 'CRITICAL');
  if (s.desiredReplicas > 0 && s.readyReplicas === 0 && s.state === 'DOWN' && !explained) {
    found.push(
      finding(
        'NO_READY_ENDPOINTS',
        'CRITICAL',
        `No pod is ready behind the Service: 0 of ${s.desiredReplicas} replicas ready, so every request fails.`,
        [
          { source: 'replicas ready', value: `0 of ${s.desiredReplicas}` },
          ...causes.flatMap((f) => f.evidence.slice(0, 2)),
        ],
        causes.flatMap((f) => f.objects),
      ),
    );
  }
  const all = [...causes, ...found].sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity]);
  if ((s.state === 'DOWN' || s.state === 'DEGRADED') && all.length === 0) {
    all.push(
      finding(
        'UNKNOWN',
        s.state === 'DOWN' ? 'CRITICAL' : 'WARNING',
        `The deployment is ${s.state === 'DOWN' ? 'down' : 'degraded'}, and no rule explains it yet; the health check's reasons are the evidence.`,
        s.reasons.map((r) => ({ source: 'health evaluation', value: r })),
        [],
      ),
    );
  }
  return all;
}

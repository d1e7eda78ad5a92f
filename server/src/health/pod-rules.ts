import type {
  Cause,
  DiagnosisInput,
  EventLike,
  Evidence,
  Finding,
  KubeLike,
} from './diagnosis.types.ts';
import { causeFromLogs, stillDownloading } from './log-signatures.ts';
import { RUNBOOKS } from './runbooks.ts';

interface ContainerState {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { reason?: string; message?: string; exitCode?: number };
}

interface ContainerStatus {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: ContainerState;
  lastState?: ContainerState;
}

interface PodStatus {
  phase?: string;
  reason?: string;
  message?: string;
  conditions?: { type: string; status: string; reason?: string; message?: string }[];
  containerStatuses?: ContainerStatus[];
}

interface PodSpec {
  containers?: {
    name: string;
    startupProbe?: {
      periodSeconds?: number;
      failureThreshold?: number;
      initialDelaySeconds?: number;
    };
  }[];
}

/** Waiting reasons of a container that is still being started. */
const STARTING = new Set(['ContainerCreating', 'PodInitializing']);

/** Runtimes that keep their port closed while the model loads. */
const CLOSED_WHILE_LOADING = new Set(['VLLM', 'TGI', 'SGLANG', 'OLLAMA']);

export function finding(
  cause: Cause,
  severity: Finding['severity'],
  summary: string,
  evidence: Evidence[],
  objects: string[],
): Finding {
  return {
    cause,
    severity,
    title: RUNBOOKS[cause].title,
    summary,
    evidence,
    runbook: RUNBOOKS[cause].steps,
    objects,
  };
}

function eventsFor(events: EventLike[], kind: string, name: string): EventLike[] {
  return events.filter((e) => e.involvedObject?.kind === kind && e.involvedObject.name === name);
}

function eventEvidence(events: EventLike[], reasons: string[]): Evidence[] {
  return events
    .filter((e) => reasons.includes(e.reason ?? ''))
    .slice(0, 3)
    .map((e) => ({
      source: `event ${e.reason} on ${e.involvedObject?.kind}/${e.involvedObject?.name}`,
      value: e.message ?? '',
    }));
}

/** Seconds the startup probe allows before it gives up. */
function startupAllowance(spec: PodSpec | undefined, container: string): number {
  const probe = spec?.containers?.find((c) => c.name === container)?.startupProbe;
  if (!probe) return 0;
  return (
    (probe.initialDelaySeconds ?? 0) + (probe.periodSeconds ?? 10) * (probe.failureThreshold ?? 3)
  );
}

function runningAge(c: ContainerStatus, now: Date): number {
  const startedAt = Date.parse(c.state?.running?.startedAt ?? '');
  return Number.isNaN(startedAt) ? Number.POSITIVE_INFINITY : (now.getTime() - startedAt) / 1000;
}

/** Every container that is not ready is running and still inside its startup allowance. */
/**
 * Its last run ended with its node (a reboot: the runtime lost it, reason Unknown), not by
 * failing, so starting again is a start, not a crash.
 */
function lostWithNode(c: ContainerStatus): boolean {
  return c.lastState?.terminated?.reason === 'Unknown';
}

export function loadingWithinAllowance(pod: KubeLike, now: Date): boolean {
  const status = (pod.status ?? {}) as PodStatus;
  const scheduled = status.conditions?.some(
    (c) => c.type === 'PodScheduled' && c.status === 'True',
  );
  const statuses = status.containerStatuses ?? [];
  // Scheduled, image pulling or container being created: starting, not failing.
  if (scheduled && statuses.length === 0) return true;
  const waiting = statuses.filter((c) => !c.ready);
  return (
    waiting.length > 0 &&
    waiting.every(
      (c) =>
        // Only a first start: a container that crashed and came back is crash looping.
        ((c.restartCount ?? 0) === 0 || lostWithNode(c)) &&
        (STARTING.has(c.state?.waiting?.reason ?? '') ||
          (c.state?.running &&
            runningAge(c, now) < startupAllowance(pod.spec as PodSpec | undefined, c.name))),
    )
  );
}

/** Findings for one pod, most specific first. */
export function podFindings(pod: KubeLike, input: DiagnosisInput): Finding[] {
  const name = pod.metadata?.name ?? 'unknown';
  const object = `Pod/${name}`;
  const status = (pod.status ?? {}) as PodStatus;
  const spec = pod.spec as PodSpec | undefined;
  const events = eventsFor(input.events, 'Pod', name);
  const logs = input.logs?.[name] ?? [];
  const at = (path: string) => `${object} ${path}`;
  const found: Finding[] = [];

  if (status.reason === 'Evicted') {
    return [
      finding(
        'EVICTED',
        'WARNING',
        `The pod was evicted: ${status.message ?? ''}`.trim(),
        [
          { source: at('status.reason'), value: 'Evicted' },
          ...(status.message ? [{ source: at('status.message'), value: status.message }] : []),
        ],
        [object],
      ),
    ];
  }
  const scheduled = status.conditions?.find((c) => c.type === 'PodScheduled');
  if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
    const message =
      scheduled.message ??
      eventsFor(input.events, 'Pod', name).find((e) => e.reason === 'FailedScheduling')?.message ??
      '';
    const gpu = /Insufficient nvidia\.com\/gpu|nvidia\.com\/gpu/.test(message);
    return [
      finding(
        gpu ? 'NO_GPU_CAPACITY' : 'UNSCHEDULABLE',
        'CRITICAL',
        gpu
          ? 'No node has a free GPU of the kind this pod asks for, so it waits unscheduled.'
          : `The scheduler cannot place the pod: ${message}`,
        [
          { source: at('status.conditions[PodScheduled]'), value: `Unschedulable: ${message}` },
          ...eventEvidence(events, ['FailedScheduling']),
        ],
        [object],
      ),
    ];
  }
  if (events.some((e) => e.reason === 'NodeNotReady')) {
    found.push(
      finding(
        'NODE_NOT_READY',
        'CRITICAL',
        'The node running this pod stopped reporting.',
        eventEvidence(events, ['NodeNotReady']),
        [object],
      ),
    );
  }

  for (const [i, c] of (status.containerStatuses ?? []).entries()) {
    const path = `status.containerStatuses[${i}]`;
    const waiting = c.state?.waiting;
    const terminated = c.state?.terminated;
    const last = c.lastState?.terminated;
    const restarts = c.restartCount ?? 0;
    const crashed = terminated ?? last;
    const fromLogs = causeFromLogs(logs);
    const logEvidence = (line: string): Evidence => ({
      source: `${object} logs (previous)`,
      value: line,
    });

    if (waiting?.reason === 'ImagePullBackOff' || waiting?.reason === 'ErrImagePull') {
      const message = waiting.message ?? eventEvidence(events, ['Failed'])[0]?.value ?? '';
      const credentials = /unauthorized|denied|authentication required|403/i.test(message);
      found.push(
        finding(
          'IMAGE_PULL_FAILED',
          'CRITICAL',
          credentials
            ? 'The registry refused the credentials for the image.'
            : 'The image cannot be pulled: the repository, tag or digest may not exist.',
          [
            { source: at(`${path}.state.waiting`), value: `${waiting.reason}: ${message}` },
            ...eventEvidence(events, ['Failed', 'BackOff']),
          ],
          [object],
        ),
      );
      continue;
    }
    if (waiting?.reason === 'InvalidImageName') {
      found.push(
        finding(
          'INVALID_IMAGE_NAME',
          'CRITICAL',
          'The image reference is not valid.',
          [{ source: at(`${path}.state.waiting`), value: waiting.message ?? waiting.reason }],
          [object],
        ),
      );
      continue;
    }
    if (
      waiting?.reason === 'CreateContainerConfigError' ||
      waiting?.reason === 'CreateContainerError'
    ) {
      found.push(
        finding(
          'CONFIG_ERROR',
          'CRITICAL',
          `The container cannot be created: ${waiting.message ?? waiting.reason}`,
          [
            {
              source: at(`${path}.state.waiting`),
              value: `${waiting.reason}: ${waiting.message ?? ''}`,
            },
          ],
          [object],
        ),
      );
      continue;
    }
    if (waiting?.reason === 'ContainerCreating' || waiting?.reason === 'PodInitializing') {
      if (events.some((e) => e.reason === 'FailedMount')) {
        found.push(
          finding(
            'VOLUME_MOUNT_FAILED',
            'CRITICAL',
            'A volume could not be mounted, so the container cannot start.',
            eventEvidence(events, ['FailedMount']),
            [object],
          ),
        );
      } else if (events.some((e) => e.reason === 'FailedCreatePodSandBox')) {
        found.push(
          finding(
            'SANDBOX_FAILED',
            'CRITICAL',
            'The pod sandbox could not be created on the node.',
            eventEvidence(events, ['FailedCreatePodSandBox']),
            [object],
          ),
        );
      }
      continue;
    }

    if (crashed && (crashed.reason === 'OOMKilled' || fromLogs?.cause === 'CUDA_OUT_OF_MEMORY')) {
      const evidence: Evidence[] = [
        {
          source: at(`${path}.${terminated ? 'state' : 'lastState'}.terminated`),
          value: `reason ${crashed.reason ?? 'Error'}, exit code ${crashed.exitCode ?? '?'}${crashed.message ? `: ${crashed.message}` : ''}`,
        },
        { source: at(`${path}.restartCount`), value: String(restarts) },
      ];
      if (fromLogs?.cause === 'CUDA_OUT_OF_MEMORY') {
        found.push(
          finding(
            'CUDA_OUT_OF_MEMORY',
            'CRITICAL',
            'The engine ran out of GPU memory.',
            [logEvidence(fromLogs.line), ...evidence],
            [object],
          ),
        );
      } else {
        const neverReady = !c.ready && input.runtime !== undefined;
        found.push(
          finding(
            neverReady ? 'OOM_WHILE_LOADING' : 'OOM_KILLED',
            'CRITICAL',
            neverReady
              ? `The model server was killed for running out of memory before it was ever ready (${restarts} restarts).`
              : `The container was killed for using more memory than its limit (${restarts} restarts).`,
            evidence,
            [object],
          ),
        );
      }
      continue;
    }
    if (
      crashed &&
      fromLogs &&
      (fromLogs.cause === 'GATED_MODEL' || fromLogs.cause === 'MODEL_NOT_FOUND')
    ) {
      found.push(
        finding(
          fromLogs.cause,
          'CRITICAL',
          fromLogs.cause === 'GATED_MODEL'
            ? 'The model server exits because the model repository refuses access (401/403).'
            : 'The model server exits because the model repository or revision does not exist.',
          [
            logEvidence(fromLogs.line),
            { source: at(`${path}.restartCount`), value: String(restarts) },
          ],
          [object],
        ),
      );
      continue;
    }
    if (crashed && (crashed.reason === 'StartError' || crashed.reason === 'ContainerCannotRun')) {
      found.push(
        finding(
          'START_ERROR',
          'CRITICAL',
          'The container runtime could not start the container.',
          [
            {
              source: at(`${path}.${terminated ? 'state' : 'lastState'}.terminated`),
              value: `${crashed.reason}, exit code ${crashed.exitCode ?? '?'}: ${crashed.message ?? ''}`,
            },
          ],
          [object],
        ),
      );
      continue;
    }
    const killedByStartup = events.some(
      (e) => e.reason === 'Killing' && /startup probe/i.test(e.message ?? ''),
    );
    const downloading = stillDownloading(logs);
    if (killedByStartup && downloading) {
      found.push(
        finding(
          'STARTUP_PROBE_GAVE_UP_WHILE_DOWNLOADING',
          'CRITICAL',
          'Kubernetes restarted the model server because its startup probe gave up while the weights were still downloading.',
          [logEvidence(downloading), ...eventEvidence(events, ['Killing', 'Unhealthy'])],
          [object],
        ),
      );
      continue;
    }
    if (waiting?.reason === 'CrashLoopBackOff') {
      const lastLines = logs.slice(-3);
      found.push(
        finding(
          'CRASH_LOOP',
          'CRITICAL',
          `The container keeps crashing (${restarts} restarts; last exit code ${last?.exitCode ?? '?'}${last?.reason ? `, ${last.reason}` : ''}).`,
          [
            {
              source: at(`${path}.state.waiting`),
              value: `CrashLoopBackOff: ${waiting.message ?? ''}`,
            },
            ...(last
              ? [
                  {
                    source: at(`${path}.lastState.terminated`),
                    value: `reason ${last.reason ?? '?'}, exit code ${last.exitCode ?? '?'}`,
                  },
                ]
              : []),
            ...lastLines.map(logEvidence),
          ],
          [object],
        ),
      );
      continue;
    }
    if (terminated && terminated.exitCode !== 0) {
      found.push(
        finding(
          'CONTAINER_ERROR',
          'CRITICAL',
          `The container exited with code ${terminated.exitCode ?? '?'}.`,
          [
            {
              source: at(`${path}.state.terminated`),
              value: `reason ${terminated.reason ?? '?'}, exit code ${terminated.exitCode ?? '?'}`,
            },
            ...logs.slice(-3).map(logEvidence),
          ],
          [object],
        ),
      );
      continue;
    }
    if (
      c.state?.running &&
      !c.ready &&
      restarts > 0 &&
      last &&
      last.exitCode !== 0 &&
      !lostWithNode(c)
    ) {
      // Back up after a crash, between two back-offs: still a crash loop, not a fresh start.
      found.push(
        finding(
          'CRASH_LOOP',
          'CRITICAL',
          `The container keeps crashing (${restarts} restarts; last exit code ${last.exitCode ?? '?'}${last.reason ? `, ${last.reason}` : ''}).`,
          [
            {
              source: at(`${path}.lastState.terminated`),
              value: `reason ${last.reason ?? '?'}, exit code ${last.exitCode ?? '?'}`,
            },
            { source: at(`${path}.restartCount`), value: String(restarts) },
            ...logs.slice(-3).map(logEvidence),
          ],
          [object],
        ),
      );
      continue;
    }
    if (c.state?.running && !c.ready) {
      // Inside the startup allowance, a closed port or a 503 means loading, not down.
      if (runningAge(c, input.now) < startupAllowance(spec, c.name)) continue;
      const probes = eventEvidence(events, ['Unhealthy']);
      found.push(
        finding(
          'NOT_READY',
          'WARNING',
          CLOSED_WHILE_LOADING.has(input.runtime ?? '') &&
            probes.some((p) => /connection refused/.test(p.value))
            ? 'The server still refuses connections long after its startup allowance: it is not loading any more, it is stuck.'
            : 'The container runs but its readiness probe fails.',
          [
            { source: at(`${path}.ready`), value: 'false' },
            {
              source: at(`${path}.state.running.startedAt`),
              value: c.state.running.startedAt ?? '?',
            },
            ...probes,
          ],
          [object],
        ),
      );
    }
  }
  return found;
}

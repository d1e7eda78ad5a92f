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
  terminated?: {
    reason?: string;
    message?: string;
    exitCode?: number;
    startedAt?: string;
    finishedAt?: string;
  };
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

interface Probe {
  httpGet?: { path?: string; port?: number | string };
  periodSeconds?: number;
  failureThreshold?: number;
  initialDelaySeconds?: number;
  timeoutSeconds?: number;
}

interface PodSpec {
  containers?: {
    name: string;
    command?: string[];
    args?: string[];
    resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
    startupProbe?: Probe;
    readinessProbe?: Probe;
    livenessProbe?: Probe;
  }[];
}

/**
 * A ready container's last termination matters again only when the container restarted more
 * than once and the last exit is this recent; older, it is history shown with its age.
 */
export const RESTART_WINDOW_SECONDS = 3600;

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
  const failedScheduling = events.filter((e) => e.reason === 'FailedScheduling').at(-1);
  if (
    (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') ||
    (status.phase === 'Pending' && scheduled?.status !== 'True' && failedScheduling)
  ) {
    const message = scheduled?.message ?? failedScheduling?.message ?? '';
    const gpu = /Insufficient (nvidia\.com|amd\.com)\/gpu/.test(message);
    return [
      finding(
        gpu ? 'NO_GPU_CAPACITY' : 'UNSCHEDULABLE',
        'CRITICAL',
        gpu
          ? 'No node has a free GPU of the kind this pod asks for, so it waits unscheduled.'
          : `The scheduler cannot place the pod: ${message}`,
        [
          ...(scheduled
            ? [
                {
                  source: at('status.conditions[PodScheduled]'),
                  value: `${scheduled.reason ?? scheduled.status}: ${scheduled.message ?? message}`,
                },
              ]
            : []),
          ...eventEvidence(events, ['FailedScheduling']),
          ...(gpu ? gpuRequestEvidence(spec, at) : []),
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
    const container = spec?.containers?.find((x) => x.name === c.name);
    const probes = probeFindings(events, container, object, c.ready === true);

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
      if (events.some((e) => e.reason === 'FailedMount' || e.reason === 'FailedAttachVolume')) {
        found.push(
          finding(
            'VOLUME_MOUNT_FAILED',
            'CRITICAL',
            'A volume could not be attached or mounted, so the container cannot start.',
            eventEvidence(events, ['FailedAttachVolume', 'FailedMount']),
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

    if (c.ready) {
      // Ready and serving: a past exit is history, unless it keeps happening.
      const repeated = recentRepeat(c, input.now, spec);
      if (repeated) {
        found.push(
          finding(
            'REPEATED_RESTARTS',
            'WARNING',
            `The container serves, but restarted ${restarts} times, the last ${formatAge(repeated.age)} ago (${repeated.reason}).`,
            [
              {
                source: at(`${path}.lastState.terminated`),
                value: `reason ${repeated.reason}, exit code ${last?.exitCode ?? '?'}, finished ${last?.finishedAt ?? '?'} (${formatAge(repeated.age)} ago)`,
              },
              { source: at(`${path}.restartCount`), value: String(restarts) },
            ],
            [object],
          ),
        );
      }
      found.push(...probes);
      continue;
    }

    const tensorParallel = tensorParallelMismatch(container, at, i);
    const gpuCause =
      fromLogs?.cause === 'TOO_FEW_GPUS' || (crashed !== undefined && tensorParallel !== null);
    if (crashed && gpuCause) {
      found.push(
        finding(
          'TOO_FEW_GPUS',
          'CRITICAL',
          tensorParallel
            ? `The engine is told to shard the model over ${tensorParallel.parallel} GPUs, but the pod gets ${tensorParallel.gpus}.`
            : 'The engine cannot place the model on the GPUs it sees: the tensor-parallel size does not fit the GPUs given to the pod or the model’s attention heads.',
          [
            ...(fromLogs?.cause === 'TOO_FEW_GPUS' ? [logEvidence(fromLogs.line)] : []),
            ...(tensorParallel?.evidence ?? []),
            { source: at(`${path}.restartCount`), value: String(restarts) },
          ],
          [object],
        ),
      );
      continue;
    }

    const hostOom =
      crashed?.reason === 'OOMKilled' &&
      fromLogs?.cause !== 'CUDA_OUT_OF_MEMORY' &&
      fromLogs?.cause !== 'HOST_MEMORY_TOO_SMALL';
    if (crashed && hostOom) {
      const neverReady = input.runtime !== undefined;
      found.push(
        finding(
          neverReady ? 'OOM_WHILE_LOADING' : 'OOM_KILLED',
          'CRITICAL',
          neverReady
            ? `The model server was killed for running out of memory before it became ready (${restarts} restarts).`
            : `The container was killed for using more memory than its limit (${restarts} restarts).`,
          [
            terminationEvidence(
              crashed,
              at(`${path}.${terminated ? 'state' : 'lastState'}.terminated`),
            ),
            { source: at(`${path}.restartCount`), value: String(restarts) },
            ...memoryLimitEvidence(container, at, i),
          ],
          [object],
        ),
      );
      continue;
    }
    if (
      fromLogs &&
      fromLogs.cause !== 'TOO_FEW_GPUS' &&
      (crashed || waiting?.reason === 'CrashLoopBackOff' || restarts > 0)
    ) {
      found.push(
        finding(
          fromLogs.cause,
          'CRITICAL',
          LOG_SUMMARIES[fromLogs.cause] ?? `The engine stopped: ${fromLogs.line}`,
          [
            logEvidence(fromLogs.line),
            ...(crashed
              ? [
                  terminationEvidence(
                    crashed,
                    at(`${path}.${terminated ? 'state' : 'lastState'}.terminated`),
                  ),
                ]
              : []),
            { source: at(`${path}.restartCount`), value: String(restarts) },
            ...knobEvidence(fromLogs.cause, container, at, i),
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
    if (probes.length) {
      // The kubelet's probe is what fails or kills the container, not the engine.
      found.push(...probes);
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
    if (c.state?.running && restarts > 0 && last && last.exitCode !== 0 && !lostWithNode(c)) {
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
    if (c.state?.running) {
      // Inside the startup allowance, a closed port or a 503 means loading, not down.
      if (runningAge(c, input.now) < startupAllowance(spec, c.name)) continue;
      const unhealthy = eventEvidence(events, ['Unhealthy']);
      found.push(
        finding(
          'NOT_READY',
          'WARNING',
          CLOSED_WHILE_LOADING.has(input.runtime ?? '') &&
            unhealthy.some((p) => /connection refused/.test(p.value))
            ? 'The server still refuses connections long after its startup allowance: it is not loading any more, it is stuck.'
            : 'The container runs but its readiness probe fails.',
          [
            { source: at(`${path}.ready`), value: 'false' },
            {
              source: at(`${path}.state.running.startedAt`),
              value: c.state.running.startedAt ?? '?',
            },
            ...unhealthy,
          ],
          [object],
        ),
      );
    }
  }
  return found;
}

/** What each log-named cause means, in one sentence. */
const LOG_SUMMARIES: Partial<Record<Cause, string>> = {
  CUDA_OUT_OF_MEMORY: 'The engine ran out of GPU memory.',
  KV_CACHE_TOO_SMALL:
    'The engine exits at start: after loading the weights, the GPU memory left for the KV cache cannot hold one sequence of the configured maximum length.',
  GPU_MEMORY_IN_USE:
    'The engine exits at start: the GPU already has memory in use by another process, so the share it was told to take is not free.',
  PREFILL_TOKENS_TOO_MANY:
    'TGI exits during warm-up: the GPU cannot hold a prefill batch of the configured size.',
  HOST_MEMORY_TOO_SMALL: 'The model needs more host memory than the container has.',
  WEIGHTS_DOWNLOAD_FAILED: 'The engine exits because it cannot download the model weights.',
  DISK_FULL: 'The engine exits because the disk holding the model cache is full.',
  NCCL_ERROR:
    'The engine exits on an NCCL error: the GPUs of a tensor-parallel group could not talk to each other.',
  MODEL_LOAD_FAILED: 'The engine exits because it cannot load the model file.',
  UNSUPPORTED_ARCHITECTURE: 'The engine version does not support this model’s architecture.',
  GPU_UNSUPPORTED_DTYPE:
    'The engine exits because the GPU does not support the data type or kernel it was asked for.',
  TRUST_REMOTE_CODE_REQUIRED:
    'The model ships its own code, and the engine refuses to run it without trust-remote-code.',
  ENGINE_ARGS_INVALID: 'The engine rejects its command-line arguments.',
  GPU_DRIVER_ERROR: 'The engine sees no usable GPU: the driver or device plugin is not working.',
  GPU_HARDWARE_ERROR: 'The GPU reported a hardware fault.',
  GATED_MODEL:
    'The model server exits because the model repository refuses access (gated or private, 401/403).',
  MODEL_NOT_FOUND:
    'The model server exits because the model repository or revision does not exist.',
};

/** The flag, environment variable or resource a cause is about, read from the pod spec. */
function knobEvidence(
  cause: Cause,
  container: NonNullable<PodSpec['containers']>[number] | undefined,
  at: (path: string) => string,
  index: number,
): Evidence[] {
  const flags: Partial<Record<Cause, string[]>> = {
    KV_CACHE_TOO_SMALL: [
      '--max-model-len',
      '--gpu-memory-utilization',
      '--context-length',
      '--mem-fraction-static',
      '--ctx-size',
      '-c',
    ],
    GPU_MEMORY_IN_USE: [
      '--gpu-memory-utilization',
      '--cuda-memory-fraction',
      '--mem-fraction-static',
    ],
    PREFILL_TOKENS_TOO_MANY: [
      '--max-batch-prefill-tokens',
      '--max-total-tokens',
      '--max-input-tokens',
      '--max-input-length',
      '--max-batch-total-tokens',
    ],
    CUDA_OUT_OF_MEMORY: [
      '--gpu-memory-utilization',
      '--max-model-len',
      '--max-num-seqs',
      '--mem-fraction-static',
      '--cuda-memory-fraction',
    ],
    MODEL_NOT_FOUND: ['--model', '--model-id', '--model-path', '--hf-repo', '--revision'],
    GATED_MODEL: ['--model', '--model-id', '--model-path', '--hf-repo'],
    ENGINE_ARGS_INVALID: ['--max-model-len', '--max-total-tokens', '--max-input-tokens'],
    GPU_UNSUPPORTED_DTYPE: ['--dtype', '--quantization', '--quantize'],
  };
  const wanted = flags[cause];
  if (!wanted || !container) return [];
  const args = [...(container.command ?? []), ...(container.args ?? [])];
  const found: Evidence[] = [];
  for (const flag of wanted) {
    const value = argValue(args, flag);
    if (value !== undefined)
      found.push({ source: at(`spec.containers[${index}].args ${flag}`), value });
  }
  if (cause === 'HOST_MEMORY_TOO_SMALL') return memoryLimitEvidence(container, at, index);
  return found;
}

/** A flag's value in `--flag value` or `--flag=value` form. */
function argValue(args: string[], flag: string): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === flag) return args[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

function memoryLimitEvidence(
  container: NonNullable<PodSpec['containers']>[number] | undefined,
  at: (path: string) => string,
  index: number,
): Evidence[] {
  const limit = container?.resources?.limits?.memory;
  return limit
    ? [{ source: at(`spec.containers[${index}].resources.limits.memory`), value: limit }]
    : [];
}

function gpusOf(container: NonNullable<PodSpec['containers']>[number] | undefined): number {
  const limits = container?.resources?.limits ?? {};
  const requests = container?.resources?.requests ?? {};
  return Number(
    limits['nvidia.com/gpu'] ?? requests['nvidia.com/gpu'] ?? limits['amd.com/gpu'] ?? 0,
  );
}

function gpuRequestEvidence(spec: PodSpec | undefined, at: (path: string) => string): Evidence[] {
  return (spec?.containers ?? []).flatMap((c, i) => {
    const gpus = gpusOf(c);
    return gpus > 0
      ? [{ source: at(`spec.containers[${i}].resources.limits`), value: `nvidia.com/gpu: ${gpus}` }]
      : [];
  });
}

/** A tensor-parallel size larger than the GPUs the container gets, from its own arguments. */
function tensorParallelMismatch(
  container: NonNullable<PodSpec['containers']>[number] | undefined,
  at: (path: string) => string,
  index: number,
): { parallel: number; gpus: number; evidence: Evidence[] } | null {
  if (!container) return null;
  const args = [...(container.command ?? []), ...(container.args ?? [])];
  for (const flag of ['--tensor-parallel-size', '-tp', '--num-shard', '--tp', '--tp-size']) {
    const value = argValue(args, flag);
    if (value === undefined) continue;
    const parallel = Number(value);
    const gpus = gpusOf(container);
    if (!Number.isInteger(parallel) || parallel <= gpus) return null;
    return {
      parallel,
      gpus,
      evidence: [
        { source: at(`spec.containers[${index}].args ${flag}`), value },
        {
          source: at(`spec.containers[${index}].resources.limits`),
          value: `nvidia.com/gpu: ${gpus}`,
        },
      ],
    };
  }
  return null;
}

function terminationEvidence(
  t: NonNullable<ContainerState['terminated']>,
  source: string,
): Evidence {
  return {
    source,
    value: `reason ${t.reason ?? 'Error'}, exit code ${t.exitCode ?? '?'}${t.message ? `: ${t.message}` : ''}`,
  };
}

/** Probe failures the kubelet reports: a wrong path (404) or a liveness probe that kills. */
function probeFindings(
  events: EventLike[],
  container: NonNullable<PodSpec['containers']>[number] | undefined,
  object: string,
  ready: boolean,
): Finding[] {
  const unhealthy = events.filter((e) => e.reason === 'Unhealthy');
  const notFound = unhealthy.filter((e) =>
    /(Liveness|Readiness|Startup) probe failed: HTTP probe failed with statuscode: 404/i.test(
      e.message ?? '',
    ),
  );
  const probeOf = (kind: string): Probe | undefined =>
    kind === 'Liveness'
      ? container?.livenessProbe
      : kind === 'Readiness'
        ? container?.readinessProbe
        : container?.startupProbe;
  const probeEvidence = (kind: string): Evidence[] => {
    const probe = probeOf(kind);
    if (!probe) return [];
    return [
      {
        source: `${object} spec.containers[${container?.name}].${kind.toLowerCase()}Probe`,
        value: `path ${probe.httpGet?.path ?? '?'}, port ${probe.httpGet?.port ?? '?'}, initialDelaySeconds ${probe.initialDelaySeconds ?? 0}, periodSeconds ${probe.periodSeconds ?? 10}, timeoutSeconds ${probe.timeoutSeconds ?? 1}, failureThreshold ${probe.failureThreshold ?? 3}`,
      },
    ];
  };
  const evidenceOf = (list: EventLike[]): Evidence[] =>
    list.slice(-3).map((e) => ({
      source: `event ${e.reason} on ${e.involvedObject?.kind}/${e.involvedObject?.name}${e.count && e.count > 1 ? ` (×${e.count})` : ''}`,
      value: e.message ?? '',
    }));
  if (notFound.length) {
    const kind = /^(\w+) probe/.exec(notFound.at(-1)?.message ?? '')?.[1] ?? 'Liveness';
    return [
      finding(
        'PROBE_WRONG_PATH',
        ready ? 'WARNING' : 'CRITICAL',
        `The ${kind.toLowerCase()} probe asks for a path the server does not have (HTTP 404)${kind === 'Liveness' ? ', so Kubernetes keeps restarting a server that works' : kind === 'Readiness' ? ', so the pod never receives traffic' : ''}.`,
        [...evidenceOf(notFound), ...probeEvidence(kind)],
        [object],
      ),
    ];
  }
  const startupKills = events.filter(
    (e) => e.reason === 'Killing' && /failed startup probe/i.test(e.message ?? ''),
  );
  if (startupKills.length && !ready) {
    const failures = unhealthy.filter((e) => /^Startup probe failed/i.test(e.message ?? ''));
    return [
      finding(
        'STARTUP_PROBE_TOO_SHORT',
        'CRITICAL',
        'Kubernetes restarts the model server because its startup probe gives up before the model has loaded, so it never finishes loading.',
        [...evidenceOf(failures), ...evidenceOf(startupKills), ...probeEvidence('Startup')],
        [object],
      ),
    ];
  }
  const livenessKills = events.filter(
    (e) => e.reason === 'Killing' && /failed liveness probe/i.test(e.message ?? ''),
  );
  if (livenessKills.length) {
    const failures = unhealthy.filter((e) => /^Liveness probe failed/i.test(e.message ?? ''));
    return [
      finding(
        'LIVENESS_PROBE_KILLED',
        ready ? 'WARNING' : 'CRITICAL',
        'Kubernetes restarts the model server because its liveness probe fails: the probe gives up sooner than the server answers (while loading or under load).',
        [...evidenceOf(failures), ...evidenceOf(livenessKills), ...probeEvidence('Liveness')],
        [object],
      ),
    ];
  }
  return [];
}

const secondsSince = (iso: string | undefined, now: Date): number => {
  const at = Date.parse(iso ?? '');
  return Number.isNaN(at) ? Number.POSITIVE_INFINITY : (now.getTime() - at) / 1000;
};

/**
 * A ready container that restarted more than once, the last time within the window, after it
 * had served (its last run outlasted the startup allowance). Exits while starting, as in a crash
 * loop that has since been fixed, were findings then and are history now.
 */
function recentRepeat(
  c: ContainerStatus,
  now: Date,
  spec: PodSpec | undefined,
): { age: number; reason: string } | null {
  const last = c.lastState?.terminated;
  if (!last || (c.restartCount ?? 0) < 2) return null;
  const age = secondsSince(last.finishedAt, now);
  const ran = (Date.parse(last.finishedAt ?? '') - Date.parse(last.startedAt ?? '')) / 1000;
  const served = Number.isNaN(ran) || ran >= startupAllowance(spec, c.name);
  return age <= RESTART_WINDOW_SECONDS && served ? { age, reason: last.reason ?? 'Error' } : null;
}

/** 90 → "1 min", 7200 → "2 h", 259200 → "3 days". */
export function formatAge(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'an unknown time';
  if (seconds < 120) return `${Math.max(0, Math.round(seconds))} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} days`;
}

/**
 * Past exits of containers that are ready and serving now: shown with their age as history,
 * never as a problem (a repeat within the window is a finding instead).
 */
export function pastTerminations(input: DiagnosisInput): Evidence[] {
  const notes: Evidence[] = [];
  for (const pod of input.pods) {
    const status = (pod.status ?? {}) as PodStatus;
    for (const [i, c] of (status.containerStatuses ?? []).entries()) {
      const last = c.lastState?.terminated;
      if (!c.ready || !last || recentRepeat(c, input.now, pod.spec as PodSpec | undefined))
        continue;
      const age = secondsSince(last.finishedAt, input.now);
      notes.push({
        source: `Pod/${pod.metadata?.name ?? 'unknown'} status.containerStatuses[${i}].lastState.terminated`,
        value: `${last.reason ?? 'Error'} (exit code ${last.exitCode ?? '?'}) ${formatAge(age)} ago${last.finishedAt ? ` at ${last.finishedAt}` : ''}; ${c.restartCount ?? 0} restart${c.restartCount === 1 ? '' : 's'} in all; ready and serving since`,
      });
    }
  }
  return notes;
}

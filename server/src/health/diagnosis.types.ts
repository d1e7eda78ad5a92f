/** What the diagnosis rules look at: Kubernetes objects as the API returns them, plus logs. */
export interface DiagnosisInput {
  /** The model server runtime, for its own semantics (e.g. a closed port while loading). */
  runtime?: 'VLLM' | 'TGI' | 'LLAMA_CPP' | 'SGLANG' | 'OLLAMA' | undefined;
  deployments: KubeLike[];
  pods: KubeLike[];
  events: EventLike[];
  /** Last log lines per pod, of the crashed container where there is one (`previous=true`). */
  logs?: Record<string, string[]> | undefined;
  /** Now, for ages; tests pass a fixed time. */
  now: Date;
  /**
   * What the health evaluation measured, so that a deployment that is down or degraded for a
   * reason Kubernetes does not show (a hung engine, errors, slowness) still gets a cause.
   */
  signals?: SignalsInput | undefined;
}

/** One pod's answer to the test prompt. */
export interface ProbeOutcome {
  pod: string;
  /** `ok`: answered below 500; `error`: answered 5xx; `timeout`: no answer in time; `refused`: no connection. */
  outcome: 'ok' | 'error' | 'timeout' | 'refused';
  status?: number | undefined;
  /** The first bytes of an error answer, or the connection error. */
  detail?: string | undefined;
  /** How long it took, in milliseconds. */
  ms?: number | undefined;
}

export interface SignalsInput {
  desiredReplicas: number;
  readyReplicas: number;
  synthetic: { checked: number; failed: number; outcomes?: ProbeOutcome[] | undefined } | null;
  /** The test prompt's time limit, in milliseconds. */
  syntheticTimeoutMs?: number | undefined;
  metrics: {
    requestRate: number | null;
    errorRatio: number | null;
    ttftP95: number | null;
    e2eP95: number | null;
    queueDepth: number | null;
    kvCacheUsage: number | null;
  } | null;
  slo: { errorRatio: number | null; ttftP95Ms: number | null };
  /** The evaluation's state and reasons (after hysteresis). */
  state: 'HEALTHY' | 'DEGRADED' | 'DOWN' | 'PROGRESSING' | 'UNKNOWN';
  reasons: string[];
}

export type KubeLike = {
  kind?: string;
  metadata?: { name?: string };
  spec?: unknown;
  status?: unknown;
};

export interface EventLike {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  involvedObject?: { kind?: string; name?: string };
}

/** Crashes the logs or the pod spec name more precisely than CRASH_LOOP. */
const NAMED_CRASHES = [
  'KV_CACHE_TOO_SMALL',
  'GPU_MEMORY_IN_USE',
  'PREFILL_TOKENS_TOO_MANY',
  'HOST_MEMORY_TOO_SMALL',
  'WEIGHTS_DOWNLOAD_FAILED',
  'DISK_FULL',
  'TOO_FEW_GPUS',
  'NCCL_ERROR',
  'MODEL_LOAD_FAILED',
  'UNSUPPORTED_ARCHITECTURE',
  'GPU_UNSUPPORTED_DTYPE',
  'TRUST_REMOTE_CODE_REQUIRED',
  'ENGINE_ARGS_INVALID',
  'GPU_DRIVER_ERROR',
  'GPU_HARDWARE_ERROR',
  'PROBE_WRONG_PATH',
  'LIVENESS_PROBE_KILLED',
  'STARTUP_PROBE_TOO_SHORT',
] as const;

export const CAUSES = [
  'OOM_WHILE_LOADING',
  'OOM_KILLED',
  'CUDA_OUT_OF_MEMORY',
  'NO_GPU_CAPACITY',
  'UNSCHEDULABLE',
  'IMAGE_PULL_FAILED',
  'INVALID_IMAGE_NAME',
  'GATED_MODEL',
  'MODEL_NOT_FOUND',
  'STARTUP_PROBE_GAVE_UP_WHILE_DOWNLOADING',
  'CRASH_LOOP',
  'CONTAINER_ERROR',
  'START_ERROR',
  'CONFIG_ERROR',
  'NOT_READY',
  'EVICTED',
  'NODE_NOT_READY',
  'VOLUME_MOUNT_FAILED',
  'SANDBOX_FAILED',
  'PROGRESS_DEADLINE_EXCEEDED',
  'REPLICAS_UNAVAILABLE',
  ...NAMED_CRASHES,
  'ENGINE_HUNG',
  'ERROR_SPIKE',
  'LATENCY_SLO_BREACH',
  'KV_CACHE_SATURATED',
  'NO_READY_ENDPOINTS',
  'REPEATED_RESTARTS',
  'UNKNOWN',
] as const;
export type Cause = (typeof CAUSES)[number];

/** Causes that mean the container itself cannot run: waiting will not make it serve. */
export const CONTAINER_CANNOT_RUN: ReadonlySet<Cause> = new Set<Cause>([
  'OOM_WHILE_LOADING',
  'OOM_KILLED',
  'CUDA_OUT_OF_MEMORY',
  'IMAGE_PULL_FAILED',
  'INVALID_IMAGE_NAME',
  'GATED_MODEL',
  'MODEL_NOT_FOUND',
  'START_ERROR',
  'CRASH_LOOP',
  'CONTAINER_ERROR',
  'CONFIG_ERROR',
  'STARTUP_PROBE_GAVE_UP_WHILE_DOWNLOADING',
  ...NAMED_CRASHES,
]);

/** One fact behind a finding: where it was read, and what it said. */
export interface Evidence {
  source: string;
  value: string;
}

export interface Finding {
  cause: Cause;
  severity: 'CRITICAL' | 'WARNING';
  title: string;
  /** What happened, in words an on-call engineer can act on. */
  summary: string;
  evidence: Evidence[];
  /** What to do, first step first. */
  runbook: string[];
  /** The objects it is about, e.g. `Pod/chat-7c9d-x2`. */
  objects: string[];
}

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
  'UNKNOWN',
] as const;
export type Cause = (typeof CAUSES)[number];

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

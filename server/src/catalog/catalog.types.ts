export const RUNTIMES = ['VLLM', 'TGI', 'LLAMA_CPP', 'SGLANG', 'OLLAMA'] as const;
export type Runtime = (typeof RUNTIMES)[number];

export const ENVIRONMENTS = ['DEV', 'STAGING', 'PROD'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** A model as the catalog knows it: where its weights come from, pinned to a revision. */
export interface ModelRecord {
  id: string;
  name: string;
  family: string;
  /** `hf://<org>/<repo>` for Hugging Face, `ollama://<name>:<tag>` for the Ollama library. */
  source: string;
  revision: string;
  license: string;
  parameterCountBillions: number;
  contextLength: number;
  gpuMemoryGiB: number;
  createdAt: Date;
}

export interface EnvVar {
  name: string;
  value?: string | undefined;
  /** Secrets only by reference: the value never passes through Backline. */
  secretRef?: { name: string; key: string } | undefined;
}

/** Everything that determines what runs. A release's id is derived from it. */
export interface ReleaseSpec {
  modelName: string;
  runtime: Runtime;
  image: string;
  model: { source: string; revision: string };
  engine: {
    maxModelLength?: number | undefined;
    tensorParallelSize?: number | undefined;
    gpuMemoryUtilization?: number | undefined;
    dtype?: string | undefined;
    quantization?: string | undefined;
    extraArgs?: string[] | undefined;
  };
  resources: { gpus: number; gpuProduct?: string | undefined; cpu: string; memory: string };
  env: EnvVar[];
  /** Seconds the model may take to load before the startup probe gives up. */
  expectedLoadSeconds: number;
}

/** Where and how a release runs: the parts of a deployment the templates need. */
export interface Placement {
  namespace: string;
  name: string;
  environment: Environment;
  replicas: number;
  /** `stable`, or `canary` for the `<name>-canary` Deployment beside it. */
  track: 'stable' | 'canary';
  releaseId: string;
  /** How Kubernetes replaces pods: one at a time (the default) or all at once. */
  updateStrategy?: 'RollingUpdate' | 'Recreate' | undefined;
}

/** What Backline knows of a model deployment's objects in the cluster, in its own terms. */
export interface LiveCondition {
  type: string;
  status: string;
  reason: string | null;
  message: string | null;
  lastTransitionTime: string | null;
}

export interface LiveDeployment {
  name: string;
  track: string;
  releaseId: string | null;
  generation: number;
  observedGeneration: number;
  desiredReplicas: number;
  readyReplicas: number;
  updatedReplicas: number;
  availableReplicas: number;
  conditions: LiveCondition[];
  /** The object as the API server has it, for drift detection. */
  raw: Record<string, unknown>;
}

export interface LiveContainer {
  name: string;
  ready: boolean;
  restartCount: number;
  state: 'RUNNING' | 'WAITING' | 'TERMINATED' | 'UNKNOWN';
  reason: string | null;
  message: string | null;
  exitCode: number | null;
  lastTerminationReason: string | null;
}

export interface LivePod {
  name: string;
  phase: string;
  ready: boolean;
  restarts: number;
  node: string | null;
  gpus: number;
  releaseId: string | null;
  track: string | null;
  createdAt: string | null;
  containers: LiveContainer[];
  conditions: LiveCondition[];
  /** The object as the API server has it, for diagnosis. */
  raw: Record<string, unknown>;
}

export interface LiveEvent {
  type: string;
  reason: string;
  message: string;
  object: string;
  count: number;
  lastSeen: string | null;
}

export interface LiveWorkload {
  deployments: LiveDeployment[];
  pods: LivePod[];
  events: LiveEvent[];
}

import type { Actor } from '../audit/index.ts';
import type { Environment, Runtime } from '../catalog/index.ts';
import type { Work } from '../store/index.ts';

export const STRATEGIES = ['CANARY', 'ROLLING', 'RECREATE'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface DeploymentRecord {
  id: string;
  namespace: string;
  name: string;
  environment: Environment;
  releaseId: string;
  replicas: number;
  strategy: Strategy;
  sloErrorRatio: number | null;
  sloTtftP95Ms: number | null;
  generation: number;
  appliedGeneration: number;
  lastAppliedAt: Date | null;
  lastApplyError: string | null;
  deleting: boolean;
  /**
   * While a rollout runs: the release the stable Deployment keeps (null: `releaseId`), and the
   * `<name>-canary` Deployment's release (null: none) and replicas, taken from `replicas`.
   */
  stableReleaseId: string | null;
  canaryReleaseId: string | null;
  canaryReplicas: number;
  /**
   * The Gateway whose HTTPRoute carries the deployment's requests (null: none). With one, a
   * canary's share is set by the route's weights, not by its share of the replicas.
   */
  gateway: GatewayRef | null;
  /** The share of requests (0–100) the route gives the canary track. */
  canaryWeight: number;
  /** The share of requests (1–100) the route copies to the canary, answers discarded; null: none. */
  mirrorPercent: number | null;
  /** Whether the route and the per-track Services are applied (the reconciler's record). */
  routeApplied: boolean;
  /** Set when Backline adopted a model server a team ran: the shape it keeps. Null otherwise. */
  adopted: AdoptedWorkload | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
}

/** A Gateway API Gateway, by namespace and name. */
export interface GatewayRef {
  namespace: string;
  name: string;
}

/**
 * What Backline keeps of a model server it adopted. Kubernetes never lets a Deployment's selector
 * change, and a changed pod template restarts every pod: so the live selector is kept for good,
 * and the live pod template is applied unchanged for as long as the release imported at
 * adoption runs. The first rollout to another release renders Backline's own template (with the
 * selector's labels added).
 */
export interface AdoptedWorkload {
  /** The release imported at adoption, pinned to the image digest the pods ran. */
  releaseId: string;
  /** `spec.selector.matchLabels` as it was. */
  selector: Record<string, string>;
  /** `spec.template` as it ran. */
  template: Record<string, unknown>;
  /** Field managers that had set the Deployment's fields before (Helm, Argo CD, kubectl…). */
  previousManagers: string[];
  /** The `app.kubernetes.io/managed-by` label it had (null: none), given back on release. */
  managedByLabel: string | null;
  /** What discovery had recognised of it: it is observed under this again once handed back. */
  observed: ObservedWorkload;
  /** ISO time and who adopted it. */
  at: string;
  by: string;
}

/**
 * What discovery recognised of a model server Backline watches without managing: its workload,
 * runtime, model and GPUs, read from the cluster and never written back.
 */
export interface ObservedWorkload {
  kind: 'Deployment' | 'StatefulSet';
  runtime: Runtime;
  /** The container that runs the engine. */
  container: string;
  image: string;
  /** The model as the runtime names it (a Hugging Face repository, a GGUF path, an Ollama tag). */
  model: string | null;
  /** The model as a catalog source (`hf://org/repo`, `ollama://name:tag`) when it is one. */
  modelSource: string | null;
  /** The name clients ask for, when the arguments set one apart from the model. */
  servedModelName: string | null;
  port: number;
  gpusPerReplica: number;
  /** The GPU product the pods are scheduled onto, from a node selector or node affinity. */
  gpuProduct: string | null;
  tensorParallelSize: number | null;
  /** Why it is taken for this runtime, strongest sign first: shown to the user as it is. */
  evidence: string[];
  /** The workload's pod selector (`spec.selector.matchLabels`): how its pods are found. */
  selector: Record<string, string>;
}

/**
 * A model server Backline observes: health, incidents, paging and the status page work for it
 * as for a managed one, and Backline applies nothing to it. It has no release.
 */
export interface ObservedDeploymentRecord
  extends Pick<
    DeploymentRecord,
    | 'id'
    | 'namespace'
    | 'name'
    | 'environment'
    | 'replicas'
    | 'strategy'
    | 'sloErrorRatio'
    | 'sloTtftP95Ms'
    | 'createdAt'
    | 'updatedAt'
    | 'createdBy'
  > {
  managed: false;
  observed: ObservedWorkload;
}

/** A managed deployment or an observed one, for what reads both: health, the API's lists. */
export type AnyDeploymentRecord = DeploymentRecord | ObservedDeploymentRecord;

export function isObserved(record: AnyDeploymentRecord): record is ObservedDeploymentRecord {
  return 'managed' in record && record.managed === false;
}

export interface RevisionRecord {
  deploymentId: string;
  revision: number;
  releaseId: string;
  createdAt: Date;
  createdBy: string;
  reason: string | null;
}

/** One entry of a deployment's timeline: something that happened to it besides a new revision. */
export interface TimelineEntry {
  at: Date;
  /** `RECREATED`: objects were missing from the cluster and the reconciler applied them again. */
  kind: 'RECREATED';
  message: string;
  actor: string;
  /** `Kind/name` of the objects concerned. */
  objects: string[];
}

export const DEPLOYMENT_TOPIC = 'deployment.changed';
/** Desired state changed: the leader's reconciler, on whichever replica, applies it. */
export const DESIRED_STATE_TOPIC = 'deployment.desired';

export interface DeploymentChanged {
  namespace: string;
  name: string;
}

/** Canary steps as deployRelease takes them. */
export interface StepInput {
  weightPercent: number;
  analysisSeconds?: number | null | undefined;
  mirrorPercent?: number | null | undefined;
}

/**
 * How the rollouts domain takes part in a deployment's changes, inside their transactions
 * (so a rollout and the desired state it drives commit together). Each returns what to do
 * once the transaction has committed.
 */
export interface RolloutHooks {
  /** An existing deployment moves to another release: start a rollout, shaping the desired state. */
  releaseChanged(
    work: Work,
    change: {
      actor: Actor;
      previous: DeploymentRecord;
      saved: DeploymentRecord;
      canarySteps: StepInput[] | null;
      analysisSeconds: number | null;
      /** Requests a step needs before its ratios count; 0 makes the metrics checks optional. */
      minimumRequests: number | null;
      /** What a step whose window ends without enough evidence does. */
      onInconclusive: 'PAUSE' | 'ROLL_BACK' | null;
    },
  ): Promise<{ record: DeploymentRecord; afterCommit: () => void }>;
  /** A person rolled the deployment back: a rollout under way ends with it. */
  rolledBackByHand(
    work: Work,
    change: { actor: Actor; record: DeploymentRecord; reason: string },
  ): Promise<(() => void) | null>;
}

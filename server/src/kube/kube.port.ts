/**
 * What Backline's domains need from Kubernetes, in their own terms. Only the kube
 * adapter imports @kubernetes/client-node.
 */
/** The field manager Backline applies its objects as (server-side apply). */
export const FIELD_MANAGER = 'backline';

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
}

export type JsonPatchOperation =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string };

export interface KubeManifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace: string; [key: string]: unknown };
  [key: string]: unknown;
}

export type KubeErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHORIZED'
  | 'CONFLICT'
  | 'INVALID'
  | 'GONE'
  | 'UNAVAILABLE'
  | 'UNKNOWN';

/** A refusal from the API server, with its own message and a hint for the user. */
export class KubeError extends Error {
  readonly code: KubeErrorCode;
  readonly status: number;
  readonly hint: string;
  constructor(code: KubeErrorCode, status: number, message: string, hint: string) {
    super(message);
    this.name = 'KubeError';
    this.code = code;
    this.status = status;
    this.hint = hint;
  }
}

export interface NodeTaint {
  key: string;
  value: string | null;
  effect: string;
}

/** A node as capacity needs it, from the cluster-scoped Node object. */
export interface KubeNode {
  name: string;
  labels: Record<string, string>;
  /** Cordoned (`spec.unschedulable`). */
  unschedulable: boolean;
  /** Its Ready condition is True. */
  ready: boolean;
  taints: NodeTaint[];
  /** `status.allocatable`, as quantities. */
  allocatable: Record<string, string>;
}

export interface ClusterClient {
  /** Every node of the cluster: a cluster-scoped read, which needs a ClusterRole. */
  listNodes(): Promise<KubeNode[]>;
  /** Every object of a namespaced kind in all namespaces: needs a ClusterRole. */
  listAllNamespaces(apiVersion: string, kind: string): Promise<KubeManifest[]>;
  /** Server-side apply with field manager `backline`, taking ownership of conflicting fields. */
  apply(manifest: KubeManifest, options?: { dryRun?: boolean }): Promise<KubeManifest>;
  read(ref: ObjectRef): Promise<KubeManifest | null>;
  /**
   * Removes field manager `backline` from the object's managedFields and leaves every field as it
   * is (server-side apply cannot: applying less removes what only it set). A JSON patch that
   * tests each entry it removes, so a concurrent change makes it fail rather than remove
   * another's. Returns the object, or null when it is gone.
   */
  removeFieldManager(ref: ObjectRef): Promise<KubeManifest | null>;
  /**
   * Makes `backline` the only manager of the object's fields by removing every other manager's
   * entry (those of a subresource, such as the controllers' status, stay): fields Backline stops
   * applying are then removed, not left behind by a previous owner. The same JSON patch.
   */
  takeSoleOwnership(ref: ObjectRef): Promise<KubeManifest | null>;
  /** A JSON patch (RFC 6902) as field manager `backline`. */
  patchJson(ref: ObjectRef, operations: JsonPatchOperation[]): Promise<KubeManifest>;
  /** Every object of a kind in a namespace, as the API server has them. */
  list(apiVersion: string, kind: string, namespace: string): Promise<KubeManifest[]>;
  /** Deletes the object; an object already gone is not an error. */
  delete(ref: ObjectRef): Promise<void>;
  /** The last lines a container wrote; `previous` for the one that crashed before. */
  podLogs(
    namespace: string,
    pod: string,
    options: { container?: string; previous?: boolean; tailLines: number },
  ): Promise<string[]>;
  /** An HTTP request to a pod's port through the API server's pods/proxy subresource. */
  podProxy(
    namespace: string,
    pod: string,
    port: number,
    request: { method: 'GET' | 'POST'; path: string; body?: string; timeoutMs: number },
  ): Promise<{ status: number; body: string }>;
}

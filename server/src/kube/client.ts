import {
  ApiException,
  type KubeConfig,
  type KubernetesObject,
  KubernetesObjectApi,
  PatchStrategy,
} from '@kubernetes/client-node';
import {
  type ClusterClient,
  FIELD_MANAGER,
  type JsonPatchOperation,
  KubeError,
  type KubeErrorCode,
  type KubeManifest,
  type KubeNode,
  type ObjectRef,
} from './kube.port.ts';
import { nodeOf } from './nodes.ts';
import { rawRequest } from './raw-request.ts';

const HINTS: Record<KubeErrorCode, string> = {
  NOT_FOUND: 'Check that the namespace exists and Backline manages it.',
  FORBIDDEN:
    "Backline's service account lacks this permission; see the RBAC in k8s/ or the Helm chart.",
  UNAUTHORIZED:
    'The cluster refused Backline’s credentials; check the kubeconfig or service account token.',
  CONFLICT: 'Someone changed the object at the same time; Backline will apply again.',
  INVALID: 'The cluster rejected the object as invalid; the message names the field.',
  GONE: 'The cluster has moved on; Backline will list again.',
  UNAVAILABLE: 'The Kubernetes API server is not answering; Backline will retry.',
  UNKNOWN: 'See the message from the API server.',
};

function codeOf(status: number): KubeErrorCode {
  switch (status) {
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 410:
      return 'GONE';
    case 400:
    case 422:
      return 'INVALID';
    default:
      return status >= 500 || status === 0 ? 'UNAVAILABLE' : 'UNKNOWN';
  }
}

/** Turns the client's exceptions into KubeError with the API server's own message. */
export function translateKubeError(error: unknown): KubeError {
  if (error instanceof KubeError) return error;
  if (error instanceof ApiException) {
    const status = Number(error.code);
    let message = error.message;
    try {
      const body = typeof error.body === 'string' ? JSON.parse(error.body) : error.body;
      if (body && typeof body.message === 'string') message = body.message;
    } catch {
      // The body was not a Status; keep the client's message.
    }
    const code = codeOf(status);
    return new KubeError(code, status, message, HINTS[code]);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new KubeError('UNAVAILABLE', 0, message, HINTS.UNAVAILABLE);
}

function header(
  ref: ObjectRef,
): KubernetesObject & { metadata: { name: string; namespace: string } } {
  return {
    apiVersion: ref.apiVersion,
    kind: ref.kind,
    metadata: { name: ref.name, namespace: ref.namespace },
  };
}

export class KubernetesClusterClient implements ClusterClient {
  readonly #objects: KubernetesObjectApi;
  readonly #kubeConfig: KubeConfig;

  constructor(kubeConfig: KubeConfig) {
    this.#kubeConfig = kubeConfig;
    this.#objects = KubernetesObjectApi.makeApiClient(kubeConfig);
  }

  async podLogs(
    namespace: string,
    pod: string,
    options: { container?: string; previous?: boolean; tailLines: number },
  ): Promise<string[]> {
    const query = new URLSearchParams({ tailLines: String(options.tailLines) });
    if (options.container) query.set('container', options.container);
    if (options.previous) query.set('previous', 'true');
    const response = await rawRequest(
      this.#kubeConfig,
      'GET',
      `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log?${query}`,
      { timeoutMs: 5000, maxBytes: 256 * 1024 },
    );
    if (response.status >= 400) {
      // No previous container, or the pod is gone: no lines rather than an error.
      if (response.status === 400 || response.status === 404) return [];
      throw translateKubeError(new ApiException(response.status, response.body, response.body, {}));
    }
    return response.body.split('\n').filter((line) => line.length > 0);
  }

  async podProxy(
    namespace: string,
    pod: string,
    port: number,
    request: { method: 'GET' | 'POST'; path: string; body?: string; timeoutMs: number },
  ): Promise<{ status: number; body: string }> {
    const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}:${port}/proxy${request.path}`;
    return rawRequest(this.#kubeConfig, request.method, path, {
      timeoutMs: request.timeoutMs,
      ...(request.body ? { body: request.body } : {}),
    });
  }

  async apply(manifest: KubeManifest, options: { dryRun?: boolean } = {}): Promise<KubeManifest> {
    try {
      const applied = await this.#objects.patch(
        manifest as KubernetesObject,
        undefined,
        options.dryRun ? 'All' : undefined,
        FIELD_MANAGER,
        true,
        PatchStrategy.ServerSideApply,
      );
      return applied as KubeManifest;
    } catch (error) {
      throw translateKubeError(error);
    }
  }

  async read(ref: ObjectRef): Promise<KubeManifest | null> {
    try {
      return (await this.#objects.read<KubernetesObject>(header(ref))) as KubeManifest;
    } catch (error) {
      const translated = translateKubeError(error);
      if (translated.code === 'NOT_FOUND') return null;
      throw translated;
    }
  }

  async patchJson(ref: ObjectRef, operations: JsonPatchOperation[]): Promise<KubeManifest> {
    const base = ref.apiVersion.includes('/')
      ? `/apis/${ref.apiVersion}`
      : `/api/${ref.apiVersion}`;
    const plural = `${ref.kind.toLowerCase()}s`;
    const response = await rawRequest(
      this.#kubeConfig,
      'PATCH',
      `${base}/namespaces/${encodeURIComponent(ref.namespace)}/${plural}/${encodeURIComponent(ref.name)}?fieldManager=${FIELD_MANAGER}`,
      {
        body: JSON.stringify(operations),
        contentType: 'application/json-patch+json',
        timeoutMs: 10_000,
      },
    );
    if (response.status >= 400)
      throw translateKubeError(new ApiException(response.status, response.body, response.body, {}));
    return JSON.parse(response.body) as KubeManifest;
  }

  removeFieldManager(ref: ObjectRef): Promise<KubeManifest | null> {
    return this.#removeEntries(ref, (e) => e.manager === FIELD_MANAGER);
  }

  takeSoleOwnership(ref: ObjectRef): Promise<KubeManifest | null> {
    return this.#removeEntries(ref, (e) => e.manager !== FIELD_MANAGER && !e.subresource);
  }

  /** Removes the managedFields entries `remove` picks, testing each so a race fails instead. */
  async #removeEntries(
    ref: ObjectRef,
    remove: (entry: { manager?: string; subresource?: string }) => boolean,
  ): Promise<KubeManifest | null> {
    const live = await this.read(ref);
    if (!live) return null;
    const entries =
      (live.metadata as { managedFields?: { manager?: string; subresource?: string }[] })
        .managedFields ?? [];
    const operations: JsonPatchOperation[] = [];
    // From the last, so the indexes of those still to remove do not move.
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (!entry || !remove(entry)) continue;
      operations.push(
        { op: 'test', path: `/metadata/managedFields/${i}/manager`, value: entry.manager },
        { op: 'remove', path: `/metadata/managedFields/${i}` },
      );
    }
    if (!operations.length) return live;
    // Removing every entry would leave an empty list, which the API server ignores.
    if (operations.length / 2 === entries.length)
      return this.patchJson(ref, [{ op: 'replace', path: '/metadata/managedFields', value: [{}] }]);
    return this.patchJson(ref, operations);
  }

  async list(apiVersion: string, kind: string, namespace: string): Promise<KubeManifest[]> {
    try {
      const list = await this.#objects.list(apiVersion, kind, namespace);
      return list.items as KubeManifest[];
    } catch (error) {
      throw translateKubeError(error);
    }
  }

  async listNodes(): Promise<KubeNode[]> {
    try {
      const list = await this.#objects.list('v1', 'Node');
      return list.items.map((n) => nodeOf(n as unknown as Record<string, unknown>));
    } catch (error) {
      throw translateKubeError(error);
    }
  }

  async listAllNamespaces(apiVersion: string, kind: string): Promise<KubeManifest[]> {
    try {
      const list = await this.#objects.list(apiVersion, kind);
      return list.items as KubeManifest[];
    } catch (error) {
      throw translateKubeError(error);
    }
  }

  async delete(ref: ObjectRef): Promise<void> {
    try {
      await this.#objects.delete(
        header(ref),
        undefined,
        undefined,
        undefined,
        undefined,
        'Background',
      );
    } catch (error) {
      const translated = translateKubeError(error);
      if (translated.code !== 'NOT_FOUND') throw translated;
    }
  }
}

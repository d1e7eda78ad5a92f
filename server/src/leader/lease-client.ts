import {
  CoordinationV1Api,
  type KubeConfig,
  Observable,
  type ObservableMiddleware,
  type RequestContext,
  type ResponseContext,
  type V1Lease,
  V1MicroTime,
} from '@kubernetes/client-node';
import { type KubeError, translateKubeError } from '../kube/index.ts';
import { type LeaseRecord, parseMicroTime } from './lease-record.ts';

export interface ObservedLease {
  record: LeaseRecord;
  resourceVersion: string;
}

/** Reads and writes one Lease with optimistic concurrency; every failure is a KubeError. */
export class LeaseClient {
  readonly #api: CoordinationV1Api;
  readonly #namespace: string;
  readonly #name: string;

  constructor(kubeConfig: KubeConfig, namespace: string, name: string) {
    this.#api = kubeConfig.makeApiClient(CoordinationV1Api);
    this.#namespace = namespace;
    this.#name = name;
  }

  /** The lease, or null when it does not exist. */
  async read(timeoutMs: number): Promise<ObservedLease | null> {
    try {
      const lease = await this.#api.readNamespacedLease(
        { name: this.#name, namespace: this.#namespace },
        withTimeout(timeoutMs),
      );
      return observed(lease);
    } catch (error) {
      const translated = translateKubeError(error);
      if (translated.code === 'NOT_FOUND') return null;
      throw translated;
    }
  }

  /** Creates the lease; a CONFLICT KubeError means another candidate created it first. */
  async create(record: LeaseRecord, timeoutMs: number): Promise<ObservedLease> {
    return this.#call(() =>
      this.#api.createNamespacedLease(
        { namespace: this.#namespace, body: this.#body(record) },
        withTimeout(timeoutMs),
      ),
    );
  }

  /**
   * Replaces the lease if it is still at `resourceVersion`; a CONFLICT KubeError means
   * someone else wrote it since it was read.
   */
  async update(
    record: LeaseRecord,
    resourceVersion: string,
    timeoutMs: number,
  ): Promise<ObservedLease> {
    return this.#call(() =>
      this.#api.replaceNamespacedLease(
        {
          name: this.#name,
          namespace: this.#namespace,
          body: this.#body(record, resourceVersion),
        },
        withTimeout(timeoutMs),
      ),
    );
  }

  async #call(request: () => Promise<V1Lease>): Promise<ObservedLease> {
    try {
      return observed(await request());
    } catch (error) {
      throw translateKubeError(error) satisfies KubeError;
    }
  }

  #body(record: LeaseRecord, resourceVersion?: string): V1Lease {
    return {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: {
        name: this.#name,
        namespace: this.#namespace,
        ...(resourceVersion ? { resourceVersion } : {}),
      },
      spec: {
        holderIdentity: record.holderIdentity,
        leaseDurationSeconds: record.leaseDurationSeconds,
        leaseTransitions: record.leaseTransitions,
        // V1MicroTime serialises with six fractional digits, as the API server expects.
        ...(record.acquireTimeMs !== null
          ? { acquireTime: new V1MicroTime(record.acquireTimeMs) }
          : {}),
        ...(record.renewTimeMs !== null ? { renewTime: new V1MicroTime(record.renewTimeMs) } : {}),
      },
    };
  }
}

/** Aborts a request that has not answered in time, so a hung connection cannot stall the elector. */
function withTimeout(timeoutMs: number): {
  middleware: ObservableMiddleware[];
  middlewareMergeStrategy: 'append';
} {
  return {
    middleware: [
      {
        pre: (context: RequestContext) => {
          context.setSignal(AbortSignal.timeout(Math.max(1, Math.round(timeoutMs))));
          return new Observable(Promise.resolve(context));
        },
        post: (context: ResponseContext) => new Observable(Promise.resolve(context)),
      },
    ],
    middlewareMergeStrategy: 'append',
  };
}

/** The client leaves MicroTime fields as the server's strings when reading; accept both. */
function millis(value: Date | string | undefined): number | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.getTime();
  return parseMicroTime(String(value));
}

function observed(lease: V1Lease): ObservedLease {
  const spec = lease.spec ?? {};
  return {
    resourceVersion: lease.metadata?.resourceVersion ?? '',
    record: {
      holderIdentity: spec.holderIdentity ?? '',
      leaseDurationSeconds: spec.leaseDurationSeconds ?? 0,
      acquireTimeMs: millis(spec.acquireTime),
      renewTimeMs: millis(spec.renewTime),
      leaseTransitions: spec.leaseTransitions ?? 0,
    },
  };
}

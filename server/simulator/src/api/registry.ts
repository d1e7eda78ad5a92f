import { randomUUID } from 'node:crypto';
import canonicalJson from 'safe-stable-stringify';
import type { SimClock } from '../clock.ts';
import type { ObjectStore } from '../store/store.ts';
import type { KubeObject } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import { admitCrd, CRD_CLEANUP, isCrdStorage, ResourceCatalog } from './crd.ts';
import { applyDefaults } from './defaults.ts';
import type { StatusCause } from './errors.ts';
import {
  ApiError,
  alreadyExists,
  conflict,
  forbidden,
  invalid,
  namespaceNotFound,
  notFound,
} from './errors.ts';
import type { ResourceDef } from './resources.ts';
import { apiVersionOf, R, RESOURCES } from './resources.ts';
import { applySchemaDefaults, validateSchema } from './schema.ts';
import { FieldErrors, validateObject } from './validation.ts';

const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const GENERATION_KINDS = new Set([
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
]);
const STATUS_KINDS = new Set(
  RESOURCES.filter((r) => r.subresources.includes('status')).map((r) => r.kind),
);

/** Whether writes to the main resource leave status alone (kinds with a status subresource). */
function hasStatus(def: ResourceDef): boolean {
  return def.custom ? def.subresources.includes('status') : STATUS_KINDS.has(def.kind);
}

/** Whether metadata.generation counts spec changes (custom resources always do). */
function hasGeneration(def: ResourceDef): boolean {
  return def.custom !== undefined || GENERATION_KINDS.has(def.kind);
}

const EXTENDED_RESOURCE = /^[^/]+\/.+$/;

/**
 * The ExtendedResourceToleration admission plugin (enabled on GKE, off by default upstream): a
 * pod that requests an extended resource such as nvidia.com/gpu gets a toleration for the taint
 * of that name, so it can run on the nodes that carry it.
 */
export function tolerateExtendedResources(pod: KubeObject): void {
  const spec = isRecord(pod.spec) ? pod.spec : undefined;
  if (!spec) return;
  const names = new Set<string>();
  const containers = [
    ...(Array.isArray(spec.containers) ? spec.containers : []),
    ...(Array.isArray(spec.initContainers) ? spec.initContainers : []),
  ];
  for (const c of containers) {
    const resources = isRecord(c) && isRecord(c.resources) ? c.resources : {};
    for (const list of [resources.requests, resources.limits]) {
      if (!isRecord(list)) continue;
      for (const name of Object.keys(list)) {
        if (EXTENDED_RESOURCE.test(name) && !name.includes('kubernetes.io/')) names.add(name);
      }
    }
  }
  if (names.size === 0) return;
  const tolerations = Array.isArray(spec.tolerations) ? [...spec.tolerations] : [];
  for (const name of [...names].sort()) {
    const covered = tolerations.some(
      (t) =>
        isRecord(t) &&
        t.key === name &&
        t.operator === 'Exists' &&
        (t.effect === 'NoSchedule' || t.effect === undefined),
    );
    if (!covered) tolerations.push({ key: name, operator: 'Exists', effect: 'NoSchedule' });
  }
  spec.tolerations = tolerations;
}

export interface AdmissionOptions {
  /** Add the toleration for each requested extended resource (GKE's behaviour). */
  extendedResourceToleration?: boolean;
}

export function randomSuffix(length = 5): string {
  let out = '';
  for (let i = 0; i < length; i++)
    out += NAME_ALPHABET[Math.floor(Math.random() * NAME_ALPHABET.length)];
  return out;
}

export interface WriteOptions {
  dryRun?: boolean;
  /** Write to the status subresource: only status changes are kept. */
  subresource?: 'status';
  /** Controllers write without validation. */
  skipValidation?: boolean;
}

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface DeleteOptions {
  dryRun?: boolean;
  propagationPolicy?: PropagationPolicy;
  gracePeriodSeconds?: number;
  preconditions?: { uid?: string; resourceVersion?: string };
}

export interface DeleteResult {
  object: KubeObject;
  /** True when the object is gone; false when it is only marked for deletion. */
  removed: boolean;
}

/**
 * Everything but metadata (and status, unless `withStatus`), in canonical form: key order is not
 * a change.
 */
function specOf(obj: KubeObject, withStatus = false): string {
  const { metadata: _m, status, apiVersion: _a, kind: _k, ...rest } = obj;
  return canonicalJson(withStatus ? { ...rest, status } : rest);
}

/**
 * The write path every request and controller goes through: defaults, validation, namespaces,
 * generation, optimistic concurrency and deletion (graceful, finalizers, propagation).
 */
export class Registry {
  readonly store: ObjectStore;
  readonly clock: SimClock;
  private clusterIpCounter = 10;
  private readonly admission: AdmissionOptions;
  /** The kinds served, the custom ones following the CustomResourceDefinitions in the store. */
  readonly catalog = new ResourceCatalog();

  constructor(store: ObjectStore, clock: SimClock, admission: AdmissionOptions = {}) {
    this.store = store;
    this.clock = clock;
    this.admission = admission;
    this.catalog.load(store.list(R.customresourcedefinitions));
    store.subscribe((event) => {
      if (isCrdStorage(event.resource)) this.catalog.load(store.list(event.resource));
    });
  }

  /** The version objects of a resource are stored in (autoscaling/v1 HPAs are kept as v2). */
  private storedAs(def: ResourceDef): ResourceDef {
    return def.group === 'autoscaling' || def.custom ? this.catalog.byStorage(def.storage) : def;
  }

  /** Kind-specific admission and validation, including a custom kind's schema. */
  private check(def: ResourceDef, obj: KubeObject, old?: KubeObject): StatusCause[] {
    const causes = validateObject(def, obj, old);
    if (def.custom?.schema) {
      const errors = new FieldErrors();
      validateSchema(def.custom.schema, obj, '', errors);
      causes.push(...errors.causes);
    }
    if (isCrdStorage(def.storage) && causes.length === 0) {
      const others = this.store.list(def.storage);
      causes.push(...admitCrd(obj, others, this.clock.timestamp(), old));
    }
    return causes;
  }

  private defaults(def: ResourceDef, obj: KubeObject, creating: boolean): void {
    if (def.custom?.schema) applySchemaDefaults(def.custom.schema, obj);
    else if (!def.custom) applyDefaults(def.kind, obj, creating);
  }

  get(def: ResourceDef, namespace: string | undefined, name: string): KubeObject {
    const obj = this.store.get(def.storage, def.namespaced ? namespace : undefined, name);
    if (!obj) throw notFound(def, name);
    return obj;
  }

  create(
    def: ResourceDef,
    namespace: string | undefined,
    input: KubeObject,
    options: WriteOptions = {},
  ): KubeObject {
    const obj = structuredClone(input);
    obj.apiVersion = apiVersionOf(this.storedAs(def));
    obj.kind = def.kind;
    const meta = obj.metadata;
    if (def.namespaced) meta.namespace = namespace;
    else delete meta.namespace;
    if (!meta.name && meta.generateName) meta.name = `${meta.generateName}${randomSuffix()}`;
    if (def.kind === 'Pod' && this.admission.extendedResourceToleration) {
      tolerateExtendedResources(obj);
    }
    if (def.custom && hasStatus(def)) delete obj.status;
    this.defaults(def, obj, true);
    if (isCrdStorage(def.storage)) {
      delete obj.status;
      meta.finalizers = [...new Set([...(meta.finalizers ?? []), CRD_CLEANUP])];
    }
    if (!options.skipValidation || isCrdStorage(def.storage)) {
      const causes = this.check(def, obj);
      if (causes.length > 0) throw invalid(def, meta.name ?? meta.generateName ?? '', causes);
    }
    const name = meta.name ?? '';
    if (def.namespaced) {
      const ns = this.store.get(R.namespaces, undefined, namespace ?? '');
      if (!ns) throw namespaceNotFound(namespace ?? '');
      if (ns.metadata.deletionTimestamp) {
        throw forbidden(
          `${def.group ? `${def.resource}.${def.group}` : def.resource} "${name}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`,
          { name, ...(def.group ? { group: def.group } : {}), kind: def.resource },
        );
      }
    }
    if (
      def.custom &&
      this.store.get(R.customresourcedefinitions, undefined, def.custom.crd)?.metadata
        .deletionTimestamp
    ) {
      throw new ApiError(
        405,
        'MethodNotAllowed',
        'create not allowed while custom resource definition is terminating',
        { group: def.group, kind: def.resource },
      );
    }
    if (this.store.get(def.storage, meta.namespace, name)) throw alreadyExists(def, name);
    meta.uid = randomUUID();
    meta.creationTimestamp = this.clock.timestamp();
    delete meta.resourceVersion;
    delete meta.deletionTimestamp;
    if (hasGeneration(def)) meta.generation = 1;
    if (def.kind === 'Service') this.allocateClusterIp(obj);
    if (options.dryRun) return obj;
    return this.store.put(def.storage, obj);
  }

  update(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    input: KubeObject,
    options: WriteOptions = {},
  ): KubeObject {
    const old = this.get(def, namespace, name);
    const obj = structuredClone(input);
    obj.apiVersion = apiVersionOf(this.storedAs(def));
    obj.kind = def.kind;
    const wanted = obj.metadata.resourceVersion;
    if (wanted && wanted !== old.metadata.resourceVersion) throw conflict(def, name);
    const meta = obj.metadata;
    meta.name = old.metadata.name;
    meta.uid = old.metadata.uid;
    meta.creationTimestamp = old.metadata.creationTimestamp;
    if (def.namespaced) meta.namespace = old.metadata.namespace;
    if (old.metadata.deletionTimestamp) {
      meta.deletionTimestamp = old.metadata.deletionTimestamp;
      if (old.metadata.deletionGracePeriodSeconds !== undefined) {
        meta.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds;
      }
    }
    if (options.subresource === 'status') {
      const merged: KubeObject = {
        ...old,
        status: obj.status,
        metadata: {
          ...old.metadata,
          ...(obj.metadata.managedFields ? { managedFields: obj.metadata.managedFields } : {}),
        },
      };
      return this.finishUpdate(def, old, merged, options);
    }
    if (hasStatus(def) && 'status' in old) obj.status = old.status;
    else if (def.custom && hasStatus(def)) delete obj.status;
    this.defaults(def, obj, false);
    if (!options.skipValidation || isCrdStorage(def.storage)) {
      const causes = this.check(def, obj, old);
      if (causes.length > 0) throw invalid(def, name, causes);
    }
    if (hasGeneration(def)) {
      const generation = old.metadata.generation ?? 1;
      // A custom kind without a status subresource counts status changes too, as upstream.
      const withStatus = def.custom !== undefined && !hasStatus(def);
      meta.generation =
        specOf(old, withStatus) === specOf(obj, withStatus) ? generation : generation + 1;
    }
    if (def.kind === 'Service' && isRecord(obj.spec) && isRecord(old.spec) && !obj.spec.clusterIP) {
      obj.spec.clusterIP = old.spec.clusterIP;
      obj.spec.clusterIPs = old.spec.clusterIPs;
    }
    return this.finishUpdate(def, old, obj, options);
  }

  private finishUpdate(
    def: ResourceDef,
    old: KubeObject,
    obj: KubeObject,
    options: WriteOptions,
  ): KubeObject {
    if (options.dryRun)
      return {
        ...obj,
        metadata: { ...obj.metadata, resourceVersion: old.metadata.resourceVersion },
      };
    if (
      obj.metadata.deletionTimestamp &&
      (obj.metadata.finalizers ?? []).length === 0 &&
      def.kind !== 'Pod'
    ) {
      return this.store.remove(def.storage, obj.metadata.namespace, obj.metadata.name ?? '') ?? obj;
    }
    return this.store.put(def.storage, obj);
  }

  /** Controller write: the whole object as given, without validation or precondition. */
  write(storage: string, obj: KubeObject): KubeObject {
    return this.store.put(storage, obj);
  }

  delete(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    options: DeleteOptions = {},
  ): DeleteResult {
    const old = this.get(def, namespace, name);
    const pre = options.preconditions;
    if (pre?.uid && pre.uid !== old.metadata.uid) {
      throw new ApiError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${def.group ? `${def.resource}.${def.group}` : def.resource} "${name}": Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${old.metadata.uid}`,
        { name, ...(def.group ? { group: def.group } : {}), kind: def.resource },
      );
    }
    if (pre?.resourceVersion && pre.resourceVersion !== old.metadata.resourceVersion)
      throw conflict(def, name);
    const policy = options.propagationPolicy ?? 'Background';
    const next = structuredClone(old);
    const meta = next.metadata;
    const finalizers = [...(meta.finalizers ?? [])];
    if (
      policy === 'Foreground' &&
      this.store.dependents(meta.uid ?? '').length > 0 &&
      !finalizers.includes('foregroundDeletion')
    ) {
      finalizers.push('foregroundDeletion');
    }
    if (policy === 'Orphan' && !options.dryRun) this.orphanDependents(meta.uid ?? '');
    if (def.kind === 'Namespace') {
      if (options.dryRun) return { object: next, removed: false };
      meta.deletionTimestamp ??= this.clock.timestamp();
      next.status = { phase: 'Terminating' };
      return { object: this.store.put(def.storage, next), removed: false };
    }
    const pod = def.kind === 'Pod' && isRecord(next.spec) ? next.spec : undefined;
    const phase = isRecord(next.status) ? next.status.phase : undefined;
    const grace =
      options.gracePeriodSeconds ?? (pod ? Number(pod.terminationGracePeriodSeconds ?? 30) : 0);
    const graceful =
      pod !== undefined &&
      typeof pod.nodeName === 'string' &&
      grace > 0 &&
      phase !== 'Succeeded' &&
      phase !== 'Failed';
    if (finalizers.length > 0 || graceful) {
      if (options.dryRun) return { object: next, removed: false };
      if (!meta.deletionTimestamp) {
        meta.deletionTimestamp = this.clock.timestamp(graceful ? grace * 1000 : 0);
        meta.deletionGracePeriodSeconds = graceful ? grace : 0;
      } else if (graceful && grace < (meta.deletionGracePeriodSeconds ?? 0)) {
        meta.deletionGracePeriodSeconds = grace;
      }
      if (finalizers.length > 0) meta.finalizers = finalizers;
      return { object: this.store.put(def.storage, next), removed: false };
    }
    if (options.dryRun) return { object: next, removed: true };
    const removed = this.store.remove(def.storage, meta.namespace, name) ?? old;
    return { object: removed, removed: true };
  }

  /** Removes the owner reference to `uid` from every dependent (orphan propagation). */
  orphanDependents(uid: string): void {
    for (const dep of this.store.dependents(uid)) {
      const obj = this.store.get(dep.resource, dep.namespace || undefined, dep.name);
      if (!obj) continue;
      const next = structuredClone(obj);
      next.metadata.ownerReferences = (next.metadata.ownerReferences ?? []).filter(
        (r) => r.uid !== uid,
      );
      if (next.metadata.ownerReferences.length === 0) delete next.metadata.ownerReferences;
      this.store.put(dep.resource, next);
    }
  }

  /** Removes one finalizer; the object goes away when none are left and it is being deleted. */
  removeFinalizer(storage: string, obj: KubeObject, finalizer: string): void {
    const next = structuredClone(obj);
    next.metadata.finalizers = (next.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    if (next.metadata.finalizers.length === 0) delete next.metadata.finalizers;
    if (next.metadata.deletionTimestamp && !next.metadata.finalizers) {
      const def = this.catalog.byStorage(storage);
      if (def.kind !== 'Pod') {
        this.store.remove(storage, next.metadata.namespace, next.metadata.name ?? '');
        return;
      }
    }
    this.store.put(storage, next);
  }

  private allocateClusterIp(obj: KubeObject): void {
    const spec = isRecord(obj.spec) ? obj.spec : undefined;
    if (
      !spec ||
      spec.clusterIP === 'None' ||
      (typeof spec.clusterIP === 'string' && spec.clusterIP !== '')
    ) {
      if (spec && typeof spec.clusterIP === 'string') spec.clusterIPs = [spec.clusterIP];
      return;
    }
    this.clusterIpCounter++;
    const n = this.clusterIpCounter;
    const ip = `10.96.${(n >> 8) & 255}.${n & 255}`;
    spec.clusterIP = ip;
    spec.clusterIPs = [ip];
  }
}

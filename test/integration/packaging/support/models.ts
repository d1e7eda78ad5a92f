import { PodMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor';
import { PrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import { Role } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
import { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import type { KubeObject } from './render.ts';

interface Validatable {
  validate(): void;
}
/** Any kubernetes-models class: constructed from an object of its kind, validated against its schema. */
type ModelClass = new (data: never) => Validatable;

/** The kinds Backline's manifests emit, by apiVersion and kind, with their schema class. */
export const MODEL_CLASSES: ReadonlyMap<string, ModelClass> = new Map<string, ModelClass>([
  ['v1/Namespace', Namespace],
  ['v1/ServiceAccount', ServiceAccount],
  ['v1/ConfigMap', ConfigMap],
  ['v1/Service', Service],
  ['apps/v1/Deployment', Deployment],
  ['policy/v1/PodDisruptionBudget', PodDisruptionBudget],
  ['rbac.authorization.k8s.io/v1/Role', Role],
  ['rbac.authorization.k8s.io/v1/ClusterRole', ClusterRole],
  ['rbac.authorization.k8s.io/v1/ClusterRoleBinding', ClusterRoleBinding],
  ['rbac.authorization.k8s.io/v1/RoleBinding', RoleBinding],
  ['networking.k8s.io/v1/NetworkPolicy', NetworkPolicy],
  ['networking.k8s.io/v1/Ingress', Ingress],
  ['monitoring.coreos.com/v1/ServiceMonitor', ServiceMonitor],
  ['monitoring.coreos.com/v1/PrometheusRule', PrometheusRule],
  ['monitoring.coreos.com/v1/PodMonitor', PodMonitor],
]);

/** CloudNativePG has no schema package here; its Cluster is checked by hand. */
export const CNPG_CLUSTER = 'postgresql.cnpg.io/v1/Cluster';

export function typeKey(obj: KubeObject): string {
  return `${obj.apiVersion}/${obj.kind}`;
}

/**
 * Validates an object against the Kubernetes (or prometheus-operator) OpenAPI schema
 * of its kind; throws naming the object and the problems.
 */
export function validateObject(obj: KubeObject): void {
  const key = typeKey(obj);
  if (key === CNPG_CLUSTER) {
    validateCnpgCluster(obj);
    return;
  }
  const Model = MODEL_CLASSES.get(key);
  if (!Model) throw new Error(`${key} ${obj.metadata.name}: no schema to validate this kind`);
  try {
    new Model(structuredClone(obj) as never).validate();
  } catch (error) {
    throw new Error(
      `${key} ${obj.metadata.name}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * The fields of a CloudNativePG Cluster the chart relies on, as its CRD
 * (postgresql.cnpg.io/v1) requires them: spec.instances (required, ≥ 1), a storage
 * size, and an initdb bootstrap naming the database and owner.
 */
function validateCnpgCluster(obj: KubeObject): void {
  const problems: string[] = [];
  const spec = record(obj.spec);
  if (!Number.isInteger(spec.instances) || (spec.instances as number) < 1) {
    problems.push('spec.instances must be an integer ≥ 1');
  }
  const size = record(spec.storage).size;
  if (typeof size !== 'string' || !/^[0-9]+(Mi|Gi|Ti)$/.test(size)) {
    problems.push('spec.storage.size must be a quantity such as 10Gi');
  }
  const initdb = record(record(spec.bootstrap).initdb);
  for (const field of ['database', 'owner']) {
    if (typeof initdb[field] !== 'string' || !initdb[field]) {
      problems.push(`spec.bootstrap.initdb.${field} must be set`);
    }
  }
  if (obj.metadata.name.length > 50) problems.push('metadata.name longer than 50 characters');
  const known = new Set([
    'instances',
    'imageName',
    'bootstrap',
    'storage',
    'resources',
    'backup',
    'postgresql',
    'monitoring',
    'affinity',
  ]);
  for (const field of Object.keys(spec)) {
    if (!known.has(field)) problems.push(`spec.${field} is not a field the chart should set`);
  }
  if (problems.length)
    throw new Error(`${CNPG_CLUSTER} ${obj.metadata.name}: ${problems.join('; ')}`);
}

export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

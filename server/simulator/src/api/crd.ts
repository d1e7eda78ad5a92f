import type { KubeObject } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import type { PrinterColumn, Schema } from './crd.types.ts';
import type { StatusCause } from './errors.ts';
import type { ResourceDef } from './resources.ts';
import { byStorage, findByKind, findResource, groupVersions, R, RESOURCES } from './resources.ts';
import { FieldErrors } from './validation.ts';

export type { CustomVersion, PrinterColumn } from './crd.types.ts';

/** The finalizer with which the API server removes a definition's objects before the definition. */
export const CRD_CLEANUP = 'customresourcecleanup.apiextensions.k8s.io';

const AGE_COLUMN: PrinterColumn = {
  name: 'Age',
  type: 'date',
  jsonPath: '.metadata.creationTimestamp',
};

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Kubernetes version order: GA before beta before alpha, higher numbers first. */
function versionPriority(version: string): [number, number, number] {
  const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
  if (!m) return [0, 0, 0];
  const level = m[2] === undefined ? 3 : m[2] === 'beta' ? 2 : 1;
  return [level, Number(m[1]), Number(m[3] ?? 0)];
}

export function compareVersions(a: string, b: string): number {
  const pa = versionPriority(a);
  const pb = versionPriority(b);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pb[i] ?? 0) - (pa[i] ?? 0);
  return a.localeCompare(b);
}

function established(crd: KubeObject): boolean {
  const status = isRecord(crd.status) ? crd.status : {};
  return records(status.conditions).some((c) => c.type === 'Established' && c.status === 'True');
}

/** The resource definitions a CustomResourceDefinition serves, one per served version. */
export function customDefs(crd: KubeObject): ResourceDef[] {
  const spec = isRecord(crd.spec) ? crd.spec : {};
  const names = isRecord(spec.names) ? spec.names : {};
  const group = text(spec.group);
  const plural = text(names.plural);
  const kind = text(names.kind);
  const versions = records(spec.versions);
  const storageVersion = text(versions.find((v) => v.storage === true)?.name);
  const out: ResourceDef[] = [];
  for (const v of versions) {
    if (v.served !== true) continue;
    const subresources = isRecord(v.subresources) ? v.subresources : {};
    const scale = isRecord(subresources.scale) ? subresources.scale : undefined;
    const schema = isRecord(v.schema) ? v.schema.openAPIV3Schema : undefined;
    const columns = records(v.additionalPrinterColumns).map((c) => ({
      name: text(c.name),
      type: text(c.type),
      jsonPath: text(c.jsonPath),
      ...(typeof c.format === 'string' ? { format: c.format } : {}),
      ...(typeof c.description === 'string' ? { description: c.description } : {}),
      ...(typeof c.priority === 'number' ? { priority: c.priority } : {}),
    }));
    const shortNames = strings(names.shortNames);
    const categories = strings(names.categories);
    out.push({
      group,
      version: text(v.name),
      resource: plural,
      singular: text(names.singular) || kind.toLowerCase(),
      kind,
      namespaced: spec.scope === 'Namespaced',
      ...(shortNames.length > 0 ? { shortNames } : {}),
      ...(categories.length > 0 ? { categories } : {}),
      subresources: [...('status' in subresources ? ['status'] : []), ...(scale ? ['scale'] : [])],
      storage: `${group}/${plural}`,
      nameRule: 'subdomain',
      custom: {
        crd: crd.metadata.name ?? '',
        storageVersion,
        listKind: text(names.listKind) || `${kind}List`,
        ...(isRecord(schema) ? { schema: schema as Schema } : {}),
        columns: columns.length > 0 ? columns : [AGE_COLUMN],
        ...(scale
          ? {
              scale: {
                specReplicasPath: text(scale.specReplicasPath),
                statusReplicasPath: text(scale.statusReplicasPath),
                ...(typeof scale.labelSelectorPath === 'string'
                  ? { labelSelectorPath: scale.labelSelectorPath }
                  : {}),
              },
            }
          : {}),
        selectableFields: records(v.selectableFields).map((f) =>
          text(f.jsonPath).replace(/^\./, ''),
        ),
      },
    });
  }
  return out.sort((a, b) => compareVersions(a.version, b.version));
}

/**
 * The kinds one simulated API server serves: the built-in ones and those its established
 * CustomResourceDefinitions add. Each simulator has its own.
 */
export class ResourceCatalog {
  private defs: readonly ResourceDef[] = RESOURCES;
  /** Bumped at each change of the custom kinds (OpenAPI documents are cached per generation). */
  generation = 0;
  readonly documents = new Map<string, Record<string, unknown> | undefined>();

  /** Serves the established definitions among `crds`, and nothing else beside the built-ins. */
  load(crds: KubeObject[]): void {
    const custom = crds.filter(established).flatMap(customDefs);
    this.defs = custom.length > 0 ? [...RESOURCES, ...custom] : RESOURCES;
    this.generation++;
    this.documents.clear();
  }

  all(): readonly ResourceDef[] {
    return this.defs;
  }

  find(group: string, version: string, resource: string): ResourceDef | undefined {
    return findResource(group, version, resource, this.defs);
  }

  findByKind(apiVersion: string, kind: string): ResourceDef | undefined {
    return findByKind(apiVersion, kind, this.defs);
  }

  /** The definition objects of a storage key are kept as (a custom kind's storage version). */
  byStorage(storage: string): ResourceDef {
    const custom = this.defs.find(
      (d) => d.storage === storage && d.custom && d.version === d.custom.storageVersion,
    );
    return custom ?? byStorage(storage, this.defs);
  }

  groupVersions(): { group: string; versions: string[] }[] {
    return groupVersions(this.defs);
  }

  /** The custom kinds one definition serves. */
  servedBy(crd: string): ResourceDef[] {
    return this.defs.filter((d) => d.custom?.crd === crd);
  }
}

/**
 * Checks a CustomResourceDefinition as the apiextensions API server does (the rules a manifest
 * most often breaks) and sets the status its controllers would: accepted names, stored
 * versions and the NamesAccepted and Established conditions.
 */
export function admitCrd(
  crd: KubeObject,
  others: KubeObject[],
  now: string,
  old?: KubeObject,
): StatusCause[] {
  const errors = new FieldErrors();
  const spec = isRecord(crd.spec) ? crd.spec : {};
  const names = isRecord(spec.names) ? spec.names : {};
  const group = text(spec.group);
  const plural = text(names.plural);
  const name = crd.metadata.name ?? '';
  if (name !== `${plural}.${group}`)
    errors.invalid('metadata.name', name, 'must be spec.names.plural+"."+spec.group');
  if (!group) errors.required('spec.group');
  else if (!group.includes('.'))
    errors.invalid('spec.group', group, 'should be a domain with at least one dot');
  if (!plural) errors.required('spec.names.plural');
  if (!text(names.kind)) errors.required('spec.names.kind');
  if (spec.scope !== 'Namespaced' && spec.scope !== 'Cluster')
    errors.notSupported('spec.scope', spec.scope ?? '', ['"Cluster"', '"Namespaced"']);
  const versions = records(spec.versions);
  if (versions.length === 0)
    errors.invalid(
      'spec.versions',
      null,
      'must have exactly one version marked as storage version',
    );
  else if (versions.filter((v) => v.storage === true).length !== 1)
    errors.invalid(
      'spec.versions',
      versions.map((v) => v.name),
      'must have exactly one version marked as storage version',
    );
  versions.forEach((v, i) => {
    if (!isRecord(v.schema) || !isRecord(v.schema.openAPIV3Schema))
      errors.required(`spec.versions[${i}].schema.openAPIV3Schema`, 'schemas are required');
  });
  if (old) {
    const oldSpec = isRecord(old.spec) ? old.spec : {};
    if (oldSpec.scope !== spec.scope)
      errors.invalid('spec.scope', spec.scope, 'field is immutable');
  }
  if (errors.causes.length > 0) return errors.causes;
  const status = isRecord(crd.status) ? { ...crd.status } : {};
  const taken = others.some((o) => {
    const s = isRecord(o.spec) ? o.spec : {};
    const n = isRecord(s.names) ? s.names : {};
    return (
      o.metadata.name !== name &&
      s.group === group &&
      (n.plural === plural || n.kind === names.kind)
    );
  });
  const previous = records(status.conditions);
  const condition = (type: string, ok: boolean, reason: string, message: string) => {
    const before = previous.find((c) => c.type === type);
    const state = ok ? 'True' : 'False';
    return {
      type,
      status: state,
      lastTransitionTime: before?.status === state ? before.lastTransitionTime : now,
      reason,
      message,
    };
  };
  const storage = text(versions.find((v) => v.storage === true)?.name);
  const accepted = taken ? undefined : acceptedNames(names);
  crd.status = {
    ...status,
    conditions: [
      taken
        ? condition('NamesAccepted', false, 'PluralConflict', `"${plural}" is already in use`)
        : condition('NamesAccepted', true, 'NoConflicts', 'no conflicts found'),
      taken
        ? condition('Established', false, 'NotAccepted', 'not all names are accepted')
        : condition(
            'Established',
            true,
            'InitialNamesAccepted',
            'the initial names have been accepted',
          ),
    ],
    acceptedNames:
      accepted ??
      (isRecord(status.acceptedNames) ? status.acceptedNames : { plural: '', kind: '' }),
    storedVersions: [...new Set([...strings(status.storedVersions), storage])],
  };
  return [];
}

function acceptedNames(names: Record<string, unknown>): Record<string, unknown> {
  const kind = text(names.kind);
  const shortNames = strings(names.shortNames);
  const categories = strings(names.categories);
  return {
    plural: text(names.plural),
    singular: text(names.singular) || kind.toLowerCase(),
    ...(shortNames.length > 0 ? { shortNames } : {}),
    kind,
    listKind: text(names.listKind) || `${kind}List`,
    ...(categories.length > 0 ? { categories } : {}),
  };
}

/** Whether a storage key holds CustomResourceDefinitions. */
export function isCrdStorage(storage: string): boolean {
  return storage === R.customresourcedefinitions;
}

/** Reads a simple JSONPath (`.spec.replicas`, `.status.conditions[?(@.type=="Ready")].status`, `[*]`, `[0]`). */
export function jsonPath(obj: unknown, path: string): unknown[] {
  const steps = path.replace(/^\{|\}$/g, '').match(/\[\?\(@\.[^)]*\)\]|\[[^\]]*\]|[^.[\]]+/g);
  let nodes: unknown[] = [obj];
  for (const step of steps ?? []) {
    const next: unknown[] = [];
    const filter = /^\[\?\(@\.([\w.-]+)\s*==\s*["']?([^"')]*)["']?\)\]$/.exec(step);
    for (const node of nodes) {
      if (filter) {
        if (!Array.isArray(node)) continue;
        for (const item of node) {
          const [value] = jsonPath(item, `.${filter[1] ?? ''}`);
          if (String(value) === filter[2]) next.push(item);
        }
      } else if (step === '[*]' || step === '*') {
        if (Array.isArray(node)) next.push(...node);
        else if (isRecord(node)) next.push(...Object.values(node));
      } else if (/^\[\d+\]$/.test(step)) {
        if (Array.isArray(node)) next.push(node[Number(step.slice(1, -1))]);
      } else if (isRecord(node) && step in node) next.push(node[step]);
    }
    nodes = next.filter((n) => n !== undefined);
  }
  return nodes;
}

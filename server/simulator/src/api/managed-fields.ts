import type { KubeObject, ManagedFieldsEntry } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import { mergeKeyFor } from './patch.ts';

/** A FieldsV1 tree: `f:<field>`, `k:<json key>` and `.` entries, leaves are `{}`. */
export type FieldSet = { [key: string]: FieldSet };

const IGNORED_META = new Set([
  'name',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'managedFields',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'selfLink',
]);
const MAP_FIELDS = new Set([
  'labels',
  'annotations',
  'matchLabels',
  'nodeSelector',
  'data',
  'stringData',
  'requests',
  'limits',
]);

function itemKey(item: unknown, keys: string[]): string | undefined {
  if (!isRecord(item)) return undefined;
  const picked: Record<string, unknown> = {};
  for (const k of [...keys].sort()) {
    if (item[k] !== undefined) picked[k] = item[k];
  }
  if (Object.keys(picked).length === 0) return undefined;
  return `k:${JSON.stringify(picked)}`;
}

function buildSet(
  value: Record<string, unknown>,
  field: string | undefined,
  depth: number,
  subresource?: string,
): FieldSet {
  const out: FieldSet = {};
  if (field !== undefined && MAP_FIELDS.has(field)) out['.'] = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    if (depth === 0) {
      if (key === 'apiVersion' || key === 'kind') continue;
      if (key === 'status' && subresource !== 'status') continue;
      if (key !== 'status' && key !== 'metadata' && subresource === 'status') continue;
    }
    if (depth === 1 && field === 'metadata' && IGNORED_META.has(key)) continue;
    const keys = mergeKeyFor(key, field);
    if (Array.isArray(child) && keys) {
      const listSet: FieldSet = {};
      for (const item of child) {
        const k = itemKey(item, keys);
        if (!k || !isRecord(item)) continue;
        listSet[k] = { '.': {}, ...buildSet(item, key, depth + 1) };
      }
      out[`f:${key}`] = listSet;
    } else if (isRecord(child) && Object.keys(child).length > 0) {
      out[`f:${key}`] = buildSet(child, key, depth + 1);
    } else out[`f:${key}`] = {};
  }
  return out;
}

export function fieldSetOf(obj: KubeObject, subresource?: string): FieldSet {
  return buildSet(obj as Record<string, unknown>, undefined, 0, subresource);
}

/** Leaf paths of a field set, each a list of tokens. `.` markers count as leaves of their map. */
export function leaves(set: FieldSet, prefix: string[] = []): string[][] {
  const out: string[][] = [];
  for (const [key, child] of Object.entries(set)) {
    if (key === '.') {
      out.push([...prefix, '.']);
      continue;
    }
    const path = [...prefix, key];
    if (Object.keys(child).length === 0) out.push(path);
    else out.push(...leaves(child, path));
  }
  return out;
}

export function setFromLeaves(paths: string[][]): FieldSet {
  const root: FieldSet = {};
  for (const path of paths) {
    let node = root;
    for (const token of path) {
      node[token] ??= {};
      node = node[token] as FieldSet;
    }
  }
  return root;
}

const SEP = '\u0000';
const keyOf = (path: string[]): string => path.join(SEP);

/** Reads the value at a field path; `undefined` when absent. */
export function valueAt(obj: unknown, path: string[]): unknown {
  let current = obj;
  for (const token of path) {
    if (token === '.') return current;
    if (token.startsWith('f:')) {
      if (!isRecord(current)) return undefined;
      current = current[token.slice(2)];
    } else if (token.startsWith('k:')) {
      if (!Array.isArray(current)) return undefined;
      const wanted = JSON.parse(token.slice(2)) as Record<string, unknown>;
      current = current.find(
        (item) =>
          isRecord(item) &&
          Object.entries(wanted).every(([k, v]) => JSON.stringify(item[k]) === JSON.stringify(v)),
      );
    } else return undefined;
  }
  return current;
}

/** Whether a path is a keyed list item's own marker (`…k:{…}.`): the item as a whole. */
function isItemMarker(path: string[]): boolean {
  return path[path.length - 1] === '.' && (path[path.length - 2] ?? '').startsWith('k:');
}

/**
 * Removes the values at field paths from an object (in place). A list item whose marker is among
 * them goes as a whole, before its fields are looked at: once its key field is gone, it could no
 * longer be found to be removed.
 */
export function removeAll(obj: unknown, paths: string[][]): void {
  const items = paths.filter(isItemMarker);
  for (const path of items) removeAt(obj, path.slice(0, -1));
  for (const path of paths) if (!isItemMarker(path)) removeAt(obj, path);
}

/** Removes the value at a field path from an object (in place). */
export function removeAt(obj: unknown, path: string[]): void {
  if (path.length === 0) return;
  const last = path[path.length - 1] ?? '';
  if (last === '.') return;
  const container = valueAt(obj, path.slice(0, -1));
  if (last.startsWith('f:') && isRecord(container)) delete container[last.slice(2)];
  else if (last.startsWith('k:') && Array.isArray(container)) {
    const item = valueAt(obj, path);
    const index = container.indexOf(item);
    if (index >= 0) container.splice(index, 1);
  }
}

/** `.spec.template.spec.containers[name="vllm"].image`, as SSA conflicts name fields. */
export function describePath(path: string[]): string {
  let out = '';
  for (const token of path) {
    if (token === '.') continue;
    if (token.startsWith('f:')) out += `.${token.slice(2)}`;
    else if (token.startsWith('k:')) {
      const key = JSON.parse(token.slice(2)) as Record<string, unknown>;
      out += `[${Object.entries(key)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(',')}]`;
    }
  }
  return out;
}

export interface ApplyConflict {
  manager: string;
  apiVersion: string;
  field: string;
}

function entry(
  manager: string,
  operation: 'Apply' | 'Update',
  apiVersion: string,
  time: string,
  set: FieldSet,
  subresource?: string,
): ManagedFieldsEntry {
  return {
    manager,
    operation,
    apiVersion,
    time,
    fieldsType: 'FieldsV1',
    fieldsV1: set,
    ...(subresource ? { subresource } : {}),
  };
}

function sameEntry(
  e: ManagedFieldsEntry,
  manager: string,
  operation: string,
  subresource?: string,
): boolean {
  return (
    e.manager === manager &&
    e.operation === operation &&
    (e.subresource ?? '') === (subresource ?? '')
  );
}

/** Conflicts: leaves of the applied config owned by another manager whose live value differs. */
export function findConflicts(
  live: KubeObject,
  config: KubeObject,
  manager: string,
  subresource?: string,
): ApplyConflict[] {
  const applied = leaves(fieldSetOf(config, subresource)).filter((p) => p[p.length - 1] !== '.');
  const conflicts: ApplyConflict[] = [];
  for (const other of live.metadata.managedFields ?? []) {
    if (other.manager === manager && other.operation === 'Apply') continue;
    if ((other.subresource ?? '') !== (subresource ?? '')) continue;
    const owned = new Set(leaves(other.fieldsV1 as FieldSet).map(keyOf));
    for (const path of applied) {
      if (!owned.has(keyOf(path))) continue;
      if (JSON.stringify(valueAt(live, path)) === JSON.stringify(valueAt(config, path))) continue;
      conflicts.push({
        manager: other.manager,
        apiVersion: other.apiVersion,
        field: describePath(path),
      });
    }
  }
  return conflicts;
}

/**
 * The managedFields after an apply by `manager` with `config`: this manager now owns exactly the
 * config's fields; with `force`, the fields it sets to another value are taken away from other
 * managers (those set to the value they have stay shared, as on a real API server). Returns the field
 * paths that this manager owned before, no longer applies, and nobody else owns (to be removed).
 */
export function applyOwnership(
  live: KubeObject | undefined,
  config: KubeObject,
  manager: string,
  apiVersion: string,
  time: string,
  force: boolean,
  subresource?: string,
): { managedFields: ManagedFieldsEntry[]; removed: string[][] } {
  const newSet = fieldSetOf(config, subresource);
  const newLeaves = new Set(leaves(newSet).map(keyOf));
  const entries = live?.metadata.managedFields ?? [];
  const previous = entries.find((e) => sameEntry(e, manager, 'Apply', subresource));
  const others: ManagedFieldsEntry[] = [];
  for (const e of entries) {
    if (e === previous) continue;
    if (!force || (e.subresource ?? '') !== (subresource ?? '')) {
      others.push(e);
      continue;
    }
    // Force takes only the fields in conflict: one applied with the value it has stays shared.
    const kept = leaves(e.fieldsV1 as FieldSet).filter(
      (p) =>
        !newLeaves.has(keyOf(p)) ||
        p[p.length - 1] === '.' ||
        (live !== undefined &&
          JSON.stringify(valueAt(live, p)) === JSON.stringify(valueAt(config, p))),
    );
    if (kept.some((p) => p[p.length - 1] !== '.'))
      others.push({ ...e, fieldsV1: setFromLeaves(kept) });
  }
  const ownedByOthers = new Set(others.flatMap((e) => leaves(e.fieldsV1 as FieldSet).map(keyOf)));
  const removed = previous
    ? leaves(previous.fieldsV1 as FieldSet).filter(
        (p) => !newLeaves.has(keyOf(p)) && !ownedByOthers.has(keyOf(p)),
      )
    : [];
  const mine = entry(manager, 'Apply', apiVersion, time, newSet, subresource);
  const index = previous ? entries.indexOf(previous) : -1;
  const managedFields =
    index >= 0 ? [...others.slice(0, index), mine, ...others.slice(index)] : [...others, mine];
  return { managedFields, removed };
}

/** The managedFields after a non-apply write: changed fields move to `manager`'s Update entry. */
export function trackUpdate(
  old: KubeObject | undefined,
  next: KubeObject,
  manager: string,
  apiVersion: string,
  time: string,
  subresource?: string,
): ManagedFieldsEntry[] {
  const nextLeaves = leaves(fieldSetOf(next, subresource));
  const changed = nextLeaves.filter(
    (p) =>
      p[p.length - 1] === '.' ||
      !old ||
      JSON.stringify(valueAt(old, p)) !== JSON.stringify(valueAt(next, p)),
  );
  const present = new Set(nextLeaves.map(keyOf));
  const changedKeys = new Set(changed.filter((p) => p[p.length - 1] !== '.').map(keyOf));
  const entries = old?.metadata.managedFields ?? [];
  const out: ManagedFieldsEntry[] = [];
  let mine: ManagedFieldsEntry | undefined;
  for (const e of entries) {
    const sameSub = (e.subresource ?? '') === (subresource ?? '');
    const kept = leaves(e.fieldsV1 as FieldSet).filter(
      (p) =>
        !sameSub ||
        (present.has(keyOf(p)) &&
          (!changedKeys.has(keyOf(p)) || sameEntry(e, manager, 'Update', subresource))),
    );
    if (sameEntry(e, manager, 'Update', subresource)) {
      mine = e;
      const union = new Map(kept.map((p) => [keyOf(p), p]));
      for (const p of changed) union.set(keyOf(p), p);
      out.push(
        entry(manager, 'Update', apiVersion, time, setFromLeaves([...union.values()]), subresource),
      );
      continue;
    }
    if (kept.some((p) => p[p.length - 1] !== '.'))
      out.push({ ...e, fieldsV1: setFromLeaves(kept) });
  }
  if (!mine && changed.some((p) => p[p.length - 1] !== '.')) {
    out.push(entry(manager, 'Update', apiVersion, time, setFromLeaves(changed), subresource));
  }
  return out;
}

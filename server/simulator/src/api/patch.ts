import { isRecord } from '../store/types.ts';

export class PatchError extends Error {}

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = isRecord(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function parsePointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`invalid JSON pointer: ${path}`);
  return path.slice(1).split('/').map(unescapeToken);
}

function getAt(doc: unknown, tokens: string[]): unknown {
  let current = doc;
  for (const token of tokens) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isRecord(current)) current = current[token];
    else return undefined;
  }
  return current;
}

interface JsonPatchOp {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

function parent(doc: unknown, tokens: string[], path: string): { container: unknown; key: string } {
  const key = tokens[tokens.length - 1];
  if (key === undefined) throw new PatchError('cannot operate on the document root');
  const container = getAt(doc, tokens.slice(0, -1));
  if (!Array.isArray(container) && !isRecord(container)) {
    throw new PatchError(`doc is missing path: "${path}": missing value`);
  }
  return { container, key };
}

function removeAt(doc: unknown, path: string): unknown {
  const tokens = parsePointer(path);
  const { container, key } = parent(doc, tokens, path);
  if (Array.isArray(container)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= container.length) {
      throw new PatchError(`Unable to remove nonexistent key: ${key}: missing value`);
    }
    return container.splice(index, 1)[0];
  }
  const record = container as Record<string, unknown>;
  if (!(key in record))
    throw new PatchError(`Unable to remove nonexistent key: ${key}: missing value`);
  const value = record[key];
  delete record[key];
  return value;
}

function addAt(doc: unknown, path: string, value: unknown, replace: boolean): void {
  const tokens = parsePointer(path);
  const { container, key } = parent(doc, tokens, path);
  if (Array.isArray(container)) {
    const index = key === '-' ? container.length : Number(key);
    if (!Number.isInteger(index) || index < 0 || index > container.length) {
      throw new PatchError(`Unable to access invalid index: ${key}: invalid index`);
    }
    if (replace) {
      if (index >= container.length)
        throw new PatchError(`Unable to replace nonexistent index ${key}`);
      container[index] = value;
    } else container.splice(index, 0, value);
    return;
  }
  const record = container as Record<string, unknown>;
  if (replace && !(key in record)) {
    throw new PatchError(
      `replace operation does not apply: doc is missing key: ${path}: missing value`,
    );
  }
  record[key] = value;
}

/** RFC 6902 JSON patch. */
export function jsonPatch(doc: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops))
    throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  const out = structuredClone(doc);
  for (const raw of ops) {
    if (!isRecord(raw) || typeof raw.op !== 'string' || typeof raw.path !== 'string') {
      throw new PatchError('Unexpected kind: missing op or path');
    }
    const op = raw as unknown as JsonPatchOp;
    switch (op.op) {
      case 'add':
        addAt(out, op.path, structuredClone(op.value), false);
        break;
      case 'replace':
        addAt(out, op.path, structuredClone(op.value), true);
        break;
      case 'remove':
        removeAt(out, op.path);
        break;
      case 'move': {
        const value = removeAt(out, op.from ?? '');
        addAt(out, op.path, value, false);
        break;
      }
      case 'copy':
        addAt(out, op.path, structuredClone(getAt(out, parsePointer(op.from ?? ''))), false);
        break;
      case 'test':
        if (JSON.stringify(getAt(out, parsePointer(op.path))) !== JSON.stringify(op.value)) {
          throw new PatchError(`testing value ${op.path} failed: test failed`);
        }
        break;
      default:
        throw new PatchError(`Unexpected kind: ${op.op}`);
    }
  }
  return out;
}

/**
 * Merge keys of the lists that strategic merge patch and server-side apply merge item by item
 * (the patchMergeKey tags of the Kubernetes types). Lists not named here are replaced whole.
 */
export const MERGE_KEYS: Record<string, string[]> = {
  containers: ['name'],
  initContainers: ['name'],
  ephemeralContainers: ['name'],
  env: ['name'],
  volumes: ['name'],
  volumeMounts: ['mountPath'],
  volumeDevices: ['devicePath'],
  imagePullSecrets: ['name'],
  hostAliases: ['ip'],
  ownerReferences: ['uid'],
  conditions: ['type'],
  containerStatuses: ['name'],
  taints: ['key', 'effect'],
  addresses: ['type'],
  topologySpreadConstraints: ['topologyKey', 'whenUnsatisfiable'],
  resourceClaims: ['name'],
};

/** Container ports merge by containerPort; service ports by port. */
export function mergeKeyFor(field: string, parentField: string | undefined): string[] | undefined {
  if (field === 'ports')
    return parentField === 'spec' ? ['port', 'protocol'] : ['containerPort', 'protocol'];
  return MERGE_KEYS[field];
}

function sameItem(a: unknown, b: unknown, keys: string[]): boolean {
  if (!isRecord(a) || !isRecord(b)) return false;
  return keys.every((k) =>
    k === 'protocol' ? (a[k] ?? 'TCP') === (b[k] ?? 'TCP') : a[k] === b[k],
  );
}

function strategicList(
  original: unknown[],
  patch: unknown[],
  keys: string[],
  field: string,
): unknown[] {
  if (patch.some((item) => isRecord(item) && item.$patch === 'replace')) {
    return patch.filter((item) => !(isRecord(item) && item.$patch === 'replace'));
  }
  const out = original.map((item) => structuredClone(item));
  for (const item of patch) {
    const index = out.findIndex((existing) => sameItem(existing, item, keys));
    if (isRecord(item) && item.$patch === 'delete') {
      if (index >= 0) out.splice(index, 1);
      continue;
    }
    if (index >= 0) out[index] = strategicMergePatch(out[index], item, field);
    else out.push(strategicMergePatch(undefined, item, field));
  }
  return out;
}

/** Strategic merge patch for the fields used by kubectl and Backline (merge keys above, $patch directives). */
export function strategicMergePatch(
  target: unknown,
  patch: unknown,
  parentField?: string,
): unknown {
  if (!isRecord(patch)) return structuredClone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _p, ...rest } = patch;
    return structuredClone(rest);
  }
  if (patch.$patch === 'delete') return undefined;
  const out: Record<string, unknown> = isRecord(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$setElementOrder/') || key === '$retainKeys' || key === '$patch') continue;
    if (key.startsWith('$deleteFromPrimitiveList/')) {
      const field = key.slice('$deleteFromPrimitiveList/'.length);
      const list = Array.isArray(out[field]) ? (out[field] as unknown[]) : [];
      const remove = Array.isArray(value) ? value : [];
      out[field] = list.filter((v) => !remove.includes(v));
      continue;
    }
    if (value === null) {
      delete out[key];
      continue;
    }
    const keys = mergeKeyFor(key, parentField);
    if (Array.isArray(value) && keys && Array.isArray(out[key])) {
      out[key] = strategicList(out[key] as unknown[], value, keys, key);
    } else if (Array.isArray(value)) {
      out[key] = value
        .filter((item) => !(isRecord(item) && item.$patch === 'delete'))
        .map((item) => (isRecord(item) ? strategicMergePatch(undefined, item, key) : item));
    } else if (isRecord(value)) {
      const merged = strategicMergePatch(out[key], value, key);
      if (merged === undefined) delete out[key];
      else out[key] = merged;
    } else out[key] = value;
  }
  return out;
}

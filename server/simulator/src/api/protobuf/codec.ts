import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import descriptorModule from 'protobufjs/ext/descriptor/index.js';

const descriptor = descriptorModule as unknown as typeof import('protobufjs/ext/descriptor.js');

import { isRecord } from '../../store/types.ts';

/**
 * The Kubernetes protobuf encoding (application/vnd.kubernetes.protobuf): the 4-byte magic
 * `k8s\0`, then a runtime.Unknown whose typeMeta names the kind and whose raw bytes are the
 * object's message, as k8s.io/apimachinery's protobuf serializer writes it. Messages come from
 * the descriptors of k8s.io/api and k8s.io/apimachinery (kubernetes.desc.pb), converted to and
 * from the JSON form the store keeps.
 */

export const PROTOBUF = 'application/vnd.kubernetes.protobuf';
const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]);
const META = 'k8s.io.apimachinery.pkg.apis.meta.v1';

const root = (() => {
  const set = descriptor.FileDescriptorSet.decode(
    readFileSync(new URL('./kubernetes.desc.pb', import.meta.url)),
  );
  const built = (
    protobuf.Root as unknown as { fromDescriptor(set: unknown): protobuf.Root }
  ).fromDescriptor(set);
  built.resolveAll();
  return built;
})();

const UNKNOWN = root.lookupType('k8s.io.apimachinery.pkg.runtime.Unknown');
const WATCH_EVENT = root.lookupType(`${META}.WatchEvent`);

/** Messages that JSON writes as something other than an object. */
const TIME = new Set([`.${META}.Time`, `.${META}.MicroTime`]);
const DURATION = `.${META}.Duration`;
const QUANTITY = '.k8s.io.apimachinery.pkg.api.resource.Quantity';
const INT_OR_STRING = '.k8s.io.apimachinery.pkg.util.intstr.IntOrString';
const RAW_EXTENSION = '.k8s.io.apimachinery.pkg.runtime.RawExtension';
const FIELDS_V1 = `.${META}.FieldsV1`;
/** Go slices of strings that the protobuf form wraps in a message with one `items` field. */
const STRING_LISTS = new Set([
  `.${META}.Verbs`,
  '.k8s.io.api.authentication.v1.ExtraValue',
  '.k8s.io.api.authorization.v1.ExtraValue',
]);
/** Embedded Go structs: JSON writes their fields inline, protobuf as one nested field. */
const INLINE = new Set([
  'k8s.io.api.core.v1.Probe.handler',
  'k8s.io.api.core.v1.Volume.volumeSource',
  'k8s.io.api.core.v1.PersistentVolumeSpec.persistentVolumeSource',
  'k8s.io.api.core.v1.EphemeralContainer.ephemeralContainerCommon',
  'k8s.io.api.core.v1.ConfigMapEnvSource.localObjectReference',
  'k8s.io.api.core.v1.ConfigMapKeySelector.localObjectReference',
  'k8s.io.api.core.v1.ConfigMapProjection.localObjectReference',
  'k8s.io.api.core.v1.ConfigMapVolumeSource.localObjectReference',
  'k8s.io.api.core.v1.SecretEnvSource.localObjectReference',
  'k8s.io.api.core.v1.SecretKeySelector.localObjectReference',
  'k8s.io.api.core.v1.SecretProjection.localObjectReference',
]);

function isInline(type: protobuf.Type, field: protobuf.Field): boolean {
  return INLINE.has(`${type.fullName.replace(/^\./, '')}.${field.name}`);
}

/**
 * Go pointer fields whose zero value means something: a protobuf body carries them only when
 * set, so a zero here is kept. Other zero scalars are what Go writes for unset plain fields, and
 * JSON leaves them out (omitempty).
 */
const ZERO_MEANS_SOMETHING = new Set([
  'replicas',
  'minReplicas',
  'revisionHistoryLimit',
  'progressDeadlineSeconds',
  'terminationGracePeriodSeconds',
  'gracePeriodSeconds',
  'activeDeadlineSeconds',
  'automountServiceAccountToken',
  'runAsUser',
  'runAsGroup',
  'runAsNonRoot',
  'fsGroup',
  'privileged',
  'allowPrivilegeEscalation',
  'readOnlyRootFilesystem',
  'defaultMode',
  'mode',
  'optional',
  'immutable',
  'ready',
  'restartCount',
  'containerPort',
  'port',
  'count',
  'enableServiceLinks',
  'priority',
  'started',
  'exitCode',
  'weight',
  'desiredReplicas',
  'currentReplicas',
  'disruptionsAllowed',
  'currentHealthy',
  'desiredHealthy',
  'expectedPods',
  'leaseDurationSeconds',
  'leaseTransitions',
  'reportingComponent',
  'reportingInstance',
]);

function groupPackage(apiVersion: string, kind: string): string {
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  if (group === 'meta.k8s.io' || (group === '' && kind === 'Status')) return `${META}`;
  return `k8s.io.api.${group === '' ? 'core' : (group.split('.')[0] ?? '')}.${version}`;
}

/** The message type of a kind, or undefined when there is none. */
export function messageType(apiVersion: string, kind: string): protobuf.Type | undefined {
  const found = root.lookup(`${groupPackage(apiVersion, kind)}.${kind}`);
  return found instanceof protobuf.Type ? found : undefined;
}

// ---- JSON → message ----

function toSeconds(text: string): { seconds: number; nanos: number } {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`invalid time ${JSON.stringify(text)}`);
  const fraction = /\.(\d+)/.exec(text)?.[1] ?? '';
  return { seconds: Math.floor(ms / 1000), nanos: Number(fraction.padEnd(9, '0').slice(0, 9)) };
}

const DURATION_UNITS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

function parseDuration(text: string): number {
  let total = 0;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
  for (const m of text.matchAll(re)) total += Number(m[1]) * (DURATION_UNITS[m[2] ?? 's'] ?? 0);
  return Math.round(text.startsWith('-') ? -total : total);
}

function formatDuration(nanos: number): string {
  if (nanos === 0) return '0s';
  let rest = Math.abs(nanos) / 1e9;
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  rest -= m * 60;
  const s = Number(rest.toFixed(9));
  return `${nanos < 0 ? '-' : ''}${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s}s`;
}

function toWireValue(field: protobuf.Field, value: unknown): unknown {
  const type = field.resolvedType;
  if (!(type instanceof protobuf.Type)) {
    if (field.type === 'bytes' && typeof value === 'string') return Buffer.from(value, 'base64');
    return value;
  }
  const name = `.${type.fullName.replace(/^\./, '')}`;
  if (TIME.has(name)) return typeof value === 'string' ? toSeconds(value) : undefined;
  if (name === DURATION)
    return { duration: typeof value === 'string' ? parseDuration(value) : Number(value) };
  if (name === QUANTITY) return { string: String(value) };
  if (name === INT_OR_STRING)
    return typeof value === 'number'
      ? { type: 0, intVal: value }
      : { type: 1, strVal: String(value) };
  if (name === RAW_EXTENSION) return { raw: Buffer.from(JSON.stringify(value)) };
  if (name === FIELDS_V1) return { Raw: Buffer.from(JSON.stringify(value)) };
  if (STRING_LISTS.has(name)) return { items: Array.isArray(value) ? value : [] };
  return isRecord(value) ? toWire(type, value) : undefined;
}

function toWire(type: protobuf.Type, json: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    const value = isInline(type, field) ? json : json[field.name];
    if (value === undefined || value === null) continue;
    if (field.map) {
      if (!isRecord(value)) continue;
      const entries: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (v !== null && v !== undefined) entries[k] = toWireValue(field, v);
      }
      out[field.name] = entries;
    } else if (field.repeated) {
      if (Array.isArray(value)) out[field.name] = value.map((v) => toWireValue(field, v));
    } else {
      const converted = toWireValue(field, value);
      if (converted !== undefined) out[field.name] = converted;
    }
  }
  return out;
}

// ---- message → JSON ----

function fromWireValue(field: protobuf.Field, value: unknown): unknown {
  const type = field.resolvedType;
  if (!(type instanceof protobuf.Type)) {
    if (field.type === 'bytes' && value instanceof Uint8Array)
      return Buffer.from(value).toString('base64');
    return value;
  }
  const name = `.${type.fullName.replace(/^\./, '')}`;
  const message = isRecord(value) ? value : {};
  if (TIME.has(name)) {
    const seconds = Number(message.seconds ?? 0);
    const nanos = Number(message.nanos ?? 0);
    // Go writes the zero time as an empty message; JSON has null for it.
    if (seconds === 0 && nanos === 0) return undefined;
    const base = new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, '');
    return name.endsWith('MicroTime')
      ? `${base}.${String(Math.floor(nanos / 1000)).padStart(6, '0')}Z`
      : `${base}Z`;
  }
  if (name === DURATION) return formatDuration(Number(message.duration ?? 0));
  if (name === QUANTITY) return String(message.string ?? '0');
  if (name === INT_OR_STRING)
    return Number(message.type ?? 0) === 1
      ? String(message.strVal ?? '')
      : Number(message.intVal ?? 0);
  if (name === RAW_EXTENSION || name === FIELDS_V1) {
    const raw = message.raw ?? message.Raw;
    if (!(raw instanceof Uint8Array) || raw.length === 0) return {};
    return JSON.parse(Buffer.from(raw).toString('utf8'));
  }
  if (STRING_LISTS.has(name)) return Array.isArray(message.items) ? message.items : [];
  return fromWire(type, message);
}

function isZero(value: unknown): boolean {
  return value === '' || value === 0 || value === false;
}

function fromWire(type: protobuf.Type, message: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    const value = message[field.name];
    if (value === undefined || value === null) continue;
    if (field.map) {
      if (!isRecord(value) || Object.keys(value).length === 0) continue;
      const entries: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) entries[k] = fromWireValue(field, v);
      out[field.name] = entries;
    } else if (field.repeated) {
      if (Array.isArray(value) && value.length > 0)
        out[field.name] = value.map((v) => fromWireValue(field, v));
    } else {
      const converted = fromWireValue(field, value);
      if (converted === undefined) continue;
      if (isInline(type, field) && isRecord(converted)) {
        Object.assign(out, converted);
        continue;
      }
      const scalar = !(field.resolvedType instanceof protobuf.Type);
      if (scalar && isZero(converted) && !ZERO_MEANS_SOMETHING.has(field.name)) continue;
      out[field.name] = converted;
    }
  }
  return out;
}

// ---- envelopes ----

export class ProtobufError extends Error {}

/** Whether a body starts with the protobuf magic. */
export function isProtobuf(body: Buffer): boolean {
  return body.length >= 4 && body.subarray(0, 4).equals(MAGIC);
}

/** Encodes an object (with kind and apiVersion) as `k8s\0` + runtime.Unknown; undefined when no message fits. */
export function encodeObject(obj: Record<string, unknown>): Buffer | undefined {
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  const type = messageType(apiVersion, kind);
  if (!type) return undefined;
  const raw = type.encode(type.fromObject(toWire(type, obj))).finish();
  const unknown = UNKNOWN.encode(
    UNKNOWN.fromObject({
      typeMeta: { apiVersion, kind },
      raw,
      contentEncoding: '',
      contentType: '',
    }),
  ).finish();
  return Buffer.concat([MAGIC, unknown]);
}

/** Decodes a `k8s\0` + runtime.Unknown body into the JSON form, with its apiVersion and kind. */
export function decodeObject(body: Buffer): Record<string, unknown> {
  if (!isProtobuf(body))
    throw new ProtobufError(
      'provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]',
    );
  let unknown: Record<string, unknown>;
  try {
    unknown = UNKNOWN.toObject(UNKNOWN.decode(body.subarray(4)), { longs: Number });
  } catch (err) {
    throw new ProtobufError((err as Error).message);
  }
  const typeMeta = isRecord(unknown.typeMeta) ? unknown.typeMeta : {};
  const apiVersion = String(typeMeta.apiVersion ?? '');
  const kind = String(typeMeta.kind ?? '');
  const type = messageType(apiVersion, kind);
  if (!type) throw new ProtobufError(`no kind "${kind}" is registered for version "${apiVersion}"`);
  const raw = unknown.raw instanceof Uint8Array ? unknown.raw : new Uint8Array();
  let message: Record<string, unknown>;
  try {
    message = type.toObject(type.decode(raw), { longs: Number });
  } catch (err) {
    throw new ProtobufError((err as Error).message);
  }
  return { apiVersion, kind, ...fromWire(type, message) };
}

/** One watch event as a length-delimited frame: a 4-byte big-endian length, then a WatchEvent. */
export function encodeWatchFrame(
  type: string,
  object: Record<string, unknown>,
): Buffer | undefined {
  const raw = encodeObject(object);
  if (!raw) return undefined;
  const event = WATCH_EVENT.encode(WATCH_EVENT.fromObject({ type, object: { raw } })).finish();
  const length = Buffer.alloc(4);
  length.writeUInt32BE(event.length);
  return Buffer.concat([length, event]);
}

/** Reads the frames of a protobuf watch stream (for tests and clients). */
export function decodeWatchFrames(
  data: Buffer,
): { type: string; object: Record<string, unknown> }[] {
  const events: { type: string; object: Record<string, unknown> }[] = [];
  let at = 0;
  while (at + 4 <= data.length) {
    const length = data.readUInt32BE(at);
    if (at + 4 + length > data.length) break;
    const event = WATCH_EVENT.toObject(WATCH_EVENT.decode(data.subarray(at + 4, at + 4 + length)));
    const object = isRecord(event.object) ? event.object : {};
    const raw = object.raw instanceof Uint8Array ? Buffer.from(object.raw) : Buffer.alloc(0);
    events.push({ type: String(event.type ?? ''), object: decodeObject(raw) });
    at += 4 + length;
  }
  return events;
}

// ---- schema: the fields each kind declares ----

/** Messages whose JSON form is a scalar or free-form: their content is not checked. */
const OPAQUE = new Set([...TIME, DURATION, QUANTITY, INT_OR_STRING, RAW_EXTENSION, FIELDS_V1]);

function fieldsOf(type: protobuf.Type): Map<string, protobuf.Field> {
  const out = new Map<string, protobuf.Field>();
  for (const field of type.fieldsArray) {
    const inner = field.resolvedType;
    if (isInline(type, field) && inner instanceof protobuf.Type) {
      for (const [name, f] of fieldsOf(inner)) out.set(name, f);
    } else out.set(field.name, field);
  }
  return out;
}

function walkUnknown(
  type: protobuf.Type,
  value: Record<string, unknown>,
  path: string,
  out: string[],
): void {
  const fields = fieldsOf(type);
  for (const [key, child] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    const field = fields.get(key);
    if (!field) {
      if (!(path === '' && (key === 'apiVersion' || key === 'kind'))) out.push(here);
      continue;
    }
    const inner = field.resolvedType;
    if (!(inner instanceof protobuf.Type) || child === null) continue;
    const name = `.${inner.fullName.replace(/^\./, '')}`;
    if (OPAQUE.has(name) || STRING_LISTS.has(name)) continue;
    if (field.map && isRecord(child)) {
      for (const [k, v] of Object.entries(child))
        if (isRecord(v)) walkUnknown(inner, v, `${here}.${k}`, out);
    } else if (field.repeated && Array.isArray(child)) {
      child.forEach((v, i) => {
        if (isRecord(v)) walkUnknown(inner, v, `${here}[${i}]`, out);
      });
    } else if (isRecord(child)) walkUnknown(inner, child, here, out);
  }
}

/**
 * The paths of the fields an object has that its kind does not declare (`spec.foo`,
 * `spec.template.spec.containers[0].bar`), or undefined when the kind has no schema here.
 */
export function unknownFields(
  obj: Record<string, unknown>,
  apiVersion: string,
  kind: string,
): string[] | undefined {
  const type = messageType(apiVersion, kind);
  if (!type) return undefined;
  const out: string[] = [];
  walkUnknown(type, obj, '', out);
  return out;
}

/** Removes the fields at the given paths (as unknownFields names them). */
export function dropFields(obj: Record<string, unknown>, paths: string[]): void {
  for (const path of paths) {
    const steps = path
      .split(/\.|(?=\[)/)
      .map((s) => (s.startsWith('[') ? Number(s.slice(1, -1)) : s));
    let node: unknown = obj;
    for (let i = 0; i < steps.length - 1; i++) {
      const step = steps[i];
      node =
        Array.isArray(node) && typeof step === 'number'
          ? node[step]
          : isRecord(node) && typeof step === 'string'
            ? node[step]
            : undefined;
    }
    const last = steps[steps.length - 1];
    if (isRecord(node) && typeof last === 'string') delete node[last];
  }
}

// ---- OpenAPI v3 schemas from the same descriptors ----

/** The OpenAPI name of a message: `io.k8s.api.apps.v1.Deployment`. */
export function schemaName(type: protobuf.Type): string {
  return type.fullName.replace(/^\./, '').replace(/^k8s\.io\./, 'io.k8s.');
}

function scalarSchema(type: string): Record<string, unknown> {
  switch (type) {
    case 'bool':
      return { type: 'boolean' };
    case 'int32':
    case 'uint32':
    case 'sint32':
      return { type: 'integer', format: 'int32' };
    case 'int64':
    case 'uint64':
    case 'sint64':
      return { type: 'integer', format: 'int64' };
    case 'double':
    case 'float':
      return { type: 'number', format: 'double' };
    case 'bytes':
      return { type: 'string', format: 'byte' };
    default:
      return { type: 'string' };
  }
}

function specialSchema(name: string): Record<string, unknown> | undefined {
  if (TIME.has(name)) return { type: 'string', format: 'date-time' };
  if (name === DURATION) return { type: 'string' };
  if (name === QUANTITY) return { type: 'string', 'x-kubernetes-int-or-string': true };
  if (name === INT_OR_STRING)
    return { type: 'string', format: 'int-or-string', 'x-kubernetes-int-or-string': true };
  if (name === RAW_EXTENSION || name === FIELDS_V1) return { type: 'object' };
  if (STRING_LISTS.has(name)) return { type: 'array', items: { type: 'string' } };
  return undefined;
}

/**
 * OpenAPI v3 component schemas for the given kinds and every message they reach, with
 * `x-kubernetes-group-version-kind` on the kinds: what `kubectl explain` reads.
 */
export function openApiSchemas(
  kinds: { group: string; version: string; kind: string }[],
): Record<string, Record<string, unknown>> {
  const schemas: Record<string, Record<string, unknown>> = {};
  const fieldSchema = (field: protobuf.Field): Record<string, unknown> => {
    const inner = field.resolvedType;
    let item: Record<string, unknown>;
    if (inner instanceof protobuf.Type) {
      const name = `.${inner.fullName.replace(/^\./, '')}`;
      item = specialSchema(name) ?? { allOf: [{ $ref: `#/components/schemas/${add(inner)}` }] };
    } else item = scalarSchema(field.type);
    if (field.map) return { type: 'object', additionalProperties: item };
    if (field.repeated) return { type: 'array', items: item };
    return item;
  };
  const add = (type: protobuf.Type): string => {
    const name = schemaName(type);
    if (schemas[name]) return name;
    const schema: Record<string, unknown> = { type: 'object' };
    schemas[name] = schema;
    const properties: Record<string, unknown> = {};
    for (const [key, field] of fieldsOf(type)) properties[key] = fieldSchema(field);
    schema.properties = properties;
    return name;
  };
  for (const k of kinds) {
    const apiVersion = k.group ? `${k.group}/${k.version}` : k.version;
    const type = messageType(apiVersion, k.kind);
    if (!type) continue;
    const name = add(type);
    const schema = schemas[name] ?? {};
    schema.properties = {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      ...(isRecord(schema.properties) ? schema.properties : {}),
    };
    schema['x-kubernetes-group-version-kind'] = [
      { group: k.group, kind: k.kind, version: k.version },
    ];
  }
  return schemas;
}

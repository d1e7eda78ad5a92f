import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { stringify as toYaml } from 'yaml';
import type { KubeObject, ManagedFieldsEntry } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import type { ApiContext } from './context.ts';
import { externalObject, internalObject } from './convert.ts';
import { jsonPath } from './crd.ts';
import {
  ApiError,
  badRequest,
  gone,
  invalid,
  methodNotAllowed,
  successStatus,
  tooLargeResourceVersion,
} from './errors.ts';
import { checkFields, fieldValidation } from './field-validation.ts';
import { decodeContinue, encodeContinue, matchesFilter, objectKey, parseFilter } from './filter.ts';
import { trackUpdate } from './managed-fields.ts';
import { encodeObject as encodeProtobuf, PROTOBUF } from './protobuf/codec.ts';
import type { DeleteOptions, PropagationPolicy } from './registry.ts';
import type { ResourceRequest } from './request.ts';
import { decodeBody, decodeObject, mediaType } from './request.ts';
import type { ResourceDef } from './resources.ts';
import { apiVersionOf } from './resources.ts';
import type { IncludeObject } from './table.ts';
import { toTable } from './table.ts';
import { FieldErrors } from './validation.ts';
import { serveWatch } from './watch.ts';

export interface HttpCall {
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  res: ServerResponse;
}

type Rendering = 'object' | 'table' | 'metadata';

function rendering(headers: IncomingHttpHeaders): Rendering {
  const accept = headers.accept ?? '';
  const first = accept.split(',')[0] ?? '';
  if (first.includes('as=Table')) return 'table';
  if (first.includes('as=PartialObjectMetadata')) return 'metadata';
  return 'object';
}

/** The media type a client asks for first among those served: JSON, YAML or protobuf. */
export function negotiate(headers: IncomingHttpHeaders): 'json' | 'yaml' | 'protobuf' {
  for (const part of (headers.accept ?? '').split(',')) {
    const type = mediaType(part);
    if (type === PROTOBUF) return 'protobuf';
    if (type === 'application/yaml') return 'yaml';
    if (type === 'application/json' || type === '*/*' || type === 'application/*') return 'json';
  }
  return 'json';
}

export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: IncomingHttpHeaders = {},
): void {
  const format = negotiate(headers);
  // Objects with a protobuf message go as protobuf when asked for; Tables and the rest stay JSON.
  const binary =
    format === 'protobuf' && isRecord(body) && body.kind !== 'Table'
      ? encodeProtobuf(body)
      : undefined;
  const text = binary ?? (format === 'yaml' ? toYaml(body) : JSON.stringify(body));
  res.writeHead(status, {
    'Content-Type': binary ? PROTOBUF : format === 'yaml' ? 'application/yaml' : 'application/json',
    'Cache-Control': 'no-cache, private',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendError(res: ServerResponse, err: ApiError, headers?: IncomingHttpHeaders): void {
  send(res, err.code, err.status, headers);
}

function isDryRun(query: URLSearchParams): boolean {
  return query.getAll('dryRun').includes('All');
}

export function fieldManager(call: HttpCall, fallbackOp: string): string {
  const explicit = call.query.get('fieldManager');
  if (explicit) return explicit;
  const agent = call.headers['user-agent'] ?? fallbackOp;
  return agent.split('/')[0] ?? fallbackOp;
}

/**
 * The managed fields a non-apply write starts from. As on a real API server, a write that sets
 * `metadata.managedFields` to something else replaces them (how a manager's entry is removed
 * without touching its fields), and a single empty entry (`[{}]`) strips them all; an empty or
 * absent list, or a write to a subresource, keeps the live ones.
 */
function managedFieldsBase(
  old: KubeObject | undefined,
  obj: KubeObject,
  subresource?: 'status',
): KubeObject | undefined {
  const given = obj.metadata.managedFields;
  if (!old || subresource || !Array.isArray(given) || given.length === 0) return old;
  if (JSON.stringify(given) === JSON.stringify(old.metadata.managedFields ?? [])) return old;
  const entries = given.filter(
    (e): e is ManagedFieldsEntry => isRecord(e) && typeof e.manager === 'string' && !!e.manager,
  );
  return { ...old, metadata: { ...old.metadata, managedFields: entries } };
}

/**
 * Records a non-apply write of `obj` (over `old`; none on create) in its managed fields, under
 * the caller's field manager.
 */
export function stampManagedFields(
  ctx: ApiContext,
  r: ResourceRequest,
  call: HttpCall,
  operation: 'create' | 'update' | 'patch',
  old: KubeObject | undefined,
  obj: KubeObject,
  subresource?: 'status',
): void {
  obj.metadata.managedFields = trackUpdate(
    managedFieldsBase(old, obj, subresource),
    obj,
    fieldManager(call, operation),
    apiVersionOf(r.def),
    ctx.clock.timestamp(),
    subresource,
  );
}

function includeObject(query: URLSearchParams): IncludeObject {
  const value = query.get('includeObject');
  return value === 'Object' || value === 'None' ? value : 'Metadata';
}

function renderOne(ctx: ApiContext, r: ResourceRequest, call: HttpCall, obj: KubeObject): unknown {
  const how = rendering(call.headers);
  const external = externalObject(r.def, obj);
  if (how === 'table') {
    return toTable(r.def, [external], ctx.clock.now(), includeObject(call.query), {
      resourceVersion: obj.metadata.resourceVersion,
    });
  }
  if (how === 'metadata')
    return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
  return external;
}

export function handleGet(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  const obj = ctx.registry.get(r.def, r.namespace, r.name ?? '');
  send(call.res, 200, renderOne(ctx, r, call, obj), call.headers);
}

const CONTINUE_EXPIRED =
  'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.';
const LIST_EXPIRED = 'The resourceVersion for the provided list is too old.';

/** The list options' checks, with the API server's messages (ValidateListOptions). */
function checkListOptions(query: URLSearchParams): void {
  const match = query.get('resourceVersionMatch') ?? '';
  const rv = query.get('resourceVersion') ?? '';
  const cont = query.get('continue') ?? '';
  const errors = new FieldErrors();
  if (match !== '') {
    const field = 'resourceVersionMatch';
    if (rv === '')
      errors.forbidden(
        field,
        'resourceVersionMatch is forbidden unless resourceVersion is provided',
      );
    if (cont !== '')
      errors.forbidden(field, 'resourceVersionMatch is forbidden when continue is provided');
    if (match !== 'Exact' && match !== 'NotOlderThan')
      errors.notSupported(field, match, ['"Exact"', '"NotOlderThan"', '""']);
    if (match === 'Exact' && rv === '0')
      errors.forbidden(field, 'resourceVersionMatch "exact" is forbidden for resourceVersion "0"');
  }
  if (errors.causes.length > 0)
    throw invalid({ kind: 'ListOptions', group: 'meta.k8s.io' }, '', errors.causes);
  if (cont !== '' && rv !== '' && rv !== '0')
    throw badRequest('specifying resource version is not allowed when using continue');
}

function parseRv(text: string): number {
  const rv = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(rv))
    throw badRequest(
      `invalid resource version: strconv.ParseUint: parsing ${JSON.stringify(text)}: invalid syntax`,
    );
  return rv;
}

/**
 * The objects a list reads and the resourceVersion it reports, by the API server's rules:
 * the latest by default, exactly the state at `resourceVersion` for Exact (410 once compacted)
 * and for continue tokens (paged lists are consistent snapshots), and at least that version for
 * NotOlderThan (504 for a version the store has not reached).
 */
function listSnapshot(
  ctx: ApiContext,
  r: ResourceRequest,
  query: URLSearchParams,
): { objects: KubeObject[]; rv: number; start: string } {
  checkListOptions(query);
  const current = ctx.store.resourceVersion;
  const continueText = query.get('continue');
  if (continueText) {
    const token = decodeContinue(continueText);
    // rv -1: continue at the latest version (the token a 410 answer offers).
    const at = token.rv < 0 ? current : token.rv;
    const objects = ctx.store.listAt(r.def.storage, r.namespace, at);
    if (objects === 'expired') {
      const err = gone(CONTINUE_EXPIRED);
      err.status.metadata.continue = encodeContinue({ rv: -1, start: token.start });
      throw err;
    }
    return { objects, rv: at, start: token.start };
  }
  const rvText = query.get('resourceVersion') ?? '';
  const match = query.get('resourceVersionMatch') ?? '';
  if (rvText === '' || rvText === '0')
    return { objects: ctx.store.list(r.def.storage, r.namespace), rv: current, start: '' };
  const rv = parseRv(rvText);
  if (rv > current) throw tooLargeResourceVersion(rv, current);
  if (match === 'Exact') {
    const objects = ctx.store.listAt(r.def.storage, r.namespace, rv);
    if (objects === 'expired') throw gone(LIST_EXPIRED);
    return { objects, rv, start: '' };
  }
  return { objects: ctx.store.list(r.def.storage, r.namespace), rv: current, start: '' };
}

export function handleList(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  const filter = parseFilter(r.def, r.namespace, call.query);
  const limit = Number(call.query.get('limit') ?? 0);
  const snapshot = listSnapshot(ctx, r, call.query);
  const listRv = snapshot.rv;
  const start = snapshot.start;
  const matched = snapshot.objects.filter(
    (o) => (!start || objectKey(o) > start) && matchesFilter(filter, o),
  );
  const page = limit > 0 ? matched.slice(0, limit) : matched;
  const meta: Record<string, unknown> = { resourceVersion: String(listRv) };
  const last = page[page.length - 1];
  if (limit > 0 && matched.length > limit && last) {
    meta.continue = encodeContinue({ rv: listRv, start: objectKey(last) });
    meta.remainingItemCount = matched.length - limit;
  }
  const items = page.map((o) => externalObject(r.def, o));
  const how = rendering(call.headers);
  if (how === 'table') {
    send(
      call.res,
      200,
      toTable(r.def, items, ctx.clock.now(), includeObject(call.query), meta),
      call.headers,
    );
    return;
  }
  if (how === 'metadata') {
    send(call.res, 200, {
      kind: 'PartialObjectMetadataList',
      apiVersion: 'meta.k8s.io/v1',
      metadata: meta,
      items: items.map((o) => ({
        kind: 'PartialObjectMetadata',
        apiVersion: 'meta.k8s.io/v1',
        metadata: o.metadata,
      })),
    });
    return;
  }
  send(
    call.res,
    200,
    { kind: `${r.def.kind}List`, apiVersion: apiVersionOf(r.def), metadata: meta, items },
    call.headers,
  );
}

export function handleWatch(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  const filter = parseFilter(r.def, r.namespace, call.query);
  if (r.name) filter.fields.push({ field: 'metadata.name', op: '=', value: r.name });
  const how = rendering(call.headers);
  const include = includeObject(call.query);
  const timeout = call.query.get('timeoutSeconds');
  const rv = call.query.get('resourceVersion');
  serveWatch(ctx, call.res, {
    def: r.def,
    filter,
    ...(rv !== null ? { resourceVersion: rv } : {}),
    protobuf: how !== 'table' && negotiate(call.headers) === 'protobuf',
    allowBookmarks: call.query.get('allowWatchBookmarks') === 'true',
    sendInitialEvents: call.query.get('sendInitialEvents') === 'true',
    ...(timeout !== null ? { timeoutSeconds: Number(timeout) } : {}),
    render: (obj) => {
      if (how === 'table')
        return toTable(r.def, [obj], ctx.clock.now(), include, {
          resourceVersion: obj.metadata.resourceVersion,
        });
      if (how === 'metadata')
        return {
          kind: 'PartialObjectMetadata',
          apiVersion: 'meta.k8s.io/v1',
          metadata: obj.metadata,
        };
      return obj;
    },
  });
}

function checkIdentity(r: ResourceRequest, obj: KubeObject, expectName: boolean): void {
  const expected = apiVersionOf(r.def);
  if (obj.apiVersion !== undefined && obj.apiVersion !== expected) {
    throw badRequest(
      `the API version in the data (${obj.apiVersion}) does not match the expected API version (${expected})`,
    );
  }
  if (obj.kind !== undefined && obj.kind !== r.def.kind) {
    throw badRequest(
      `the kind in the data (${obj.kind}) does not match the expected kind (${r.def.kind})`,
    );
  }
  const ns = obj.metadata.namespace;
  if (r.def.namespaced && ns !== undefined && ns !== '' && ns !== r.namespace) {
    throw badRequest(
      'the namespace of the provided object does not match the namespace sent on the request',
    );
  }
  if (expectName && obj.metadata.name !== undefined && obj.metadata.name !== r.name) {
    throw badRequest(
      `the name of the object (${obj.metadata.name}) does not match the name on the URL (${r.name})`,
    );
  }
}

export function handleCreate(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  if (r.name !== undefined && r.subresource === undefined) throw methodNotAllowed();
  const decoded = decodeObject(call.body, String(call.headers['content-type'] ?? ''), r.def);
  checkFields(r.def, decoded, fieldValidation(call.query), call.res);
  const obj = internalObject(r.def, decoded);
  checkIdentity(r, obj, false);
  stampManagedFields(ctx, r, call, 'create', undefined, obj);
  const created = ctx.registry.create(r.def, r.namespace, obj, { dryRun: isDryRun(call.query) });
  send(call.res, 201, externalObject(r.def, created), call.headers);
}

export function handleUpdate(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  const decoded = decodeObject(call.body, String(call.headers['content-type'] ?? ''), r.def);
  if (r.subresource !== 'scale') checkFields(r.def, decoded, fieldValidation(call.query), call.res);
  const obj = internalObject(r.def, decoded);
  if (r.subresource === 'scale') {
    const replicas = isRecord(obj.spec) ? obj.spec.replicas : undefined;
    const current = ctx.registry.get(r.def, r.namespace, r.name ?? '');
    const next = structuredClone(current);
    setReplicas(r.def, next, replicas);
    next.metadata.resourceVersion =
      obj.metadata.resourceVersion ?? current.metadata.resourceVersion;
    const updated = ctx.registry.update(r.def, r.namespace, r.name ?? '', next, {
      dryRun: isDryRun(call.query),
    });
    send(call.res, 200, toScale(updated, r.def), call.headers);
    return;
  }
  checkIdentity(r, obj, true);
  const old = ctx.registry.get(r.def, r.namespace, r.name ?? '');
  const sub = r.subresource === 'status' ? 'status' : undefined;
  stampManagedFields(ctx, r, call, 'update', old, obj, sub);
  const updated = ctx.registry.update(r.def, r.namespace, r.name ?? '', obj, {
    dryRun: isDryRun(call.query),
    ...(sub ? { subresource: sub } : {}),
  });
  send(call.res, 200, externalObject(r.def, updated), call.headers);
}

/** Sets the replicas a Scale asks for: spec.replicas, or a custom kind's specReplicasPath. */
export function setReplicas(def: ResourceDef, obj: KubeObject, replicas: unknown): void {
  const path = def.custom?.scale?.specReplicasPath ?? '.spec.replicas';
  const steps = path.replace(/^\./, '').split('.');
  let node: Record<string, unknown> = obj;
  for (const step of steps.slice(0, -1)) {
    if (!isRecord(node[step])) node[step] = {};
    node = node[step] as Record<string, unknown>;
  }
  node[steps[steps.length - 1] ?? 'replicas'] = replicas;
}

export function toScale(obj: KubeObject, def?: ResourceDef): KubeObject {
  const scale = def?.custom?.scale;
  if (scale) {
    const selector = scale.labelSelectorPath
      ? jsonPath(obj, scale.labelSelectorPath)[0]
      : undefined;
    return {
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      metadata: scaleMetadata(obj),
      spec: { replicas: jsonPath(obj, scale.specReplicasPath)[0] ?? 0 },
      status: {
        replicas: jsonPath(obj, scale.statusReplicasPath)[0] ?? 0,
        ...(typeof selector === 'string' ? { selector } : {}),
      },
    };
  }
  const spec = isRecord(obj.spec) ? obj.spec : {};
  const status = isRecord(obj.status) ? obj.status : {};
  const selector =
    isRecord(spec.selector) && isRecord(spec.selector.matchLabels) ? spec.selector.matchLabels : {};
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: scaleMetadata(obj),
    spec: { replicas: spec.replicas ?? 0 },
    status: {
      replicas: status.replicas ?? 0,
      selector: Object.entries(selector)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(','),
    },
  };
}

function scaleMetadata(obj: KubeObject): Record<string, unknown> {
  return {
    name: obj.metadata.name,
    namespace: obj.metadata.namespace,
    uid: obj.metadata.uid,
    resourceVersion: obj.metadata.resourceVersion,
    creationTimestamp: obj.metadata.creationTimestamp,
  };
}

function deleteOptions(call: HttpCall): DeleteOptions {
  let body: Record<string, unknown> = {};
  if (call.body.length > 0) {
    const parsed = decodeBody(
      call.body,
      String(call.headers['content-type'] ?? ''),
      'DeleteOptions',
    );
    if (isRecord(parsed)) body = parsed;
  }
  const policy = (call.query.get('propagationPolicy') ?? body.propagationPolicy) as
    | PropagationPolicy
    | undefined;
  if (policy !== undefined && !['Background', 'Foreground', 'Orphan'].includes(policy)) {
    throw new ApiError(
      422,
      'Invalid',
      `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan", "nil"`,
    );
  }
  const orphan = body.orphanDependents === true || call.query.get('orphanDependents') === 'true';
  const grace = call.query.get('gracePeriodSeconds') ?? body.gracePeriodSeconds;
  const dryRun =
    isDryRun(call.query) || (Array.isArray(body.dryRun) && body.dryRun.includes('All'));
  const pre = isRecord(body.preconditions) ? body.preconditions : undefined;
  return {
    dryRun,
    ...(policy || orphan ? { propagationPolicy: policy ?? 'Orphan' } : {}),
    ...(grace !== undefined && grace !== null ? { gracePeriodSeconds: Number(grace) } : {}),
    ...(pre
      ? {
          preconditions: {
            ...(typeof pre.uid === 'string' ? { uid: pre.uid } : {}),
            ...(typeof pre.resourceVersion === 'string'
              ? { resourceVersion: pre.resourceVersion }
              : {}),
          },
        }
      : {}),
  };
}

export function handleDelete(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  if (r.subresource !== undefined) throw methodNotAllowed();
  const result = ctx.registry.delete(r.def, r.namespace, r.name ?? '', deleteOptions(call));
  if (!result.removed || r.def.kind === 'Pod' || r.def.kind === 'Namespace') {
    send(call.res, 200, externalObject(r.def, result.object), call.headers);
    return;
  }
  send(call.res, 200, successStatus(r.def, r.name ?? '', result.object.metadata.uid), call.headers);
}

export function handleDeleteCollection(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  const filter = parseFilter(r.def, r.namespace, call.query);
  const options = deleteOptions(call);
  const items: KubeObject[] = [];
  for (const obj of ctx.store.list(r.def.storage, r.namespace)) {
    if (!matchesFilter(filter, obj)) continue;
    const result = ctx.registry.delete(
      r.def,
      obj.metadata.namespace,
      obj.metadata.name ?? '',
      options,
    );
    items.push(externalObject(r.def, result.object));
  }
  send(
    call.res,
    200,
    {
      kind: `${r.def.kind}List`,
      apiVersion: apiVersionOf(r.def),
      metadata: { resourceVersion: String(ctx.store.resourceVersion) },
      items,
    },
    call.headers,
  );
}

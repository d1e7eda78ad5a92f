import type { KubeObject } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import { handleApply } from './apply.ts';
import type { ApiContext } from './context.ts';
import { externalObject, internalObject, toEventsV1 } from './convert.ts';
import { ApiError, unsupportedMediaType } from './errors.ts';
import { checkFields, fieldValidation } from './field-validation.ts';
import type { HttpCall } from './handlers.ts';
import { send, setReplicas, stampManagedFields, toScale } from './handlers.ts';
import { jsonPatch, mergePatch, PatchError, strategicMergePatch } from './patch.ts';
import type { ResourceRequest } from './request.ts';
import { decodePatch, mediaType } from './request.ts';

const PATCH_TYPES = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/apply-patch+yaml',
  'application/strategic-merge-patch+json',
];

function applyPatch(type: string, current: unknown, patch: unknown): unknown {
  try {
    if (type === 'application/json-patch+json') return jsonPatch(current, patch);
    if (type === 'application/merge-patch+json') return mergePatch(current, patch);
    return strategicMergePatch(current, patch);
  } catch (err) {
    if (err instanceof PatchError) throw new ApiError(422, 'Invalid', err.message);
    throw err;
  }
}

/** The resourceVersion a patch (or a patched scale) names, if it names one. */
function resourceVersionOf(doc: unknown): string | undefined {
  const rv = isRecord(doc) && isRecord(doc.metadata) ? doc.metadata.resourceVersion : undefined;
  return typeof rv === 'string' ? rv : undefined;
}

export function handlePatch(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  const type = mediaType(String(call.headers['content-type'] ?? ''));
  if (!PATCH_TYPES.includes(type) && type !== 'application/apply-patch+json') {
    throw unsupportedMediaType(type, PATCH_TYPES);
  }
  if (type.startsWith('application/apply-patch')) {
    handleApply(ctx, r, call);
    return;
  }
  // Strategic merge needs Go struct tags: events.k8s.io and custom kinds refuse it.
  if (
    type === 'application/strategic-merge-patch+json' &&
    (r.def.group === 'events.k8s.io' || r.def.custom)
  ) {
    throw unsupportedMediaType(
      type,
      PATCH_TYPES.filter((t) => !t.includes('strategic')),
    );
  }
  const dryRun = call.query.getAll('dryRun').includes('All');
  const current = ctx.registry.get(r.def, r.namespace, r.name ?? '');
  const patch = decodePatch(call.body);
  if (r.subresource === 'scale') {
    const scale = applyPatch(type, toScale(current, r.def), patch);
    const replicas = isRecord(scale) && isRecord(scale.spec) ? scale.spec.replicas : undefined;
    const next = structuredClone(current);
    setReplicas(r.def, next, replicas);
    next.metadata.resourceVersion = resourceVersionOf(scale) ?? current.metadata.resourceVersion;
    stampManagedFields(ctx, r, call, 'patch', current, next);
    const updated = ctx.registry.update(r.def, r.namespace, r.name ?? '', next, { dryRun });
    send(call.res, 200, toScale(updated, r.def), call.headers);
    return;
  }
  const base = r.def.group === 'events.k8s.io' ? toEventsV1(current) : current;
  const patched = applyPatch(type, base, patch);
  if (!isRecord(patched) || !isRecord(patched.metadata))
    throw new ApiError(422, 'Invalid', 'patch removed the object metadata');
  checkFields(r.def, patched as KubeObject, fieldValidation(call.query), call.res);
  const next = internalObject(r.def, patched as KubeObject);
  next.metadata.resourceVersion = resourceVersionOf(patch) ?? current.metadata.resourceVersion;
  const sub = r.subresource === 'status' ? 'status' : undefined;
  stampManagedFields(ctx, r, call, 'patch', current, next, sub);
  const updated = ctx.registry.update(r.def, r.namespace, r.name ?? '', next, {
    dryRun,
    ...(sub ? { subresource: sub } : {}),
  });
  send(call.res, 200, externalObject(r.def, updated), call.headers);
}

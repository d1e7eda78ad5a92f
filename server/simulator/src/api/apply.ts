import type { KubeObject } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import type { ApiContext } from './context.ts';
import { externalObject, internalObject } from './convert.ts';
import { ApiError, badRequest, conflictWithMessage, notFound } from './errors.ts';
import { checkFields, fieldValidation } from './field-validation.ts';
import type { HttpCall } from './handlers.ts';
import { send } from './handlers.ts';
import type { ApplyConflict } from './managed-fields.ts';
import { applyOwnership, findConflicts, removeAll } from './managed-fields.ts';
import { strategicMergePatch } from './patch.ts';
import type { ResourceRequest } from './request.ts';
import { decodeObject } from './request.ts';
import { apiVersionOf } from './resources.ts';

/** The 409 message server-side apply gives, grouped by manager like the real one. */
export function conflictMessage(conflicts: ApplyConflict[]): string {
  const byManager = new Map<string, ApplyConflict[]>();
  for (const c of conflicts) {
    const key = `"${c.manager}" using ${c.apiVersion}`;
    byManager.set(key, [...(byManager.get(key) ?? []), c]);
  }
  const parts = [...byManager.entries()].map(([who, list]) => {
    if (list.length === 1) return `conflict with ${who}: ${list[0]?.field ?? ''}`;
    return `conflicts with ${who}:\n${list.map((c) => `- ${c.field}`).join('\n')}`;
  });
  const n = conflicts.length;
  return `Apply failed with ${n} conflict${n === 1 ? '' : 's'}: ${parts.join('\n')}`;
}

/** Server-side apply (`application/apply-patch+yaml`): create or merge, with field ownership. */
export function handleApply(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  const manager = call.query.get('fieldManager');
  if (!manager) {
    throw new ApiError(
      422,
      'Invalid',
      'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
      {
        group: 'meta.k8s.io',
        kind: 'PatchOptions',
        causes: [
          {
            reason: 'FieldValueRequired',
            message: 'Required value: is required for apply patch',
            field: 'fieldManager',
          },
        ],
      },
    );
  }
  const force = call.query.get('force') === 'true';
  const dryRun = call.query.getAll('dryRun').includes('All');
  const applied = decodeObject(call.body, 'application/yaml', r.def);
  checkFields(r.def, applied, fieldValidation(call.query), call.res, true);
  const config = internalObject(r.def, applied);
  const expected = apiVersionOf(r.def);
  if (!config.apiVersion || !config.kind) {
    throw badRequest(
      `invalid object type: ${config.apiVersion ? '' : 'apiVersion '}${config.kind ? '' : 'kind '}not set`.replace(
        / $/,
        '',
      ),
    );
  }
  if (
    r.def.group !== 'events.k8s.io' &&
    (config.apiVersion !== expected || config.kind !== r.def.kind)
  ) {
    throw badRequest(
      `the API version in the data (${config.apiVersion}) does not match the expected API version (${expected})`,
    );
  }
  if (config.metadata.name !== undefined && config.metadata.name !== r.name) {
    throw badRequest(
      `the name of the object (${config.metadata.name}) does not match the name on the URL (${r.name})`,
    );
  }
  if (r.def.namespaced && config.metadata.namespace && config.metadata.namespace !== r.namespace) {
    throw badRequest(
      'the namespace of the provided object does not match the namespace sent on the request',
    );
  }
  const sub = r.subresource === 'status' ? 'status' : undefined;
  const time = ctx.clock.timestamp();
  const live = ctx.store.get(
    r.def.storage,
    r.def.namespaced ? r.namespace : undefined,
    r.name ?? '',
  );
  if (!live) {
    if (sub) throw notFound(r.def, r.name ?? '');
    const obj: KubeObject = structuredClone(config);
    obj.metadata.name = r.name;
    obj.metadata.managedFields = applyOwnership(
      undefined,
      config,
      manager,
      expected,
      time,
      force,
    ).managedFields;
    const created = ctx.registry.create(r.def, r.namespace, obj, { dryRun });
    send(call.res, 201, externalObject(r.def, created), call.headers);
    return;
  }
  if (!force) {
    const conflicts = findConflicts(live, config, manager, sub);
    if (conflicts.length > 0) {
      throw conflictWithMessage(
        r.def,
        r.name ?? '',
        conflictMessage(conflicts),
        conflicts.map((c) => ({
          reason: 'FieldManagerConflict',
          message: `conflict with "${c.manager}" using ${c.apiVersion}`,
          field: c.field,
        })),
      );
    }
  }
  const { managedFields, removed } = applyOwnership(
    live,
    config,
    manager,
    expected,
    time,
    force,
    sub,
  );
  const patch: Record<string, unknown> = { ...config };
  delete patch.apiVersion;
  delete patch.kind;
  if (!sub) delete patch.status;
  const patchMeta = isRecord(patch.metadata) ? { ...patch.metadata } : {};
  delete patchMeta.managedFields;
  patch.metadata = patchMeta;
  const merged = strategicMergePatch(live, patch) as KubeObject;
  removeAll(merged, removed);
  merged.metadata.managedFields = managedFields;
  merged.metadata.resourceVersion =
    config.metadata.resourceVersion ?? live.metadata.resourceVersion;
  const updated = ctx.registry.update(r.def, r.namespace, r.name ?? '', merged, {
    dryRun,
    ...(sub ? { subresource: sub } : {}),
  });
  send(call.res, 200, externalObject(r.def, updated), call.headers);
}

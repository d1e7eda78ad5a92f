import type { KubeObject, OwnerReference } from '../store/types.ts';

/** The reference that makes `owner` (an `apiVersion` `kind`) the controller of an object it creates. */
export function controllerRef(apiVersion: string, kind: string, owner: KubeObject): OwnerReference {
  return {
    apiVersion,
    kind,
    name: owner.metadata.name ?? '',
    uid: owner.metadata.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}

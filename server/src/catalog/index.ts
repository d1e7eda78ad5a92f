export { CATALOG_ERROR_CODES, CatalogError, type CatalogErrorCode } from './catalog.errors.ts';
export type { ModelRow, ReleaseRecord } from './catalog.repository.ts';
export { CatalogService, estimateLoadSeconds } from './catalog.service.ts';
export {
  ENVIRONMENTS,
  type Environment,
  type EnvVar,
  type ModelRecord,
  type Placement,
  type ReleaseSpec,
  RUNTIMES,
  type Runtime,
} from './catalog.types.ts';
export {
  GPU_POD_TOLERATIONS,
  type KubeObject,
  renderDeployment,
  renderManifests,
  renderTrafficObjects,
  routePrefix,
  selectorLabels,
  startupFailureThreshold,
  type TrafficRouting,
  workloadName,
} from './manifests.ts';
export {
  diffReleases,
  type FieldChange,
  parseReleaseSpec,
  releaseId,
  releaseSpecSchema,
  releaseWarnings,
} from './release.ts';
export { modelRef, RUNTIME_PROFILES, type RuntimeProfile, runtimeOfImage } from './runtimes.ts';

export {
  type CapacityReport,
  CapacityService,
  type InventoryResult,
} from './capacity.service.ts';
export {
  type DeploymentCapacity,
  extraGpusNeeded,
  freeOf,
  type GpuInventory,
  type GpuNeedInput,
} from './capacity.ts';
export { COSTS_ERROR_CODES, CostsError, type CostsErrorCode } from './costs.errors.ts';
export { CostsService, DEFAULT_COMPARISON, type PriceBookView } from './costs.service.ts';
export type {
  ApiPrice,
  CostReport,
  CostView,
  GpuCapacity,
  GpuPrice,
  UsageSample,
} from './costs.types.ts';
export { PriceBook } from './price-book.ts';
export { computeUsage } from './usage.ts';

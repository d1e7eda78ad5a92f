export { COSTS_ERROR_CODES, CostsError, type CostsErrorCode } from './costs.errors.ts';
export { CostsService, type PriceBookView } from './costs.service.ts';
export type { ApiPrice, GpuCapacity, GpuPrice } from './costs.types.ts';
export { PriceBook } from './price-book.ts';

export { type AppMetrics, createMetrics } from './registry.ts';

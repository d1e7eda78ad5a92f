/**
 * The metrics the simulated model servers expose, in each runtime's own names: for readers of
 * those metrics to test against the same text the simulated fleet serves.
 */
export {
  type RenderInfo,
  renderLlamaCpp,
  renderSglang,
  renderTgi,
  renderVllmV0,
  renderVllmV1,
} from './runtimes/metrics-render.ts';
export { ServerMetrics } from './runtimes/metrics-state.ts';

export { type CheckpointSummary, registerAuditMetrics } from './audit.ts';
export { type DeploymentCostRates, registerCostMetrics } from './costs.ts';
export {
  type DeploymentIncidentStats,
  registerIncidentStatsMetrics,
} from './incident-stats.ts';
export { methodLabel, OTHER, statusLabel } from './labels.ts';
export { registerLeaderMetric } from './leader.ts';
export { type DeliveryOutcome, registerNotificationMetrics } from './notifications.ts';
export {
  type AppMetrics,
  createMetrics,
  HEALTH_STATES,
  type IncidentSummary,
  registerIncidentMetrics,
  setDeploymentHealth,
} from './registry.ts';

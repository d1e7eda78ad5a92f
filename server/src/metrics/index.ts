export { type DeliveryOutcome, registerNotificationMetrics } from './notifications.ts';
export {
  type AppMetrics,
  createMetrics,
  HEALTH_STATES,
  type IncidentSummary,
  registerIncidentMetrics,
  setDeploymentHealth,
} from './registry.ts';

export { DiagnosisPanel, FindingCard } from './DiagnosisPanel';
export { HealthBadge } from './HealthBadge';
export { HealthMetrics, HealthSection, type LiveHealth } from './HealthSection';
export { HEALTH_STATES, HEALTH_STYLE } from './healthState';

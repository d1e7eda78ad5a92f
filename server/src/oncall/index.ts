export { EscalationEngine } from './escalation.engine.ts';
export {
  type EscalationStep,
  type EscalationTarget,
  FALLBACK_INTERVAL_MINUTES,
  fire,
  type PolicyShape,
} from './escalation-policy.ts';
export { ONCALL_ERROR_CODES, OnCallError, type OnCallErrorCode } from './oncall.errors.ts';
export type { OverrideRecord, PolicyRecord, ScheduleRecord } from './oncall.repository.ts';
export {
  type OnCallNow,
  OnCallService,
  policyNamingChannel,
} from './oncall.service.ts';
export { type Layer, onCallAt, type Shift, shiftsBetween } from './schedule.ts';

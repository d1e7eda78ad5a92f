export { diagnose } from './diagnose.ts';
export {
  CAUSES,
  type Cause,
  type DiagnosisInput,
  type Evidence,
  type Finding,
} from './diagnosis.types.ts';
export { causeFromLogs, stillDownloading } from './log-signatures.ts';
export { RUNBOOKS } from './runbooks.ts';

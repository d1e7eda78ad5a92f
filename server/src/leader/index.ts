export { LeaderError, type LeaderErrorCode } from './leader.errors.ts';
export {
  type FencingToken,
  type LeaderCallbacks,
  LeaseElector,
  type LeaseElectorOptions,
  leaderIdentity,
} from './lease-elector.ts';

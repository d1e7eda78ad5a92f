export type LeaderErrorCode = 'NOT_LEADER' | 'LEADERSHIP_LOST';

/** Work that only the leader may do was attempted without (or after losing) the lease. */
export class LeaderError extends Error {
  readonly code: LeaderErrorCode;
  constructor(code: LeaderErrorCode, message: string) {
    super(message);
    this.name = 'LeaderError';
    this.code = code;
  }
}

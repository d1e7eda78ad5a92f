/**
 * The state of a coordination.k8s.io Lease as the elector reasons about it, free of
 * client types, and the pure rules of client-go's leader election over it.
 */
export interface LeaseRecord {
  /** Empty when nobody holds the lease (released). */
  holderIdentity: string;
  leaseDurationSeconds: number;
  acquireTimeMs: number | null;
  renewTimeMs: number | null;
  leaseTransitions: number;
}

/**
 * The Lease stores whole seconds. Round up, never down: a holder that believes its lease
 * lasts longer than others believe could overlap with its successor.
 */
export function leaseDurationSeconds(leaseDurationMs: number): number {
  return Math.max(1, Math.ceil(leaseDurationMs / 1000));
}

/**
 * When a lease held by someone else stops being valid. Measured both from the holder's
 * renewTime and from the moment this candidate first saw the current version of the
 * lease (`observedAtMs`), whichever is later: like client-go, a candidate whose clock runs
 * ahead of the holder's cannot take over early.
 */
export function leaseExpiresAtMs(record: LeaseRecord, observedAtMs: number): number {
  const since = Math.max(record.renewTimeMs ?? Number.NEGATIVE_INFINITY, observedAtMs);
  return since + record.leaseDurationSeconds * 1000;
}

/** A lease can be taken when nobody holds it or its holder stopped renewing it in time. */
export function isLeaseFree(record: LeaseRecord, observedAtMs: number, nowMs: number): boolean {
  if (record.holderIdentity === '') return true;
  return leaseExpiresAtMs(record, observedAtMs) < nowMs;
}

/** The first record of a lease that did not exist. */
export function newLease(identity: string, durationSeconds: number, nowMs: number): LeaseRecord {
  return {
    holderIdentity: identity,
    leaseDurationSeconds: durationSeconds,
    acquireTimeMs: nowMs,
    renewTimeMs: nowMs,
    leaseTransitions: 0,
  };
}

/**
 * The record `identity` writes to keep or take the lease: a renewal keeps the acquire
 * time and transition count; a takeover from anyone else (or from nobody, after a
 * release) counts one more transition.
 */
export function claimLease(
  current: LeaseRecord,
  identity: string,
  durationSeconds: number,
  nowMs: number,
): LeaseRecord {
  if (current.holderIdentity === identity) {
    return {
      ...current,
      leaseDurationSeconds: durationSeconds,
      acquireTimeMs: current.acquireTimeMs ?? nowMs,
      renewTimeMs: nowMs,
    };
  }
  return {
    holderIdentity: identity,
    leaseDurationSeconds: durationSeconds,
    acquireTimeMs: nowMs,
    renewTimeMs: nowMs,
    leaseTransitions: current.leaseTransitions + 1,
  };
}

/** What a holder writes on graceful shutdown, so a successor need not wait for expiry. */
export function releasedLease(current: LeaseRecord, nowMs: number): LeaseRecord {
  return {
    holderIdentity: '',
    leaseDurationSeconds: 1,
    acquireTimeMs: nowMs,
    renewTimeMs: nowMs,
    leaseTransitions: current.leaseTransitions,
  };
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an RFC 3339 time with any number of fractional digits. */
export function parseMicroTime(value: string): number | null {
  const match = RFC3339.exec(value);
  if (!match) return null;
  const millis = (match[2] ?? '').padEnd(3, '0').slice(0, 3);
  const ms = Date.parse(`${match[1]}.${millis}${match[3]}`);
  return Number.isNaN(ms) ? null : ms;
}

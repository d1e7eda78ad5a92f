import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { KubeConfig } from '@kubernetes/client-node';
import type { KubeError } from '../kube/index.ts';
import { type Clock, systemClock } from '../shared/clock.ts';
import { LeaderError } from './leader.errors.ts';
import { LeaseClient, type ObservedLease } from './lease-client.ts';
import {
  claimLease,
  isLeaseFree,
  leaseDurationSeconds,
  newLease,
  releasedLease,
} from './lease-record.ts';

export interface LeaseElectorOptions {
  namespace: string;
  /** Name of the Lease object (default `backline-leader`). */
  name?: string;
  /** This replica's identity, unique among candidates; see `leaderIdentity()`. */
  identity: string;
  /** How long others wait after the last renewal before taking over (default 15 s). */
  leaseDurationMs?: number;
  /** How long the leader keeps trying to renew before it gives up leading (default 10 s). */
  renewDeadlineMs?: number;
  /** How often candidates try to acquire and the leader renews (default 2 s). */
  retryPeriodMs?: number;
  clock?: Clock;
  /** Failed attempts and failing callbacks, for the log. Losing a race is not reported. */
  onError?: (error: KubeError | Error) => void;
}

export interface LeaderCallbacks {
  /** Leader-only work starts here; `signal` aborts the moment leadership is lost. */
  onStartedLeading(signal: AbortSignal): void | Promise<void>;
  /** Leadership ended. On `stop()` the lease is released only after this settles. */
  onStoppedLeading?(): void | Promise<void>;
  /** Another (or this) candidate was seen holding the lease. */
  onNewLeader?(identity: string): void;
}

/**
 * Proof of leadership to stamp on leader-only writes: `transitions` grows with every
 * change of leader, so a write carrying a lower count comes from a deposed leader.
 */
export interface FencingToken {
  identity: string;
  transitions: number;
}

interface Leadership {
  token: FencingToken;
  controller: AbortController;
  /** Local time at which the last successful renewal was sent: the lease counts from there. */
  renewedAtMs: number;
  deadline: NodeJS.Timeout | undefined;
}

type Outcome = { kind: 'leading'; lease: ObservedLease } | { kind: 'following' };

const RETRY_JITTER = 0.2;

/** A unique candidate identity: the host name (the pod name in Kubernetes) and a random suffix. */
export function leaderIdentity(): string {
  return `${hostname()}-${randomBytes(4).toString('hex')}`;
}

/**
 * Leader election over a coordination.k8s.io Lease with client-go's rules: acquire a lease
 * that is absent, released or expired through a create or an update at the read
 * resourceVersion (a conflict means another candidate won), renew it every retry period,
 * and stop leading as soon as it has not been renewed for the renew deadline, which is
 * shorter than the lease duration, so the old leader stops before anyone can take over.
 */
export class LeaseElector {
  readonly identity: string;
  readonly #client: LeaseClient;
  readonly #clock: Clock;
  readonly #durationSeconds: number;
  readonly #renewDeadlineMs: number;
  readonly #retryPeriodMs: number;
  readonly #onError: (error: KubeError | Error) => void;
  #callbacks: LeaderCallbacks | undefined;
  #state: 'idle' | 'running' | 'stopped' = 'idle';
  #loop: Promise<void> = Promise.resolve();
  #wake: (() => void) | undefined;
  #leadership: Leadership | null = null;
  #observed: { resourceVersion: string; atMs: number } | null = null;
  #reportedLeader: string | null = null;

  constructor(kubeConfig: KubeConfig, options: LeaseElectorOptions) {
    const leaseDurationMs = options.leaseDurationMs ?? 15_000;
    const renewDeadlineMs = options.renewDeadlineMs ?? 10_000;
    const retryPeriodMs = options.retryPeriodMs ?? 2_000;
    if (!options.identity) throw new Error('A leader election candidate needs an identity');
    if (!(leaseDurationMs > renewDeadlineMs)) {
      throw new Error('The lease duration must be longer than the renew deadline');
    }
    if (!(renewDeadlineMs > retryPeriodMs * (1 + RETRY_JITTER)) || retryPeriodMs <= 0) {
      throw new Error('The renew deadline must be longer than 1.2 retry periods');
    }
    this.identity = options.identity;
    this.#client = new LeaseClient(
      kubeConfig,
      options.namespace,
      options.name ?? 'backline-leader',
    );
    this.#clock = options.clock ?? systemClock;
    this.#durationSeconds = leaseDurationSeconds(leaseDurationMs);
    this.#renewDeadlineMs = renewDeadlineMs;
    this.#retryPeriodMs = retryPeriodMs;
    this.#onError = options.onError ?? (() => {});
  }

  /** Starts campaigning; callbacks run as leadership is gained and lost. */
  start(callbacks: LeaderCallbacks): void {
    if (this.#state !== 'idle') throw new Error('The leader elector has already been started');
    this.#callbacks = callbacks;
    this.#state = 'running';
    this.#loop = this.#run();
  }

  /**
   * Stops campaigning. By default a leader first ends its work (aborting the signal and
   * awaiting `onStoppedLeading`) and then releases the lease so a successor takes over at
   * once. With `release: false` the lease is left as it is: leadership lapses at the renew
   * deadline, as it would for a replica cut off from the API server, and others take over
   * when the lease expires.
   */
  async stop(options: { release?: boolean } = {}): Promise<void> {
    if (this.#state === 'stopped') return;
    const wasRunning = this.#state === 'running';
    this.#state = 'stopped';
    this.#wake?.();
    await this.#loop;
    if (!wasRunning || options.release === false) return;
    await this.#loseLeadership();
    await this.#release();
  }

  /** True while this replica holds the lease and is within its renew deadline. */
  isLeader(): boolean {
    const leadership = this.#leadership;
    return leadership !== null && this.#nowMs() < leadership.renewedAtMs + this.#renewDeadlineMs;
  }

  /** The token to stamp on leader-only writes, or null when not leading. */
  fencingToken(): FencingToken | null {
    return this.isLeader() && this.#leadership ? { ...this.#leadership.token } : null;
  }

  /** Guards leader-only work: throws LeaderError unless this replica leads right now. */
  assertLeader(): FencingToken {
    const token = this.fencingToken();
    if (!token) {
      throw new LeaderError('NOT_LEADER', `${this.identity} does not hold the leader lease`);
    }
    return token;
  }

  /** The last holder seen on the lease, or null before the first read. */
  currentLeader(): string | null {
    return this.#reportedLeader;
  }

  async #run(): Promise<void> {
    while (this.#state === 'running') {
      await this.#attempt();
      if (this.#state !== 'running') break;
      const jitter = this.#leadership ? 1 : 1 + Math.random() * RETRY_JITTER;
      await this.#sleep(this.#retryPeriodMs * jitter);
    }
  }

  async #attempt(): Promise<void> {
    const sentAtMs = this.#nowMs();
    const leadership = this.#leadership;
    // A renewal may take no longer than what is left of the deadline; an acquisition, a deadline.
    const timeoutMs = leadership
      ? leadership.renewedAtMs + this.#renewDeadlineMs - sentAtMs
      : this.#renewDeadlineMs;
    if (timeoutMs <= 0) return;
    let outcome: Outcome;
    try {
      outcome = await this.#tryAcquireOrRenew(sentAtMs, timeoutMs);
    } catch (error) {
      const kubeError = error as KubeError;
      if (kubeError.code !== 'CONFLICT') this.#onError(kubeError);
      return;
    }
    if (outcome.kind === 'following') {
      // Someone else holds a valid lease: whatever this replica believed, it does not lead.
      if (this.#leadership) void this.#loseLeadership();
      return;
    }
    if (this.#leadership) {
      this.#leadership.renewedAtMs = sentAtMs;
      this.#armDeadline();
    } else if (this.#state === 'running') {
      this.#becomeLeader(outcome.lease.record.leaseTransitions, sentAtMs);
    }
  }

  async #tryAcquireOrRenew(nowMs: number, timeoutMs: number): Promise<Outcome> {
    const current = await this.#client.read(timeoutMs);
    if (!current) {
      const created = await this.#client.create(
        newLease(this.identity, this.#durationSeconds, nowMs),
        timeoutMs,
      );
      this.#observe(created);
      return { kind: 'leading', lease: created };
    }
    this.#observe(current);
    const observedAtMs = this.#observed?.atMs ?? nowMs;
    if (
      current.record.holderIdentity !== this.identity &&
      !isLeaseFree(current.record, observedAtMs, nowMs)
    ) {
      return { kind: 'following' };
    }
    const updated = await this.#client.update(
      claimLease(current.record, this.identity, this.#durationSeconds, nowMs),
      current.resourceVersion,
      timeoutMs,
    );
    this.#observe(updated);
    return { kind: 'leading', lease: updated };
  }

  /** Notes when this version of the lease was first seen, and who holds it. */
  #observe(lease: ObservedLease): void {
    if (this.#observed?.resourceVersion !== lease.resourceVersion) {
      this.#observed = { resourceVersion: lease.resourceVersion, atMs: this.#nowMs() };
    }
    const holder = lease.record.holderIdentity;
    if (holder !== '' && holder !== this.#reportedLeader) {
      this.#reportedLeader = holder;
      this.#safely(() => this.#callbacks?.onNewLeader?.(holder));
    }
  }

  #becomeLeader(transitions: number, renewedAtMs: number): void {
    const controller = new AbortController();
    this.#leadership = {
      token: { identity: this.identity, transitions },
      controller,
      renewedAtMs,
      deadline: undefined,
    };
    this.#armDeadline();
    this.#safely(() => this.#callbacks?.onStartedLeading(controller.signal));
  }

  /** Leadership ends by itself when the renew deadline passes without a renewal. */
  #armDeadline(): void {
    const leadership = this.#leadership;
    if (!leadership) return;
    clearTimeout(leadership.deadline);
    const remaining = leadership.renewedAtMs + this.#renewDeadlineMs - this.#nowMs();
    leadership.deadline = setTimeout(() => void this.#loseLeadership(), Math.max(0, remaining));
  }

  async #loseLeadership(): Promise<void> {
    const leadership = this.#leadership;
    if (!leadership) return;
    this.#leadership = null;
    clearTimeout(leadership.deadline);
    leadership.controller.abort(
      new LeaderError('LEADERSHIP_LOST', `${this.identity} no longer holds the leader lease`),
    );
    await this.#safely(() => this.#callbacks?.onStoppedLeading?.());
  }

  /** Hands the lease back if this replica still holds it, so a successor need not wait. */
  async #release(): Promise<void> {
    try {
      const current = await this.#client.read(this.#renewDeadlineMs);
      if (!current || current.record.holderIdentity !== this.identity) return;
      await this.#client.update(
        releasedLease(current.record, this.#nowMs()),
        current.resourceVersion,
        this.#renewDeadlineMs,
      );
    } catch (error) {
      // Not released: the successor waits for the lease to expire instead.
      this.#onError(error as KubeError);
    }
  }

  async #safely(fn: () => void | Promise<void> | undefined): Promise<void> {
    try {
      await fn();
    } catch (error) {
      this.#onError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = done;
    });
  }

  #nowMs(): number {
    return this.#clock.now().getTime();
  }
}

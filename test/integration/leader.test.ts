import { type RunningSimulator, startSimulator } from '@backline/simulator';
import { CoordinationV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  LeaderError,
  LeaseElector,
  type LeaseElectorOptions,
} from '../../server/src/leader/index.ts';

const NAMESPACE = 'backline-system';
// Short periods with client-go's proportions (lease > renew deadline > retry period).
const TIMING = { leaseDurationMs: 1_500, renewDeadlineMs: 1_000, retryPeriodMs: 200 };

interface Candidate {
  elector: LeaseElector;
  started: AbortSignal[];
  stoppedAt: number[];
  leaders: string[];
  errors: Error[];
}

describe('leader election over a Lease in the (simulated) cluster', () => {
  let sim: RunningSimulator;
  let kubeConfig: KubeConfig;
  let leases: CoordinationV1Api;
  let candidates: Candidate[] = [];
  let leaseNumber = 0;
  let leaseName = '';

  beforeAll(async () => {
    sim = await startSimulator({ fleet: 'empty' });
    kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(sim.kubeconfig());
    await kubeConfig.makeApiClient(CoreV1Api).createNamespace({
      body: { metadata: { name: NAMESPACE } },
    });
    leases = kubeConfig.makeApiClient(CoordinationV1Api);
  });

  afterAll(async () => {
    await sim?.stop();
  });

  afterEach(async () => {
    await Promise.all(candidates.map((c) => c.elector.stop()));
    candidates = [];
    leaseNumber += 1;
  });

  function candidate(identity: string, options: Partial<LeaseElectorOptions> = {}): Candidate {
    leaseName = `backline-leader-${leaseNumber}`;
    const c: Candidate = {
      elector: new LeaseElector(kubeConfig, {
        namespace: NAMESPACE,
        name: leaseName,
        identity,
        ...TIMING,
        onError: (error) => c.errors.push(error),
        ...options,
      }),
      started: [],
      stoppedAt: [],
      leaders: [],
      errors: [],
    };
    c.elector.start({
      onStartedLeading: (signal) => {
        c.started.push(signal);
      },
      onStoppedLeading: () => {
        c.stoppedAt.push(Date.now());
      },
      onNewLeader: (leader) => {
        c.leaders.push(leader);
      },
    });
    candidates.push(c);
    return c;
  }

  async function readLease() {
    return leases.readNamespacedLease({ name: leaseName, namespace: NAMESPACE });
  }

  /** Samples both candidates on every retry tick until stopped; records any overlap. */
  function watchForOverlap(a: Candidate, b: Candidate): { stop(): number } {
    let overlaps = 0;
    const timer = setInterval(() => {
      if (a.elector.isLeader() && b.elector.isLeader()) overlaps += 1;
    }, TIMING.retryPeriodMs / 4);
    return {
      stop() {
        clearInterval(timer);
        return overlaps;
      },
    };
  }

  async function oneLeader(a: Candidate, b: Candidate): Promise<[Candidate, Candidate]> {
    await expect
      .poll(() => [a, b].filter((c) => c.elector.isLeader()).length, {
        timeout: 20_000,
        interval: 50,
      })
      .toBe(1);
    return a.elector.isLeader() ? [a, b] : [b, a];
  }

  it('elects exactly one of two candidates and records it on the lease', async () => {
    const a = candidate('replica-a');
    const b = candidate('replica-b');
    const overlap = watchForOverlap(a, b);
    const [leader, follower] = await oneLeader(a, b);

    expect(leader.started).toHaveLength(1);
    expect(follower.started).toHaveLength(0);
    expect(leader.elector.fencingToken()).toEqual({
      identity: leader.elector.identity,
      transitions: 0,
    });
    expect(leader.elector.assertLeader().identity).toBe(leader.elector.identity);
    expect(follower.elector.fencingToken()).toBeNull();
    expect(() => follower.elector.assertLeader()).toThrow(LeaderError);
    await expect
      .poll(() => follower.leaders, { timeout: 10_000 })
      .toContain(leader.elector.identity);

    const lease = await readLease();
    expect(lease.spec?.holderIdentity).toBe(leader.elector.identity);
    // 1.5 s does not fit the field's whole seconds: rounded up, never down.
    expect(lease.spec?.leaseDurationSeconds).toBe(2);
    expect(lease.spec?.leaseTransitions).toBe(0);
    // MicroTime, as the API server writes it: RFC 3339 with six fractional digits.
    const micro = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
    expect(String(lease.spec?.acquireTime)).toMatch(micro);
    expect(String(lease.spec?.renewTime)).toMatch(micro);

    // The leader keeps renewing: renewTime moves on while acquireTime stays.
    const firstRenew = String(lease.spec?.renewTime);
    await expect
      .poll(async () => String((await readLease()).spec?.renewTime), { timeout: 10_000 })
      .not.toBe(firstRenew);
    const renewed = await readLease();
    expect(String(renewed.spec?.acquireTime)).toBe(String(lease.spec?.acquireTime));
    expect(renewed.spec?.holderIdentity).toBe(leader.elector.identity);
    expect(overlap.stop()).toBe(0);
  });

  it('hands over at once when the leader stops gracefully, without waiting for expiry', async () => {
    // A lease far longer than the wait below: only a released lease can change hands in time.
    const long = { leaseDurationMs: 120_000, renewDeadlineMs: 60_000, retryPeriodMs: 200 };
    const a = candidate('replica-a', long);
    const b = candidate('replica-b', long);
    const overlap = watchForOverlap(a, b);
    const [leader, follower] = await oneLeader(a, b);
    const signal = leader.started[0];

    await leader.elector.stop();
    expect(signal?.aborted).toBe(true);
    expect(leader.stoppedAt).toHaveLength(1);
    expect(leader.elector.isLeader()).toBe(false);
    const released = await readLease();
    // Released (holder cleared), or already taken by the successor.
    expect(released.spec?.holderIdentity).not.toBe(leader.elector.identity);

    await expect
      .poll(() => follower.elector.isLeader(), { timeout: 30_000, interval: 20 })
      .toBe(true);
    const lease = await readLease();
    expect(lease.spec?.holderIdentity).toBe(follower.elector.identity);
    expect(lease.spec?.leaseDurationSeconds).toBe(120);
    expect(lease.spec?.leaseTransitions).toBe(1);
    expect(follower.elector.fencingToken()).toEqual({
      identity: follower.elector.identity,
      transitions: 1,
    });
    expect(follower.leaders.at(-1)).toBe(follower.elector.identity);
    expect([...leader.errors, ...follower.errors]).toEqual([]);
    expect(overlap.stop()).toBe(0);
  });

  it('replaces a leader that stops renewing, and that leader stops at its renew deadline', async () => {
    const a = candidate('replica-a');
    const b = candidate('replica-b');
    const overlap = watchForOverlap(a, b);
    const [leader, follower] = await oneLeader(a, b);
    const signal = leader.started[0];
    const renewedBefore = Date.parse(String((await readLease()).spec?.renewTime));

    // As if the process froze or lost the API server: no more renewals, no release.
    await leader.elector.stop({ release: false });

    await expect.poll(() => leader.stoppedAt.length, { timeout: 20_000, interval: 20 }).toBe(1);
    expect(signal?.aborted).toBe(true);
    expect(leader.elector.isLeader()).toBe(false);
    expect(leader.elector.fencingToken()).toBeNull();

    await expect
      .poll(() => follower.elector.isLeader(), { timeout: 20_000, interval: 20 })
      .toBe(true);
    const lease = await readLease();
    expect(lease.spec?.holderIdentity).toBe(follower.elector.identity);
    expect(lease.spec?.leaseTransitions).toBe(1);
    // The old leader gave up before the successor could take over: its deadline (renew
    // deadline after its last renewal) precedes the lease's expiry (lease duration after it).
    const stoppedAt = leader.stoppedAt[0] ?? Number.POSITIVE_INFINITY;
    const acquiredAt = Date.parse(String(lease.spec?.acquireTime));
    expect(stoppedAt).toBeLessThanOrEqual(acquiredAt);
    expect(acquiredAt).toBeGreaterThanOrEqual(renewedBefore + TIMING.leaseDurationMs);
    expect(overlap.stop()).toBe(0);
  });

  it('never lets two candidates lead at once through repeated hand-overs', async () => {
    const a = candidate('replica-a');
    const b = candidate('replica-b');
    const overlap = watchForOverlap(a, b);
    const [leader] = await oneLeader(a, b);
    await leader.elector.stop({ release: false });
    const c = candidate('replica-c');
    const overlapWithNew = watchForOverlap(leader === a ? b : a, c);
    const [second] = await oneLeader(leader === a ? b : a, c);
    await second.elector.stop();
    await expect
      .poll(() => candidates.filter((x) => x.elector.isLeader()).length, {
        timeout: 20_000,
        interval: 20,
      })
      .toBe(1);
    const lease = await readLease();
    expect(lease.spec?.leaseTransitions).toBe(2);
    expect(overlap.stop()).toBe(0);
    expect(overlapWithNew.stop()).toBe(0);
  });
});

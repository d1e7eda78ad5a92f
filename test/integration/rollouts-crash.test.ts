import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppsV1Api } from '@kubernetes/client-node';
import { afterAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { login } from '../support/graphql.ts';
import { type BacklineProcess, startBacklineProcess } from '../support/process.ts';
import {
  caller,
  deployTo,
  PROMOTED_CANARY_AUDIT,
  PROMOTED_CANARY_EVENTS,
  rolloutAudit,
  vllmReleases,
} from '../support/rollout-api.ts';
import { createServerDatabase } from '../support/stores.ts';
import { waitFor } from '../support/wait.ts';

/**
 * Crash safety of the rollout engine: a real Backline process is killed with SIGKILL at random
 * points while three canary rollouts run (two good releases, one whose canary crash-loops),
 * started again on the same store, and every rollout must end where it should with nothing
 * applied twice. The store must outlive the process: the PostgreSQL server, and PGlite in its
 * data folder (PostgreSQL's own write-ahead log in files: a committed transaction is in the
 * folder's files when the process dies, an uncommitted one is rolled back on the next start).
 *
 * The kill points come from a seeded generator; the seed is printed, and CRASH_SEED=<seed>
 * replays the same schedule.
 */

const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.warn(`rollouts-crash: CRASH_SEED=${seed}`);

/** mulberry32: small, fast and good enough to spread kill points. */
function seeded(start: number): () => number {
  let a = start >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PASSWORD = 'crash-test-password-long';
const KILLS = 4;
const GOOD = ['good-a', 'good-b'];
const BAD = 'bad';
// Two seconds each: traffic comes in ticks of a second, enough for the minimum sample.
const STEPS = [
  { weightPercent: 50, analysisSeconds: 2 },
  { weightPercent: 100, analysisSeconds: 2 },
];

interface Rollout {
  id: string;
  state: string;
  active: boolean;
  reason: string | null;
  events: { from: string | null; to: string; step: number | null; actor: string }[];
}

interface Deployment {
  release: { id: string };
  history: { release: { id: string }; reason: string | null }[];
  status: { pods: { ready: boolean; releaseId: string | null; track: string | null }[] };
  rollout: Rollout | null;
}

const DEPLOYMENT = `query($name: String!) { deployment(namespace: "ml-prod", name: $name) {
  release { id } history { release { id } reason }
  status { pods { ready releaseId track } }
  rollout { id state active reason events { from to step actor } } } }`;

const stores = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

for (const store of stores) {
  describe(`rollouts through SIGKILLs of the process, on ${store}`, () => {
    let cluster: SimulatedCluster | undefined;
    let dataDir: string | undefined;
    let dropDatabase = async () => {};
    let current: BacklineProcess | undefined;
    afterAll(async () => {
      await current?.kill();
      await cluster?.stop();
      await dropDatabase();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    it('ends every rollout in the right state, with nothing applied twice', async () => {
      const random = seeded(seed + (store === 'postgres' ? 1 : 0));
      cluster = await startSimulatedCluster({ acceleration: 20, trafficRps: 5 });
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'backline-crash-'));
      const env: Record<string, string> = {
        BACKLINE_DATA_DIR: dataDir,
        BACKLINE_ADMIN_PASSWORD: PASSWORD,
        KUBECONFIG: cluster.kubeconfig,
        BACKLINE_NAMESPACES: 'ml-prod',
        // One process: a restart must not wait for the dead holder's Lease to expire.
        BACKLINE_LEADER_ELECTION: 'off',
        BACKLINE_HEALTH_INTERVAL: '500ms',
        BACKLINE_SYNTHETIC_TIMEOUT: '1s',
      };
      const serverUrl = process.env.TEST_DATABASE_URL;
      if (store === 'postgres' && serverUrl) {
        const database = await createServerDatabase(serverUrl);
        env.DATABASE_URL = database.url;
        dropDatabase = database.drop;
      }
      const outputs: string[] = [];
      const start = async () => {
        current = await startBacklineProcess(env);
        return current;
      };
      const kill = async () => {
        const dying = current as BacklineProcess;
        await dying.kill();
        outputs.push(dying.output());
      };

      let proc = await start();
      // Sessions live in the store, so the cookie outlives the process; the port does not.
      const cookie = await login(proc.url, 'admin@backline.local', PASSWORD);
      const call = caller(() => proc.url, cookie);
      const [A, B] = (await vllmReleases(call, [
        'vllm/vllm-openai:v0.9.2',
        'vllm/vllm-openai:v0.10.1',
      ])) as [string, string];
      const deploy = (name: string, input: Record<string, unknown>) => deployTo(call, name, input);
      const deployment = async (name: string) =>
        (await call<{ deployment: Deployment | null }>(DEPLOYMENT, { name })).deployment;
      const names = [...GOOD, BAD];
      for (const name of names) await deploy(name, { releaseId: A, strategy: 'CANARY' });
      for (const name of names) {
        await waitFor(
          `${name} ready`,
          async () => {
            const d = await deployment(name);
            return d?.status.pods.filter((p) => p.ready).length === 2 ? true : undefined;
          },
          90_000,
        );
      }
      // The bad release's canary crashes from its first start.
      cluster.sim.injectFault({
        type: 'crash-loop',
        namespace: 'ml-prod',
        deployment: 'bad-canary',
      });
      for (const name of names) await deploy(name, { releaseId: B, canarySteps: STEPS });

      // Kill at random points: sometimes at once after serving, sometimes seconds in.
      const killedAt: number[] = [];
      for (let k = 0; k < KILLS; k++) {
        const delayMs = Math.round(200 + random() * 3800);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        await kill();
        killedAt.push(delayMs);
        proc = await start();
      }
      console.warn(`rollouts-crash on ${store}: killed after ${killedAt.join(', ')} ms`);

      const ended = async (name: string, state: string) =>
        waitFor(
          `${name} rollout ${state}`,
          async () => {
            const r = (await deployment(name))?.rollout;
            if (r && !r.active && r.state !== state)
              throw new Error(`ended ${r.state}: ${r.reason}`);
            return r?.state === state ? r : undefined;
          },
          90_000,
        );
      const apps = cluster.admin.makeApiClient(AppsV1Api);
      const live = async (name: string) =>
        (await apps.listNamespacedDeployment({ namespace: 'ml-prod' })).items.filter(
          (d) => d.metadata?.labels?.['backline.dev/deployment'] === name,
        );
      const servedBy = (name: string, releaseId: string) =>
        waitFor(`${name} served by ${releaseId} alone`, async () => {
          const pods = (await deployment(name))?.status.pods ?? [];
          const deployments = (await live(name)).map((d) => d.metadata?.name);
          if (
            deployments.length === 1 &&
            deployments[0] === name &&
            pods.length === 2 &&
            pods.every((p) => p.ready && p.track === 'stable' && p.releaseId === releaseId)
          )
            return true;
          throw new Error(`Deployments ${deployments.join(', ')}; pods ${JSON.stringify(pods)}`);
        });
      /** The stable Deployment's generation and how many ReplicaSets (pod templates) it had. */
      const stableShape = async (name: string) => {
        const [stable] = (await live(name)).filter((d) => d.metadata?.name === name);
        const sets = (await apps.listNamespacedReplicaSet({ namespace: 'ml-prod' })).items.filter(
          (rs) => rs.metadata?.ownerReferences?.some((o) => o.name === name),
        );
        return { generation: stable?.metadata?.generation ?? 0, replicaSets: sets.length };
      };
      const audit = (rolloutId: string) => rolloutAudit(call, rolloutId);

      try {
        for (const name of GOOD) {
          const r = await ended(name, 'SUCCEEDED');
          expect(r.events.map((e) => `${e.from}→${e.to}@${e.step}`)).toEqual(
            PROMOTED_CANARY_EVENTS,
          );
          expect(await audit(r.id)).toEqual(PROMOTED_CANARY_AUDIT);
          await servedBy(name, B);
          const d = (await deployment(name)) as Deployment;
          expect(d.release.id).toBe(B);
          // One revision per release applied: the first one and the rollout's.
          expect(d.history.map((h) => h.release.id)).toEqual([B, A]);
          // Stable: A×2 → A×1 → A×0 → B×0 → B×1 → B×2 at most; two pod templates exactly.
          const shape = await stableShape(name);
          expect(shape.replicaSets).toBe(2);
          expect(shape.generation).toBeLessThanOrEqual(6);
        }

        const bad = await ended(BAD, 'ROLLED_BACK');
        expect(bad.events.map((e) => `${e.from}→${e.to}`)).toEqual([
          'null→PENDING',
          'PENDING→PROGRESSING',
          'PROGRESSING→ROLLING_BACK',
          'ROLLING_BACK→ROLLED_BACK',
        ]);
        expect(await audit(bad.id)).toEqual([
          'rollout.create',
          'rollout.start',
          'rollout.roll_back',
          'rollout.rolled_back',
        ]);
        await servedBy(BAD, A);
        const d = (await deployment(BAD)) as Deployment;
        expect(d.release.id).toBe(A);
        // Exactly one revision for the rollback, on top of the first release and the bad one.
        expect(d.history.map((h) => h.release.id)).toEqual([A, B, A]);
        expect(d.history[0]?.reason).toMatch(/^Automatic rollback: /);
        // Stable never changed its template: A×2 → A×1 → A×2 at most.
        const shape = await stableShape(BAD);
        expect(shape.replicaSets).toBe(1);
        expect(shape.generation).toBeLessThanOrEqual(3);
        // One incident, raised once.
        const incidents = await waitFor('the rollout incident', async () => {
          const found = (
            await call<{
              incidents: { source: string; signals: { count: number; source: string }[] }[];
            }>(
              '{ incidents(namespace: "ml-prod", name: "bad") { source signals { source count } } }',
            )
          ).incidents.filter((i) => i.source === 'ROLLOUT');
          return found.length ? found : undefined;
        });
        expect(incidents).toHaveLength(1);
        expect(incidents[0]?.signals).toEqual([{ source: 'ROLLOUT', count: 1 }]);

        const verified = await call<{ verifyAuditLog: { ok: boolean; checked: number } }>(
          '{ verifyAuditLog { ok checked } }',
        );
        expect(verified.verifyAuditLog.ok).toBe(true);
      } catch (error) {
        outputs.push(proc.output());
        console.warn(
          `CRASH_SEED=${seed}; process output:\n${outputs.join('\n-----\n').slice(-20_000)}`,
        );
        throw error;
      }
    }, 240_000);
  });
}

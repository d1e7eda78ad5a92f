import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppsV1Api, CoordinationV1Api } from '@kubernetes/client-node';
import { createClient } from 'graphql-ws';
import { afterAll, expect, it } from 'vitest';
import WebSocket from 'ws';
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
import {
  createServerDatabase,
  describeWithPostgresServer,
  postgresServerUrl,
} from '../support/stores.ts';
import { waitFor } from '../support/wait.ts';

const PASSWORD = 'failover-test-password';

/**
 * The bound on a takeover after the leader dies without releasing its Lease (15 s lease,
 * 2 s retry with up to 20 % jitter): the last renewal is at or before the kill; the other
 * replica sees that version of the Lease within one retry period (2.4 s), treats it as expired
 * 15 s after it saw it, and claims it at its next attempt, within another 2.4 s. 19.8 s in
 * all, and 5 s for requests on a loaded machine.
 */
const TAKEOVER_BOUND_MS = 15_000 + 2 * 2_400 + 5_000;

interface RolloutEvent {
  at: string;
  from: string | null;
  to: string;
  step: number | null;
  actor: string;
}

interface Rollout {
  id: string;
  state: string;
  active: boolean;
  currentStep: number;
  reason: string | null;
  events: RolloutEvent[];
}

const ROLLOUT = 'id state active currentStep reason events { at from to step actor }';

// Several replicas share one PostgreSQL server; PGlite lives in one process, so this needs the server.
describeWithPostgresServer(
  'leader failover in the middle of a rollout (needs a PostgreSQL server: TEST_DATABASE_URL)',
  () => {
    let cluster: SimulatedCluster | undefined;
    let database: Awaited<ReturnType<typeof createServerDatabase>> | undefined;
    const processes: BacklineProcess[] = [];
    const dirs: string[] = [];
    afterAll(async () => {
      for (const p of processes) await p.kill();
      await cluster?.stop();
      await database?.drop();
      for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    });

    it('the other process takes over within the lease and finishes the rollout, no step taken twice', async () => {
      cluster = await startSimulatedCluster({ acceleration: 20, trafficRps: 5 });
      database = await createServerDatabase(postgresServerUrl());
      const start = async () => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'backline-failover-'));
        dirs.push(dir);
        const p = await startBacklineProcess({
          DATABASE_URL: (database as { url: string }).url,
          BACKLINE_DATA_DIR: dir,
          BACKLINE_ADMIN_PASSWORD: PASSWORD,
          KUBECONFIG: (cluster as SimulatedCluster).kubeconfig,
          BACKLINE_NAMESPACES: 'ml-prod',
          BACKLINE_HEALTH_INTERVAL: '500ms',
          BACKLINE_SYNTHETIC_TIMEOUT: '1s',
        });
        processes.push(p);
        return p;
      };
      const first = await start();
      const second = await start();

      // Who leads: the replica whose backline_leader gauge says so, the holder the Lease names
      // and the identity that replica logged when it started leading.
      const leases = cluster.admin.makeApiClient(CoordinationV1Api);
      const holder = async () =>
        (await leases.readNamespacedLease({ name: 'backline-leader', namespace: 'default' })).spec
          ?.holderIdentity ?? null;
      const leads = async (p: BacklineProcess) =>
        /^backline_leader 1$/m.test(await (await fetch(`${p.url}/metrics`)).text());
      const identityOf = (p: BacklineProcess) =>
        /"identity":"([^"]+)"[^\n]*"msg":"leading: /.exec(p.output())?.[1];
      const leader = await waitFor('one leader', async () => {
        const leading = [];
        for (const p of [first, second]) if (await leads(p)) leading.push(p);
        return leading.length === 1 ? leading[0] : undefined;
      });
      const survivor = leader === first ? second : first;
      const leaderIdentity = identityOf(leader) as string;
      expect(await holder()).toBe(leaderIdentity);
      expect(await leads(survivor)).toBe(false);
      expect(identityOf(survivor)).toBeUndefined();

      // Everything goes through the survivor, which never leads until the kill.
      const cookie = await login(survivor.url, 'admin@backline.local', PASSWORD);
      const call = caller(() => survivor.url, cookie);
      const [A, B] = (await vllmReleases(call, [
        'vllm/vllm-openai:v0.9.2',
        'vllm/vllm-openai:v0.10.1',
      ])) as [string, string];
      const deploy = (input: Record<string, unknown>) => deployTo(call, 'fo', input);
      const state = async () =>
        (
          await call<{
            deployment: {
              phase: string;
              status: {
                pods: { ready: boolean; releaseId: string | null; track: string | null }[];
              };
              rollout: Rollout | null;
            } | null;
          }>(
            `{ deployment(namespace: "ml-prod", name: "fo") { phase status { pods { ready releaseId track } }
              rollout { ${ROLLOUT} } } }`,
          )
        ).deployment;
      await deploy({ releaseId: A, strategy: 'CANARY' });
      await waitFor(
        'fo ready',
        async () => ((await state())?.phase === 'READY' ? true : undefined),
        90_000,
      );
      // The survivor follows, yet answers with the leader's health, read from the store.
      const health = async () =>
        await call<{
          deployment: {
            health: { state: string; transitions: { at: string; from: string; to: string }[] };
          } | null;
          incidents: { title: string }[];
        }>(
          `{ deployment(namespace: "ml-prod", name: "fo") { health { state transitions(last: 100) { at from to } } }
               incidents(namespace: "ml-prod", name: "fo") { title } }`,
        );
      const followed = await waitFor(
        'fo HEALTHY, as the follower answers',
        async () => {
          const h = await health();
          return h.deployment?.health.state === 'HEALTHY' ? h : undefined;
        },
        60_000,
      );
      // Incidents too: the same list through either replica.
      const leaderCall = caller(
        () => leader.url,
        await login(leader.url, 'admin@backline.local', PASSWORD),
      );
      const fromLeader = await leaderCall<{ incidents: { title: string }[] }>(
        '{ incidents(namespace: "ml-prod", name: "fo") { title } }',
      );
      expect(followed.incidents).toEqual(fromLeader.incidents);

      // A subscriber on the survivor: what it hears before the kill came from the leader over
      // PostgreSQL; what it hears after, from the survivor itself.
      class WithCookie extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      }
      const ws = createClient({
        url: `${survivor.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WithCookie,
        retryAttempts: 0,
      });
      const heard: { at: number; rollout: Rollout }[] = [];
      let subscribed = false;
      const unsubscribe = ws.subscribe(
        {
          query: `subscription { rolloutChanged(namespace: "ml-prod", name: "fo") { ${ROLLOUT} } }`,
        },
        {
          next: (v) =>
            heard.push({
              at: Date.now(),
              rollout: (v.data as { rolloutChanged: Rollout }).rolloutChanged,
            }),
          error: (err) => {
            throw err;
          },
          complete: () => {},
        },
      );
      ws.on('connected', () => {
        subscribed = true;
      });
      await waitFor('subscribed', () => (subscribed ? true : undefined));

      await deploy({
        releaseId: B,
        canarySteps: [
          { weightPercent: 50, analysisSeconds: 3 },
          { weightPercent: 100, analysisSeconds: 2 },
        ],
      });
      await waitFor('the leader moves the rollout', () =>
        heard.some((h) => h.rollout.state === 'PROGRESSING') ? true : undefined,
      );
      const killedAt = Date.now();
      await leader.kill();

      // The survivor takes the Lease over, and says so.
      const takeoverMs = await waitFor(
        'the survivor to take the Lease',
        async () =>
          (await holder()) === identityOf(survivor) && (await leads(survivor))
            ? Date.now() - killedAt
            : undefined,
        TAKEOVER_BOUND_MS + 10_000,
      );
      console.warn(`failover: the survivor took the Lease ${takeoverMs} ms after the kill`);
      expect(takeoverMs).toBeLessThanOrEqual(TAKEOVER_BOUND_MS);
      expect(identityOf(survivor)).not.toBe(leaderIdentity);

      const done = await waitFor(
        'the rollout to succeed',
        async () => {
          const r = (await state())?.rollout;
          if (r && !r.active && r.state !== 'SUCCEEDED')
            throw new Error(`ended ${r.state}: ${r.reason}`);
          return r?.state === 'SUCCEEDED' ? r : undefined;
        },
        90_000,
      );
      // Each transition once: no two leaders acted on it.
      expect(done.events.map((e) => `${e.from}→${e.to}@${e.step}`)).toEqual(PROMOTED_CANARY_EVENTS);
      // The first leader started it; the survivor, leading only after the kill, finished it.
      const started = done.events[1] as RolloutEvent;
      expect(Date.parse(started.at)).toBeLessThan(killedAt);
      for (const e of done.events.slice(2)) expect(Date.parse(e.at)).toBeGreaterThan(killedAt);
      expect(done.events.slice(1).every((e) => e.actor === 'backline')).toBe(true);

      // The subscriber on the survivor heard both: the start before the kill, the end after.
      await waitFor('the subscriber hears SUCCEEDED', () =>
        heard.some((h) => h.rollout.state === 'SUCCEEDED') ? true : undefined,
      );
      const before = heard.filter((h) => h.at < killedAt).map((h) => h.rollout.state);
      const after = heard.filter((h) => h.at > killedAt).map((h) => h.rollout.state);
      expect(before).toContain('PROGRESSING');
      expect(after).toEqual(expect.arrayContaining(['PROMOTING', 'SUCCEEDED']));

      // The new leader continued from the health the old one stored: no fresh start from UNKNOWN.
      const afterKill = await health();
      expect(
        afterKill.deployment?.health.transitions.filter(
          (t) => Date.parse(t.at) > killedAt && t.from === 'UNKNOWN',
        ),
      ).toEqual([]);

      // Audited once each, and the chain holds.
      expect(await rolloutAudit(call, done.id)).toEqual(PROMOTED_CANARY_AUDIT);
      expect(
        (await call<{ verifyAuditLog: { ok: boolean } }>('{ verifyAuditLog { ok } }'))
          .verifyAuditLog.ok,
      ).toBe(true);

      // Only the new release serves, and the canary Deployment is gone.
      const apps = cluster.admin.makeApiClient(AppsV1Api);
      await waitFor('only B serves', async () => {
        const pods = (await state())?.status.pods ?? [];
        const names = (await apps.listNamespacedDeployment({ namespace: 'ml-prod' })).items
          .filter((d) => d.metadata?.labels?.['backline.dev/deployment'] === 'fo')
          .map((d) => d.metadata?.name);
        return names.length === 1 &&
          names[0] === 'fo' &&
          pods.length === 2 &&
          pods.every((p) => p.ready && p.track === 'stable' && p.releaseId === B)
          ? true
          : undefined;
      });
      unsubscribe();
      await ws.dispose();
    }, 180_000);
  },
);

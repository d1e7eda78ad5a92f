import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { graphql, login } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import {
  createServerDatabase,
  describeWithPostgresServer,
  postgresServerUrl,
} from '../support/stores.ts';

const HEALTH_INTERVAL_MS = 1000;

interface Seen {
  health: {
    state: string;
    reasons: string[];
    checkedAt: string | null;
    transitions: { to: string }[];
  };
  rollouts: { id: string; state: string }[];
}

/** A deployment's health, transitions and rollouts, and its incidents, as one replica answers. */
async function seenOn(server: TestServer, name: string): Promise<Seen & { incidents: string[] }> {
  const cookie = await login(server.url, server.adminEmail, server.adminPassword);
  const result = await graphql<{
    deployment: Seen | null;
    incidents: { id: string }[];
  }>(
    server.url,
    `query($name: String!) { deployment(namespace: "ml-prod", name: $name) {
       health { state reasons checkedAt transitions { to } } rollouts { id state } }
       incidents(namespace: "ml-prod", name: $name) { id } }`,
    { name },
    { cookie },
  );
  if (!result.data?.deployment)
    throw new Error(`no deployment ${name}: ${JSON.stringify(result.errors)}`);
  return { ...result.data.deployment, incidents: result.data.incidents.map((i) => i.id) };
}

// Several replicas share one PostgreSQL server; PGlite lives in one process, so this needs the server.
describeWithPostgresServer(
  'two replicas on one PostgreSQL server and one cluster (needs a PostgreSQL server: TEST_DATABASE_URL)',
  () => {
    let cluster: SimulatedCluster;
    let database: Awaited<ReturnType<typeof createServerDatabase>>;
    const replicas: TestServer[] = [];
    let releaseId: string;

    async function replica(): Promise<TestServer> {
      const server = await startTestServer({
        databaseUrl: database.url,
        env: {
          KUBECONFIG: cluster.kubeconfig,
          BACKLINE_NAMESPACES: 'ml-prod',
          BACKLINE_HEALTH_INTERVAL: `${HEALTH_INTERVAL_MS}ms`,
        },
      });
      replicas.push(server);
      return server;
    }

    async function deployAndWait(
      via: TestServer,
      watchOn: TestServer,
      name: string,
    ): Promise<void> {
      const cookie = await login(via.url, via.adminEmail, via.adminPassword);
      const result = await graphql(
        via.url,
        'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
        { input: { namespace: 'ml-prod', name, environment: 'DEV', releaseId, replicas: 1 } },
        { cookie },
      );
      expect(result.errors).toBeUndefined();
      const watchCookie = await login(watchOn.url, watchOn.adminEmail, watchOn.adminPassword);
      await expect
        .poll(
          async () =>
            (
              await graphql<{ deployment: { phase: string } | null }>(
                watchOn.url,
                `{ deployment(namespace: "ml-prod", name: "${name}") { phase } }`,
                {},
                { cookie: watchCookie },
              )
            ).data?.deployment?.phase,
          { timeout: 60_000, interval: 250 },
        )
        .toBe('READY');
    }

    beforeAll(async () => {
      cluster = await startSimulatedCluster({ acceleration: 30 });
      database = await createServerDatabase(postgresServerUrl());
      const first = await replica();
      await replica();
      const cookie = await login(first.url, first.adminEmail, first.adminPassword);
      const model = await graphql<{ registerModel: { model: { id: string } } }>(
        first.url,
        `mutation { registerModel(input: { name: "qwen", family: "Qwen2.5", source: "hf://Qwen/Qwen2.5-0.5B-Instruct",
          revision: "main", license: "Apache-2.0", parameterCountBillions: 0.5, contextLength: 32768, gpuMemoryGiB: 2 }) { model { id } } }`,
        {},
        { cookie },
      );
      const release = await graphql<{ createRelease: { release: { id: string } } }>(
        first.url,
        `mutation($m: ID!) { createRelease(input: { modelId: $m, runtime: VLLM, image: "vllm/vllm-openai:v0.10.1",
          resources: { gpus: 1, cpu: "2", memory: "16Gi" }, expectedLoadSeconds: 30 }) { release { id } } }`,
        { m: model.data?.registerModel.model.id },
        { cookie },
      );
      releaseId = release.data?.createRelease.release.id ?? '';
    });

    afterAll(async () => {
      for (const server of replicas) await server.stop().catch(() => {});
      await cluster?.stop();
      await database?.drop();
    });

    it('elects exactly one leader, and both replicas serve the deployment', async () => {
      await expect
        .poll(() => replicas.filter((r) => r.backline.leading()).length, { timeout: 30_000 })
        .toBe(1);
      const follower = replicas.find((r) => !r.backline.leading()) as TestServer;
      const leader = replicas.find((r) => r.backline.leading()) as TestServer;
      // Deployed through the follower, applied by the leader, seen READY on both.
      await deployAndWait(follower, leader, 'first');
      await deployAndWait(follower, follower, 'first');
    });

    it("answers with the leader's health, transitions, rollouts and incidents on the follower", async () => {
      const leader = replicas.find((r) => r.backline.leading()) as TestServer;
      const follower = replicas.find((r) => !r.backline.leading()) as TestServer;
      await expect
        .poll(async () => (await seenOn(leader, 'first')).health.state, {
          timeout: 60_000,
          interval: 250,
        })
        .toBe('HEALTHY');
      const fromLeader = await seenOn(leader, 'first');
      const fromFollower = await seenOn(follower, 'first');
      // Not "UNKNOWN, not evaluated yet": the follower reads what the leader wrote.
      expect(fromFollower.health.state).toBe('HEALTHY');
      expect(fromFollower.health.transitions.map((t) => t.to)).toEqual(
        expect.arrayContaining(fromLeader.health.transitions.map((t) => t.to)),
      );
      expect(fromFollower.rollouts).toEqual(fromLeader.rollouts);
      expect(fromFollower.incidents).toEqual(fromLeader.incidents);
      // At most one health interval older than the leader's answer read just before it.
      const leaderAt = Date.parse(fromLeader.health.checkedAt ?? '');
      const followerAt = Date.parse(fromFollower.health.checkedAt ?? '');
      expect(followerAt).toBeGreaterThanOrEqual(leaderAt - HEALTH_INTERVAL_MS);
    });

    it('delivers events published on one replica to subscribers on the other', async () => {
      const [a, b] = replicas as [TestServer, TestServer];
      const cookieB = await login(b.url, b.adminEmail, b.adminPassword);
      class WithCookie extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: cookieB } });
        }
      }
      const client = createClient({
        url: `${b.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WithCookie,
        retryAttempts: 0,
      });
      const seen: string[] = [];
      // Other parts of the server subscribe to the bus too: wait for this subscription's own.
      const before = b.backline.services.audit.subscriberCount();
      const unsubscribe = client.subscribe(
        { query: 'subscription { auditEntryAppended { action actor } }' },
        {
          next: (v) =>
            seen.push(
              (v.data as { auditEntryAppended: { action: string } }).auditEntryAppended.action,
            ),
          error: () => {},
          complete: () => {},
        },
      );
      await expect
        .poll(() => b.backline.services.audit.subscriberCount(), { timeout: 10_000 })
        .toBeGreaterThan(before);
      const cookieA = await login(a.url, a.adminEmail, a.adminPassword);
      await graphql(
        a.url,
        'mutation { createApiToken(input: {name: "from-a", role: VIEWER, expiresInDays: 1}) { secret } }',
        {},
        { cookie: cookieA },
      );
      await expect.poll(() => seen, { timeout: 10_000 }).toContain('token.create');
      unsubscribe();
      await client.dispose();
    });

    it('hands the controllers to the other replica when the leader stops', async () => {
      const leader = replicas.find((r) => r.backline.leading()) as TestServer;
      const survivor = replicas.find((r) => r !== leader) as TestServer;
      await leader.stop();
      replicas.splice(replicas.indexOf(leader), 1);
      await expect
        .poll(() => survivor.backline.leading(), { timeout: 30_000, interval: 200 })
        .toBe(true);
      await deployAndWait(survivor, survivor, 'second');
    });
  },
);

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { graphql, login, userWithRole } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { waitFor } from '../support/wait.ts';

interface Listed {
  namespace: string;
  name: string;
  environment: string;
  managed: boolean;
  release: unknown;
  phase: string;
  observed: { kind: string; runtime: string; model: string | null; port: number } | null;
  status: { readyReplicas: number; desiredReplicas: number; pods: { name: string }[] };
  health: { state: string; reasons: string[] };
}

const LIST = `{ deployments {
  namespace name environment managed phase release { id }
  observed { kind runtime model port }
  status { readyReplicas desiredReplicas pods { name } }
  health { state reasons }
} }`;

/** Verbs that change nothing: what Backline may send about a server it only watches. */
const READS = new Set(['get', 'list', 'watch']);

describe('watching the model servers a team already runs, writing nothing to them', () => {
  let cluster: SimulatedCluster;
  let server: TestServer;
  let sre: string;
  let logFrom = 0;

  const call = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql<T>(server.url, query, variables, { cookie: sre });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const listed = async () => (await call<{ deployments: Listed[] }>(LIST)).deployments;
  const one = async (namespace: string, name: string) =>
    (await listed()).find((d) => d.namespace === namespace && d.name === name);

  beforeAll(async () => {
    cluster = await startSimulatedCluster({
      fleet: 'demo',
      namespaces: [],
      acceleration: 20,
      trafficRps: 5,
      // A user of its own, so the API server's log of decisions names Backline's requests.
      auth: { tokens: [{ token: 'backline-observes', user: 'backline' }] },
    });
    logFrom = cluster.sim.requestLog().length;
    server = await startTestServer({
      env: {
        KUBECONFIG: cluster.kubeconfig,
        BACKLINE_NAMESPACES: 'ml-prod,ml-staging',
        BACKLINE_HEALTH_INTERVAL: '300ms',
        BACKLINE_SYNTHETIC_TIMEOUT: '1s',
      },
    });
    const admin = await login(server.url, server.adminEmail, server.adminPassword);
    sre = (await userWithRole(server.url, admin, 'SRE')).cookie;
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await cluster?.stop();
  });

  it('lists every server of the demo fleet as an observed deployment, healthy, with its pods', async () => {
    const all = await waitFor(
      'the demo fleet to be observed and healthy',
      async () => {
        const found = await listed();
        return found.length === 6 && found.every((d) => d.health.state === 'HEALTHY')
          ? found
          : undefined;
      },
      90_000,
    );
    expect(all.map((d) => [d.namespace, d.name, d.environment, d.observed?.runtime])).toEqual([
      ['ml-prod', 'assistant', 'PROD', 'TGI'],
      ['ml-prod', 'chat', 'PROD', 'VLLM'],
      ['ml-staging', 'chat', 'STAGING', 'VLLM'],
      ['ml-staging', 'edge', 'STAGING', 'LLAMA_CPP'],
      ['ml-staging', 'ollama', 'STAGING', 'OLLAMA'],
      ['ml-staging', 'reasoner', 'STAGING', 'SGLANG'],
    ]);
    for (const d of all) {
      expect(d.managed).toBe(false);
      expect(d.release).toBeNull();
    }
    const chat = all.find((d) => d.namespace === 'ml-prod' && d.name === 'chat');
    expect(chat).toMatchObject({
      phase: 'READY',
      observed: { kind: 'Deployment', model: 'meta-llama/Llama-3.1-8B-Instruct', port: 8000 },
      status: { readyReplicas: 2, desiredReplicas: 2 },
    });
    expect(chat?.status.pods).toHaveLength(2);
  }, 120_000);

  it('opens a SEV1 when an observed production server crash-loops, and resolves it when it recovers', async () => {
    const fault = cluster.sim.injectFault({
      type: 'crash-loop',
      namespace: 'ml-prod',
      deployment: 'chat',
    });
    const incident = await waitFor(
      'an incident for the crash loop',
      async () => {
        const { incidents } = await call<{
          incidents: { id: string; severity: string; status: string; title: string }[];
        }>(
          '{ incidents(status: [TRIGGERED], namespace: "ml-prod", name: "chat") { id severity status title } }',
        );
        return incidents[0];
      },
      60_000,
    );
    expect(incident).toMatchObject({ severity: 'SEV1', title: 'ml-prod/chat is down' });
    // The other server of the same name, in staging, is untouched.
    expect((await one('ml-staging', 'chat'))?.health.state).toBe('HEALTHY');

    cluster.sim.clearFault(fault.id);
    await waitFor(
      'the incident to resolve',
      async () => {
        const { incident: now } = await call<{ incident: { status: string } }>(
          'query($id: ID!) { incident(id: $id) { status } }',
          { id: incident.id },
        );
        return now.status === 'RESOLVED' ? true : undefined;
      },
      90_000,
    );
  }, 180_000);

  it('refuses to change an observed server, saying why', async () => {
    const result = await graphql(
      server.url,
      'mutation { scaleDeployment(input: { namespace: "ml-prod", name: "chat", replicas: 3 }) { deployment { id } } }',
      {},
      { cookie: sre },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toBe(
      'ml-prod/chat is a model server Backline observes but does not manage; it changes nothing of it.',
    );
  });

  it('keeps the settings an admin gives an observed server across later looks at the cluster', async () => {
    const admin = await login(server.url, server.adminEmail, server.adminPassword);
    const changed = await graphql<{
      updateObservedDeployment: { deployment: { environment: string; sloErrorRatio: number } };
    }>(
      server.url,
      'mutation { updateObservedDeployment(input: { namespace: "ml-staging", name: "edge", environment: DEV, sloErrorRatio: 0.02 }) { deployment { environment sloErrorRatio } } }',
      {},
      { cookie: admin },
    );
    expect(changed.data?.updateObservedDeployment.deployment).toEqual({
      environment: 'DEV',
      sloErrorRatio: 0.02,
    });
    // Two health passes later (each looks at the cluster again), the settings stand.
    const after = Date.now();
    await waitFor('two more health checks', async () => {
      const { deployment } = await call<{ deployment: { health: { checkedAt: string } } }>(
        '{ deployment(namespace: "ml-staging", name: "edge") { health { checkedAt } } }',
      );
      return Date.parse(deployment.health.checkedAt) > after + 600 ? true : undefined;
    });
    expect(await one('ml-staging', 'edge')).toMatchObject({ environment: 'DEV' });
    // An SRE may not change them.
    const refused = await graphql(
      server.url,
      'mutation { updateObservedDeployment(input: { namespace: "ml-staging", name: "edge", environment: PROD }) { deployment { id } } }',
      {},
      { cookie: sre },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows an observed server on the public status page', async () => {
    await call(
      'mutation { setDeploymentPublic(input: { namespace: "ml-prod", name: "assistant", public: true, displayName: "Assistant" }) { deployment { id } } }',
    );
    const status = (await (await fetch(`${server.url}/status.json`)).json()) as {
      components: { name: string; status: string }[];
    };
    expect(status.components).toEqual([
      { name: 'Assistant', status: 'operational', maintenance: null },
    ]);
  });

  it('sent the cluster only reads and watches the whole time', async () => {
    const sent = cluster.sim
      .requestLog()
      .slice(logFrom)
      // Leader election keeps a Lease of Backline's own; that is not the model servers.
      .filter((r) => r.user === 'backline' && r.resource !== 'leases');
    expect(sent.length).toBeGreaterThan(0);
    const writes = sent.filter((r) => !READS.has(r.verb));
    expect(writes).toEqual([]);
    // Health was read through the pods proxy, as the chart's Role allows.
    expect(sent.some((r) => r.resource === 'pods' && r.subresource === 'proxy')).toBe(true);
  });

  it('records each observed server in the audit log, once', async () => {
    const { rows } = await server.backline.db.query<{ target_id: string }>(
      "SELECT target_id FROM audit_log WHERE action = 'deployment.observe' ORDER BY target_id",
    );
    expect(rows.map((r) => r.target_id)).toEqual([
      'ml-prod/assistant',
      'ml-prod/chat',
      'ml-staging/chat',
      'ml-staging/edge',
      'ml-staging/ollama',
      'ml-staging/reasoner',
    ]);
  });
});

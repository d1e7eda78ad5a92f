import { describe, expect, it } from 'vitest';
import { type ClusterClient, KubeError, type KubeManifest } from '../kube/index.ts';
import { DiscoveryService } from './discovery.service.ts';

function vllm(name: string, labels: Record<string, string> = {}): KubeManifest {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'a', labels },
    spec: {
      replicas: 3,
      template: { spec: { containers: [{ name: 'vllm', image: 'vllm/vllm-openai:v0.9.2' }] } },
    },
    status: { readyReplicas: 2 },
  };
}

/** A cluster whose lists are scripted by namespace and kind; counts the lists it answers. */
function cluster(lists: Record<string, KubeManifest[] | Error>) {
  const calls: string[] = [];
  const client = {
    async list(_apiVersion: string, kind: string, namespace: string) {
      calls.push(`${namespace}/${kind}`);
      const answer = lists[`${namespace}/${kind}`] ?? [];
      if (answer instanceof Error) throw answer;
      return answer;
    },
  } as unknown as ClusterClient;
  return { client, calls };
}

describe('DiscoveryService', () => {
  it('lists Deployments and StatefulSets, leaves out what Backline manages, and reads replicas', async () => {
    const { client } = cluster({
      'a/Deployment': [vllm('mine'), vllm('ours', { 'app.kubernetes.io/managed-by': 'backline' })],
    });
    const found = await new DiscoveryService({ client, namespaces: ['a'] }).discover();
    expect(found.servers.map((s) => [s.name, s.kind, s.replicas, s.readyReplicas])).toEqual([
      ['mine', 'Deployment', 3, 2],
    ]);
  });

  it('names each namespace it could not read, and still reports the others', async () => {
    const forbidden = new KubeError('FORBIDDEN', 403, 'deployments.apps is forbidden', '');
    const { client } = cluster({ 'a/Deployment': [vllm('mine')], 'b/Deployment': forbidden });
    const found = await new DiscoveryService({ client, namespaces: ['a', 'b'] }).discover();
    expect(found.servers.map((s) => s.name)).toEqual(['mine']);
    expect(found.problems).toEqual([
      'Could not list Deployments in b: deployments.apps is forbidden',
    ]);
  });

  it('answers from one look for a while, then looks again', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const { client, calls } = cluster({});
    const discovery = new DiscoveryService({
      client,
      namespaces: ['a'],
      now: () => now,
      cacheMs: 10_000,
    });
    await Promise.all([discovery.discover(), discovery.discover()]);
    await discovery.discover();
    expect(calls).toEqual(['a/Deployment', 'a/StatefulSet']);
    now = new Date('2026-01-01T00:00:11Z');
    await discovery.discover();
    expect(calls).toHaveLength(4);
  });

  it('asks /v1/models of a ready pod, once, when the arguments do not name the model', async () => {
    const server: KubeManifest = {
      ...vllm('unnamed'),
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'unnamed' } },
        template: {
          metadata: { labels: { app: 'unnamed' } },
          spec: { containers: [{ name: 'vllm', image: 'vllm/vllm-openai:v0.9.2' }] },
        },
      },
    };
    const pod = (name: string, ready: boolean): KubeManifest => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'a', labels: { app: 'unnamed' } },
      status: { conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
    });
    const asked: string[] = [];
    const client = {
      async list(_apiVersion: string, kind: string) {
        if (kind === 'Deployment') return [server];
        if (kind === 'Pod') return [pod('starting', false), pod('serving', true)];
        return [];
      },
      async podProxy(_ns: string, name: string, port: number, r: { method: string; path: string }) {
        asked.push(`${r.method} ${name}:${port}${r.path}`);
        return {
          status: 200,
          body: JSON.stringify({ data: [{ id: 'Qwen/Qwen2.5-7B-Instruct' }] }),
        };
      },
    } as unknown as ClusterClient;
    const discovery = new DiscoveryService({ client, namespaces: ['a'] });
    const first = await discovery.observe();
    expect(first.servers[0]?.model).toBe('Qwen/Qwen2.5-7B-Instruct');
    expect(first.servers[0]?.evidence.at(-1)).toBe('model named by its /v1/models');
    const again = await discovery.observe();
    expect(again.servers[0]?.model).toBe('Qwen/Qwen2.5-7B-Instruct');
    expect(asked).toEqual(['GET serving:8000/v1/models']);
  });

  it('says there is no cluster rather than that there are no servers', async () => {
    const found = await new DiscoveryService({ client: null, namespaces: ['a'] }).discover();
    expect(found).toMatchObject({
      servers: [],
      problems: ['No Kubernetes cluster is configured.'],
    });
  });
});

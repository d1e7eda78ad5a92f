import { readFile } from 'node:fs/promises';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe('the embedded simulated cluster', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { BACKLINE_SIMULATOR: 'auto' } });
  });
  afterAll(() => server.stop());

  it('is used when no kubeconfig is configured, and says so', async () => {
    const info = await graphql<{ serverInfo: { simulatedCluster: boolean } }>(
      server.url,
      '{ serverInfo { simulatedCluster } }',
    );
    expect(info.data?.serverInfo.simulatedCluster).toBe(true);
    expect(server.backline.cluster?.source).toBe('simulator');
  });

  it('is ready once the API server answers and the informers have listed the cluster', async () => {
    await expect
      .poll(async () => (await fetch(`${server.url}/readyz`)).json(), {
        timeout: 30_000,
        interval: 100,
      })
      .toEqual({ status: 'ready', problems: [] });
  });

  it('leaves a kubeconfig that the Kubernetes client can use to see the demo fleet', async () => {
    const path = server.backline.cluster?.kubeconfigPath ?? '';
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(await readFile(path, 'utf8'));
    const core = kubeConfig.makeApiClient(CoreV1Api);
    const nodes = await core.listNode();
    expect(nodes.items.length).toBeGreaterThan(0);
    expect(nodes.items.some((n) => n.status?.allocatable?.['nvidia.com/gpu'])).toBe(true);
  });
});

describe('without a cluster', () => {
  it('runs, and reports no simulated cluster', async () => {
    const server = await startTestServer();
    try {
      const info = await graphql<{ serverInfo: { simulatedCluster: boolean } }>(
        server.url,
        '{ serverInfo { simulatedCluster } }',
      );
      expect(info.data?.serverInfo.simulatedCluster).toBe(false);
      expect(server.backline.cluster).toBeNull();
    } finally {
      await server.stop();
    }
  });
});

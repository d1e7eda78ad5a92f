import { DiscoveryV1Api, KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.ts';
import { KUBECTL, kubectlFor, waitFor } from './helpers.ts';

describe('Services: EndpointSlices and the services proxy', () => {
  let sim: RunningSimulator;
  let discovery: DiscoveryV1Api;

  beforeAll(async () => {
    sim = await startSimulator({ fleet: 'demo', acceleration: 100 });
    const kc = new KubeConfig();
    kc.loadFromString(sim.kubeconfig());
    discovery = kc.makeApiClient(DiscoveryV1Api);
  });

  afterAll(async () => {
    await sim.stop();
  });

  it('keeps an EndpointSlice of the ready pods behind each Service', async () => {
    const slice = await waitFor(
      'a ready endpoint for chat',
      async () => {
        const list = await discovery.listNamespacedEndpointSlice({
          namespace: 'ml-prod',
          labelSelector: 'kubernetes.io/service-name=chat',
        });
        const found = list.items[0];
        return found?.endpoints?.some((e) => e.conditions?.ready) ? found : undefined;
      },
      50_000,
    );
    expect(slice.addressType).toBe('IPv4');
    expect(slice.metadata?.labels?.['endpointslice.kubernetes.io/managed-by']).toBe(
      'endpointslice-controller.k8s.io',
    );
    expect(slice.metadata?.ownerReferences?.[0]).toMatchObject({ kind: 'Service', name: 'chat' });
    expect(slice.ports?.[0]).toMatchObject({ name: 'http', port: 8000, protocol: 'TCP' });
    const endpoint = (slice.endpoints ?? []).find((e) => e.conditions?.ready);
    expect(endpoint?.targetRef?.kind).toBe('Pod');
    expect(endpoint?.addresses[0]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('proxies to a ready pod through the Service, by port name or number', async () => {
    const byName = await waitFor(
      'the model list through the service',
      async () => {
        const res = await fetch(
          `${sim.url}/api/v1/namespaces/ml-prod/services/chat:http/proxy/v1/models`,
        );
        return res.status === 200 ? res.json() : undefined;
      },
      50_000,
    );
    expect(byName).toMatchObject({ object: 'list' });
    const byNumber = await fetch(
      `${sim.url}/api/v1/namespaces/ml-prod/services/http:chat:80/proxy/health`,
    );
    expect(byNumber.status).toBe(200);
    const missing = await fetch(`${sim.url}/api/v1/namespaces/ml-prod/services/chat:9999/proxy/`);
    expect(missing.status).toBe(503);
    expect(await missing.json()).toMatchObject({
      reason: 'ServiceUnavailable',
      message: 'no endpoints available for service "chat"',
    });
  });

  if (KUBECTL) {
    it('kubectl reads through the services proxy', async () => {
      const kubectl = await kubectlFor(sim);
      try {
        const models = JSON.parse(
          await kubectl(
            'get',
            '--raw',
            '/api/v1/namespaces/ml-prod/services/chat:http/proxy/v1/models',
          ),
        );
        expect(models.object).toBe('list');
      } finally {
        await kubectl.cleanup();
      }
    });
  }
});

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.ts';
import { fixturePath, KUBECTL, type Kubectl, kubectlFor } from './helpers.ts';

const GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: sim
spec:
  controllerName: example.net/gateway-controller
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: inference
  namespace: default
spec:
  gatewayClassName: sim
  listeners:
  - name: http
    port: 80
    protocol: HTTP
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: chat
  namespace: default
spec:
  parentRefs:
  - name: inference
  hostnames: ["chat.example.com"]
  rules:
  - backendRefs:
    - name: chat
      port: 8000
`;

const BAD_MONITOR = `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: vllm
  namespace: default
spec:
  selector:
    matchLabels: {app: vllm}
  endpoints:
  - port: metrics
    scrapeInterval: 15s
`;

if (KUBECTL) {
  describe('kubectl with CustomResourceDefinitions', () => {
    let sim: RunningSimulator;
    let kubectl: Kubectl;

    beforeAll(async () => {
      // Without the Gateway API served by default: these tests install its definitions themselves.
      sim = await startSimulator({ fleet: 'empty', acceleration: 30, gatewayApi: false });
      kubectl = await kubectlFor(sim);
      await writeFile(join(kubectl.dir, 'gateway.yaml'), GATEWAY);
      await writeFile(join(kubectl.dir, 'monitor.yaml'), BAD_MONITOR);
    });

    afterAll(async () => {
      await sim.stop();
      await kubectl.cleanup();
    });

    it('applies the Gateway API CRDs, waits for them and serves their kinds with their columns', async () => {
      const applied = await kubectl(
        'apply',
        '-f',
        fixturePath('crds', 'gateway-api-standard.yaml'),
      );
      expect(applied).toContain(
        'customresourcedefinition.apiextensions.k8s.io/gateways.gateway.networking.k8s.io created',
      );
      await kubectl(
        'wait',
        '--for=condition=Established',
        '--timeout=20s',
        'crd/gatewayclasses.gateway.networking.k8s.io',
        'crd/gateways.gateway.networking.k8s.io',
        'crd/httproutes.gateway.networking.k8s.io',
      );
      expect(await kubectl('apply', '-f', join(kubectl.dir, 'gateway.yaml'))).toContain(
        'httproute.gateway.networking.k8s.io/chat created',
      );
      const gateways = await kubectl('get', 'gateways');
      expect(gateways).toMatch(/^NAME\s+CLASS\s+ADDRESS\s+PROGRAMMED\s+AGE\n/);
      // The schema's status default shows before any controller has written one.
      expect(gateways).toMatch(/inference\s+sim\s+Unknown\s+\d+s/);
      expect(await kubectl('get', 'httproute', 'chat')).toMatch(
        /chat\s+\["chat.example.com"\]\s+\d+s/,
      );
      expect(await kubectl('get', 'gc')).toMatch(/sim\s+example.net\/gateway-controller\s+Unknown/);
      const yaml = await kubectl('get', 'httproute', 'chat', '-o', 'yaml');
      expect(yaml).toContain('apiVersion: gateway.networking.k8s.io/v1');
      // Defaults from the schema: the backend's kind and weight, the rule's match.
      expect(yaml).toMatch(/kind: Service\n\s+name: chat\n\s+port: 8000\n\s+weight: 1/);
      expect(yaml).toMatch(/type: PathPrefix\n\s+value: \//);
      expect(yaml).toContain('generation: 1');
    });

    it('lists the definitions and their kinds as kubectl shows them', async () => {
      expect(await kubectl('get', 'crds')).toMatch(
        /^NAME\s+CREATED AT\ngatewayclasses.gateway.networking.k8s.io\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n/,
      );
      const resources = await kubectl('api-resources', '--api-group=gateway.networking.k8s.io');
      expect(resources).toMatch(/gateways\s+gtw\s+gateway.networking.k8s.io\/v1\s+true\s+Gateway/);
      expect(resources).toMatch(
        /gatewayclasses\s+gc\s+gateway.networking.k8s.io\/v1\s+false\s+GatewayClass/,
      );
      // Server-side apply over the client-side one takes the changed field over.
      const route = GATEWAY.split('---\n')[2] ?? '';
      await kubectl.withInput(
        route.replace('chat.example.com', 'api.example.com'),
        'apply',
        '--server-side',
        '--force-conflicts',
        '-f',
        '-',
      );
      expect(await kubectl('get', 'httproute', 'chat', '-o', 'jsonpath={.spec.hostnames}')).toBe(
        '["api.example.com"]',
      );
      expect(
        await kubectl('get', 'httproute', 'chat', '-o', 'jsonpath={.metadata.generation}'),
      ).toBe('2');
    });

    it('explains the custom kinds from their schemas', async () => {
      const explained = await kubectl('explain', 'gateways.spec.listeners.port');
      expect(explained).toContain('GROUP:      gateway.networking.k8s.io');
      expect(explained).toContain('KIND:       Gateway');
      expect(explained).toMatch(/FIELD: port <integer>/);
      const route = await kubectl('explain', 'httproutes.spec');
      expect(route).toContain('Spec defines the desired state of HTTPRoute.');
      expect(route).toMatch(/hostnames\s+<\[\]string>/);
    });

    it('refuses unknown fields with --validate=strict and invalid values with 422', async () => {
      await kubectl('apply', '-f', fixturePath('crds', 'prometheus-operator.yaml'));
      await kubectl(
        'wait',
        '--for=condition=Established',
        '--timeout=20s',
        'crd/servicemonitors.monitoring.coreos.com',
      );
      await expect(
        kubectl('apply', '--validate=strict', '-f', join(kubectl.dir, 'monitor.yaml')),
      ).rejects.toThrow(/unknown field "spec.endpoints\[0\].scrapeInterval"/);
      // Warn (the default) stores the object without the field.
      const warned = await kubectl.withInput(BAD_MONITOR, 'apply', '--validate=warn', '-f', '-');
      expect(warned).toContain('servicemonitor.monitoring.coreos.com/vllm created');
      expect(warned).toContain('unknown field "spec.endpoints[0].scrapeInterval"');
      // No additionalPrinterColumns: NAME and AGE.
      expect(await kubectl('get', 'smon')).toMatch(/^NAME\s+AGE\nvllm\s+\d+s\n$/);
      expect(await kubectl('get', 'smon', 'vllm', '-o', 'jsonpath={.spec.endpoints}')).toBe(
        '[{"honorLabels":false,"port":"metrics"}]',
      );
      const refused = await kubectl(
        'patch',
        'servicemonitor',
        'vllm',
        '--type=merge',
        '-p',
        '{"spec":{"endpoints":[{"port":"metrics","scheme":"ftp","interval":"often"}]}}',
      ).then(
        () => '',
        (err: Error) => err.message,
      );
      expect(refused).toContain('The ServiceMonitor "vllm" is invalid:');
      expect(refused).toContain(
        '* spec.endpoints[0].scheme: Unsupported value: "ftp": supported values: "http", "https"',
      );
      expect(refused).toContain(
        `* spec.endpoints[0].interval: Invalid value: "often": spec.endpoints[0].interval in body should match '^(0|(([0-9]+)y)?`,
      );
    });

    it('deletes a CRD with its objects and stops serving it', async () => {
      await kubectl('delete', 'crd', 'httproutes.gateway.networking.k8s.io');
      await expect(kubectl('get', 'httproutes')).rejects.toThrow(
        /the server could not find the requested resource/,
      );
      const served = await kubectl('get', '--raw', '/apis/gateway.networking.k8s.io/v1');
      expect(served).toContain('"name":"gateways"');
      expect(served).not.toContain('httproutes');
      expect(sim.store.list('gateway.networking.k8s.io/httproutes')).toEqual([]);
      expect(await kubectl('get', 'gateways', '-o', 'name')).toBe(
        'gateway.gateway.networking.k8s.io/inference\n',
      );
    });
  });
}

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.ts';
import { KUBECTL, type Kubectl, kubectlFor, waitFor } from './helpers.ts';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: default
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
`;

if (KUBECTL) {
  describe('kubectl against the simulator', () => {
    let sim: RunningSimulator;
    let kubectl: Kubectl;
    let dir: string;

    beforeAll(async () => {
      sim = await startSimulator({ fleet: 'demo', acceleration: 100 });
      kubectl = await kubectlFor(sim);
      dir = kubectl.dir;
      await writeFile(join(dir, 'web.yaml'), DEPLOYMENT);
    });

    afterAll(async () => {
      await sim.stop();
      await kubectl.cleanup();
    });

    it('gets nodes and pods with the usual columns', async () => {
      const nodes = await kubectl('get', 'nodes');
      expect(nodes).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION/);
      expect(nodes).toMatch(/gpu-a100-0\s+Ready\s+<none>\s+\S+\s+v1\.32\.4/);
      const pods = await kubectl('get', 'pods', '-n', 'ml-prod', '-o', 'wide');
      expect(pods).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE/);
      expect(pods).toMatch(/chat-[a-z0-9]+-[a-z0-9]{5}\s+\d\/1/);
    });

    it('applies server-side, waits for the rollout, scales, describes and deletes', async () => {
      expect(await kubectl('apply', '--server-side', '-f', join(dir, 'web.yaml'))).toContain(
        'deployment.apps/web serverside-applied',
      );
      expect(await kubectl('rollout', 'status', 'deployment/web', '--timeout=50s')).toContain(
        'successfully rolled out',
      );
      expect(await kubectl('scale', 'deployment/web', '--replicas=3')).toContain(
        'deployment.apps/web scaled',
      );
      await waitFor('3 ready', async () =>
        (await kubectl('get', 'deploy', 'web')).match(/web\s+3\/3/) ? true : undefined,
      );
      const described = await kubectl('describe', 'deployment', 'web');
      expect(described).toMatch(
        /Replicas:\s+3 desired \| 3 updated \| 3 total \| 3 available \| 0 unavailable/,
      );
      expect(described).toContain('ScalingReplicaSet');
      expect(await kubectl('delete', 'deployment', 'web')).toContain(
        'deployment.apps "web" deleted',
      );
      await waitFor('pods gone', async () =>
        (await kubectl('get', 'pods', '-l', 'app=web', '-o', 'name')).trim() === ''
          ? true
          : undefined,
      );
    });

    it('prints the logs of a model server', async () => {
      const name = await waitFor(
        'a ready chat pod',
        async () => {
          const out = await kubectl(
            'get',
            'pods',
            '-n',
            'ml-prod',
            '-l',
            'app=chat',
            '-o',
            'jsonpath={.items[?(@.status.containerStatuses[0].ready==true)].metadata.name}',
          );
          return out.trim().split(' ')[0] || undefined;
        },
        50_000,
      );
      const logs = await kubectl('logs', '-n', 'ml-prod', name, '--tail=50');
      expect(logs).toContain('Starting vLLM API server');
    });
  });
}

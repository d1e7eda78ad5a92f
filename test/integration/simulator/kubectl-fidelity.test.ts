import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../../../server/src/simulator/index.ts';
import { KUBECTL, type Kubectl, kubectlFor, waitFor } from './helpers.ts';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: steady
  namespace: default
spec:
  replicas: 2
  selector:
    matchLabels: {app: steady}
  template:
    metadata:
      labels: {app: steady}
    spec:
      tolerations:
      - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - {containerPort: 80, name: http}
`;

if (KUBECTL) {
  describe('kubectl sees a simulated cluster that behaves like a real one', () => {
    let sim: RunningSimulator;
    let kubectl: Kubectl;

    beforeAll(async () => {
      sim = await startSimulator({ fleet: 'empty', acceleration: 100 });
      kubectl = await kubectlFor(sim);
    });

    afterAll(async () => {
      await sim.stop();
      await kubectl.cleanup();
    });

    const state = async (): Promise<{ generation: string; replicaSets: string; pods: string }> => ({
      generation: await kubectl('get', 'deploy', 'steady', '-o', 'jsonpath={.metadata.generation}'),
      replicaSets: await kubectl('get', 'rs', '-l', 'app=steady', '-o', 'name'),
      pods: await kubectl('get', 'pods', '-l', 'app=steady', '-o', 'name'),
    });

    it('a no-op replace or apply changes no generation and starts no ReplicaSet', async () => {
      await kubectl.withInput(DEPLOYMENT, 'apply', '-f', '-');
      await kubectl('rollout', 'status', 'deployment/steady', '--timeout=50s');
      const before = await state();
      expect(before.generation).toBe('1');
      expect(before.replicaSets.trim().split('\n')).toHaveLength(1);

      expect(await kubectl.withInput(DEPLOYMENT, 'apply', '-f', '-')).toContain(
        'deployment.apps/steady unchanged',
      );
      expect(await kubectl.withInput(DEPLOYMENT, 'apply', '--server-side', '-f', '-')).toContain(
        'deployment.apps/steady serverside-applied',
      );
      // kubectl prints keys sorted, so the replaced object's keys come back in another order.
      const yaml = await kubectl('get', 'deploy', 'steady', '-o', 'yaml');
      expect(await kubectl.withInput(yaml, 'replace', '-f', '-')).toContain(
        'deployment.apps/steady replaced',
      );
      expect(await state()).toEqual(before);

      // A real change still rolls out a new ReplicaSet.
      await kubectl('set', 'image', 'deployment/steady', 'nginx=nginx:1.28');
      expect(
        await kubectl('get', 'deploy', 'steady', '-o', 'jsonpath={.metadata.generation}'),
      ).toBe('2');
      await waitFor('a second ReplicaSet', async () =>
        (await state()).replicaSets.trim().split('\n').length === 2 ? true : undefined,
      );
    });
  });
}

import { describe, expect, it } from 'vitest';
import type { LivePod } from '../kube/index.ts';
import { modelServerTargets } from './prometheus-sd.ts';

function pod(name: string, ip: string | undefined, labels: Record<string, string>): LivePod {
  return {
    name,
    phase: 'Running',
    ready: true,
    restarts: 0,
    node: 'gpu-node-1',
    gpus: 1,
    releaseId: null,
    track: labels['backline.dev/track'] ?? null,
    createdAt: null,
    containers: [],
    conditions: [],
    raw: { metadata: { name, labels }, status: ip ? { podIP: ip } : {} },
  };
}

describe('the model servers listed for Prometheus', () => {
  it('gives each pod with an address a target on its runtime’s port, with Kubernetes discovery’s labels', () => {
    const groups = modelServerTargets([
      {
        namespace: 'ml-prod',
        name: 'chat',
        spec: { runtime: 'VLLM' },
        live: {
          pods: [
            pod('chat-7d9-abc', '10.0.0.5', {
              'backline.dev/deployment': 'chat',
              'backline.dev/track': 'canary',
            }),
            pod('chat-7d9-new', undefined, { 'backline.dev/deployment': 'chat' }),
          ],
        },
      },
      {
        namespace: 'ml-prod',
        name: 'local',
        spec: { runtime: 'OLLAMA' },
        live: { pods: [pod('local-1', '10.0.0.6', { 'backline.dev/deployment': 'local' })] },
      },
    ]);
    expect(groups).toEqual([
      {
        targets: ['10.0.0.5:8000'],
        labels: {
          __meta_kubernetes_namespace: 'ml-prod',
          __meta_kubernetes_pod_name: 'chat-7d9-abc',
          __meta_kubernetes_pod_ip: '10.0.0.5',
          __meta_kubernetes_pod_ready: 'true',
          __meta_kubernetes_pod_phase: 'Running',
          __meta_kubernetes_pod_container_port_number: '8000',
          __meta_kubernetes_pod_node_name: 'gpu-node-1',
          __meta_kubernetes_pod_label_backline_dev_deployment: 'chat',
          __meta_kubernetes_pod_label_backline_dev_track: 'canary',
          __meta_backline_deployment: 'chat',
          __meta_backline_runtime: 'vllm',
        },
      },
    ]);
  });
});

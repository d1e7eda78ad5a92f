import type { KubeNode, NodeTaint } from './kube.port.ts';

interface NodeLike {
  metadata?: { name?: string; labels?: Record<string, string> };
  spec?: { unschedulable?: boolean; taints?: { key?: string; value?: string; effect?: string }[] };
  status?: {
    allocatable?: Record<string, string>;
    conditions?: { type?: string; status?: string }[];
  };
}

/** A Node object as the API server has it, in Backline's terms. */
export function nodeOf(raw: Record<string, unknown>): KubeNode {
  const n = raw as NodeLike;
  return {
    name: n.metadata?.name ?? '',
    labels: { ...(n.metadata?.labels ?? {}) },
    unschedulable: n.spec?.unschedulable === true,
    ready: (n.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'),
    taints: (n.spec?.taints ?? []).map(
      (t): NodeTaint => ({ key: t.key ?? '', value: t.value ?? null, effect: t.effect ?? '' }),
    ),
    allocatable: { ...(n.status?.allocatable ?? {}) },
  };
}

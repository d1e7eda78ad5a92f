import { RUNTIME_PROFILES, type Runtime } from '../../catalog/index.ts';
import type { ClusterClient } from '../../kube/index.ts';
import { parsePrometheusText } from './prometheus-text.ts';
import { readCounters, type ServerCounters, sumCounters } from './runtime-metrics.ts';

const METRICS_TIMEOUT_MS = 2000;

/**
 * The counters of each of `pods` that answered, each read from its /metrics through the
 * pods/proxy subresource. Pods that do not answer are left out (no data, never a failure);
 * empty when the runtime serves no metrics.
 */
export async function scrapePodCounters(
  client: ClusterClient,
  namespace: string,
  runtime: Runtime,
  pods: string[],
  port = RUNTIME_PROFILES[runtime].port,
): Promise<Map<string, ServerCounters>> {
  const read = new Map<string, ServerCounters>();
  if (runtime === 'OLLAMA') return read;
  await Promise.all(
    pods.map(async (pod) => {
      try {
        const res = await client.podProxy(namespace, pod, port, {
          method: 'GET',
          path: '/metrics',
          timeoutMs: METRICS_TIMEOUT_MS,
        });
        if (res.status === 200) read.set(pod, readCounters(runtime, parsePrometheusText(res.body)));
      } catch {
        // No answer is no data.
      }
    }),
  );
  return read;
}

/** The summed counters of `pods` that answered; null when none did. */
export async function scrapeCounters(
  client: ClusterClient,
  namespace: string,
  runtime: Runtime,
  pods: string[],
  port = RUNTIME_PROFILES[runtime].port,
): Promise<ServerCounters | null> {
  const read = await scrapePodCounters(client, namespace, runtime, pods, port);
  return sumCounters(pods.flatMap((p) => read.get(p) ?? []));
}

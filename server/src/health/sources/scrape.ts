import { RUNTIME_PROFILES, type Runtime } from '../../catalog/index.ts';
import type { ClusterClient } from '../../kube/index.ts';
import { parsePrometheusText } from './prometheus-text.ts';
import { readCounters, type ServerCounters, sumCounters } from './runtime-metrics.ts';

const METRICS_TIMEOUT_MS = 2000;

/**
 * The summed counters of `pods`, each read from its /metrics through the pods/proxy
 * subresource. Pods that do not answer are left out; null when none did (or the runtime
 * serves no metrics): no data, never a failure.
 */
export async function scrapeCounters(
  client: ClusterClient,
  namespace: string,
  runtime: Runtime,
  pods: string[],
  port = RUNTIME_PROFILES[runtime].port,
): Promise<ServerCounters | null> {
  if (runtime === 'OLLAMA') return null;
  const results = await Promise.all(
    pods.map(async (pod) => {
      try {
        const res = await client.podProxy(namespace, pod, port, {
          method: 'GET',
          path: '/metrics',
          timeoutMs: METRICS_TIMEOUT_MS,
        });
        return res.status === 200 ? readCounters(runtime, parsePrometheusText(res.body)) : null;
      } catch {
        return null;
      }
    }),
  );
  return sumCounters(results.filter((c): c is ServerCounters => c !== null));
}

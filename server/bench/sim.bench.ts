/**
 * Cluster simulator benchmark: 200 nodes, 5,000 pods (50 Deployments × 100 replicas), one
 * cluster-wide pod watch. Reports pods created per second, watch events delivered per second
 * and peak resident memory. Run with `npm run bench:sim`.
 */
import { startSimulator } from '@backline/simulator';

const NODES = 200;
const DEPLOYMENTS = 50;
const REPLICAS = 100;
const PODS = DEPLOYMENTS * REPLICAS;

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);

const sim = await startSimulator({
  fleet: 'empty',
  nodes: NODES,
  acceleration: 50,
  trafficRps: 0,
  eventHistoryLimit: 100_000,
});
const headers = { 'content-type': 'application/json' };
await fetch(`${sim.url}/api/v1/namespaces`, {
  method: 'POST',
  headers,
  body: JSON.stringify({ metadata: { name: 'bench' } }),
});

let watchEvents = 0;
let created = 0;
let running = 0;
const seenRunning = new Set<string>();
const abort = new AbortController();
const watch = await fetch(`${sim.url}/api/v1/pods?watch=true`, { signal: abort.signal });
const reader = watch.body?.getReader();
const decoder = new TextDecoder();
let buffer = '';
const pump = (async () => {
  if (!reader) return;
  for (;;) {
    const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
    if (chunk.done || !chunk.value) return;
    buffer += decoder.decode(chunk.value, { stream: true });
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      nl = buffer.indexOf('\n');
      watchEvents++;
      const event = JSON.parse(line) as {
        type: string;
        object: { metadata: { uid: string }; status?: { phase?: string } };
      };
      if (event.type === 'ADDED') created++;
      if (event.object.status?.phase === 'Running' && !seenRunning.has(event.object.metadata.uid)) {
        seenRunning.add(event.object.metadata.uid);
        running++;
      }
    }
  }
})();

const start = performance.now();
for (let i = 0; i < DEPLOYMENTS; i++) {
  const name = `load-${i}`;
  const body = {
    metadata: { name },
    spec: {
      replicas: REPLICAS,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
          containers: [
            {
              name: 'main',
              image: 'nginx:1.27',
              resources: { requests: { cpu: '10m', memory: '16Mi' } },
            },
          ],
        },
      },
    },
  };
  const res = await fetch(`${sim.url}/apis/apps/v1/namespaces/bench/deployments`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
}

async function until(what: string, check: () => boolean, timeoutMs = 600_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return (performance.now() - start) / 1000;
}

const allCreated = await until('all pods created', () => created >= PODS);
const allRunning = await until('all pods running', () => running >= PODS);
const eventsAtEnd = watchEvents;

// Reading everything back: one full list of 5,000 pods.
const listStart = performance.now();
const list = (await (await fetch(`${sim.url}/api/v1/pods`)).json()) as { items: unknown[] };
const listSeconds = (performance.now() - listStart) / 1000;

abort.abort();
await pump;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
await sim.stop();

out('Cluster simulator benchmark');
out(`  nodes: ${NODES}, deployments: ${DEPLOYMENTS} x ${REPLICAS} replicas = ${PODS} pods`);
out(
  `  all ${PODS} pods created in ${allCreated.toFixed(2)} s  -> ${(PODS / allCreated).toFixed(0)} pods created/s`,
);
out(`  all ${PODS} pods Running in ${allRunning.toFixed(2)} s`);
out(
  `  watch events delivered: ${eventsAtEnd} in ${allRunning.toFixed(2)} s -> ${(eventsAtEnd / allRunning).toFixed(0)} events/s`,
);
out(`  full list of ${list.items.length} pods: ${(listSeconds * 1000).toFixed(0)} ms`);
out(`  peak resident memory: ${(peakRss / 2 ** 20).toFixed(0)} MiB`);

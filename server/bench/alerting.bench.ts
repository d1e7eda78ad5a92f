/**
 * The alerting path end to end, hop by hop, with the real Prometheus and Alertmanager
 * (Debian's prometheus and prometheus-alertmanager) and a real Backline on a simulated cluster,
 * configured as docs/install.md says: 1 s scrapes and rule evaluations, the chart's
 * ModelServingKVCacheSaturated alert with `for: 2s`, Alertmanager's group_wait and
 * group_interval 1 s. Each run injects a KV-cache fault into the deployment's pods and times:
 *
 *   fault → Prometheus has scraped the full cache → the alert fires → Alertmanager has it →
 *   Backline opened the incident → the page reached a webhook receiver;
 *   fault cleared → the alert is resolved in Prometheus → Backline resolved the incident.
 *
 *   npm run bench:alerting
 *   BENCH_RUNS=10 npm run bench:alerting
 */
import os from 'node:os';
import {
  chartRuleFile,
  observabilitySkipReason,
  pageTo,
  startObservedStack,
} from '../../test/support/observability.ts';
import { WebhookReceiver } from '../../test/support/receiver.ts';
import { createTestRelease, deployReady } from '../../test/support/releases.ts';
import { percentile } from './support.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const ALERT = 'ModelServingKVCacheSaturated';

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Polls `check` every 20 ms until it holds; the time it first held. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const skip = observabilitySkipReason({ chart: true });
if (skip) {
  print(`skipped: ${skip}`);
  process.exit(0);
}

const receiver = await WebhookReceiver.start();
const stack = await startObservedStack({
  rules: async (backlineUrl) => ({
    'rules.yaml': await chartRuleFile([
      'metrics.prometheusRule.enabled=true',
      'metrics.modelServingRules.enabled=true',
      `metrics.consoleUrl=${backlineUrl}`,
      'metrics.modelServingRules.for.kvCacheUsage=2s',
    ]),
  }),
});
const hops = new Map<string, number[]>();
const record = (hop: string, ms: number) => hops.set(hop, [...(hops.get(hop) ?? []), ms]);
try {
  await pageTo(stack, `${receiver.url}/pager`);
  const { releaseId } = await createTestRelease(stack.server.url, stack.cookie);
  await deployReady(stack.server.url, stack.cookie, releaseId, 'chat');
  await until('the model server scraped', async () =>
    (await stack.prometheus.targets()).some(
      (t) => t.labels.job === 'model-servers' && t.health === 'up',
    ),
  );
  const firing = async () =>
    (await stack.prometheus.alerts()).some(
      (a) => a.labels.alertname === ALERT && a.state === 'firing',
    );
  const incidents = () =>
    stack.call<{ incidents: { id: string; status: string; source: string }[] }>(
      '{ incidents(namespace: "ml-prod", name: "chat", first: 100) { id status source } }',
    );
  for (let run = 0; run < runs; run++) {
    const known = new Set((await incidents()).incidents.map((i) => i.id));
    const t0 = Date.now();
    const fault = stack.cluster.sim.injectFault({
      type: 'kv-cache-exhaustion',
      namespace: 'ml-prod',
      deployment: 'chat',
    });
    const scraped = await until(
      'the full cache in Prometheus',
      async () =>
        (await stack.prometheus.query('max(vllm:kv_cache_usage_perc{deployment="chat"}) > 0.95'))
          .length > 0,
    );
    const fired = await until('the alert firing', firing);
    const inAlertmanager = await until('the alert in Alertmanager', async () => {
      const response = await fetch(
        `${stack.alertmanager?.url}/api/v2/alerts?${new URLSearchParams({ filter: `alertname="${ALERT}"` })}`,
      );
      return ((await response.json()) as unknown[]).length > 0;
    });
    let incidentId = '';
    const opened = await until('the incident', async () => {
      const fresh = (await incidents()).incidents.find(
        (i) => !known.has(i.id) && i.source === 'ALERTMANAGER',
      );
      incidentId = fresh?.id ?? '';
      return fresh !== undefined;
    });
    const paged = await until('the page', async () =>
      receiver
        .at('/pager')
        .some((r) => (r.json.incident as { id?: string } | undefined)?.id === incidentId),
    );
    const c0 = Date.now();
    stack.cluster.sim.clearFault(fault.id);
    const cleared = await until('the alert resolved', async () => !(await firing()));
    const resolved = await until('the incident resolved', async () =>
      (await incidents()).incidents.some((i) => i.id === incidentId && i.status === 'RESOLVED'),
    );
    record('fault → scraped in Prometheus', scraped - t0);
    record('scraped → alert firing (for: 2s)', fired - scraped);
    record('firing → in Alertmanager', inAlertmanager - fired);
    record('Alertmanager → incident in Backline', opened - inAlertmanager);
    record('incident → page at the receiver', paged - opened);
    record('fault → page (total)', paged - t0);
    record('fault cleared → alert resolved in Prometheus', cleared - c0);
    record('alert resolved → incident resolved in Backline', resolved - cleared);
    record('fault cleared → incident resolved (total)', resolved - c0);
    // The next run starts from a quiet cache, once Alertmanager has forgotten the alert.
    await until('Alertmanager quiet', async () => {
      const response = await fetch(
        `${stack.alertmanager?.url}/api/v2/alerts?${new URLSearchParams({ filter: `alertname="${ALERT}"`, active: 'true' })}`,
      );
      return ((await response.json()) as unknown[]).length === 0;
    });
  }
  print(
    `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${runs} runs`,
  );
  print('| hop | p50 ms | max ms |');
  print('| --- | --- | --- |');
  for (const [hop, values] of hops) {
    print(`| ${hop} | ${percentile(values, 50)} | ${Math.max(...values)} |`);
  }
} finally {
  await stack.stop();
  await receiver.close();
}
process.exit(0);

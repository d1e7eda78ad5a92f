import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../support/graphql.ts';
import {
  ALERTMANAGER_TOKEN,
  chartDashboard,
  chartRuleFile,
  type ObservedStack,
  observabilitySkipReason,
  pageTo,
  startObservedStack,
} from '../../support/observability.ts';
import { WebhookReceiver } from '../../support/receiver.ts';
import { createTestRelease, deployReady } from '../../support/releases.ts';
import { waitFor } from '../../support/wait.ts';

/**
 * The observability path end to end, with the real Prometheus and Alertmanager: Backline's
 * service discovery, scraping through the pods proxy, the model-serving alerts the chart
 * ships, Alertmanager's webhook into Backline, an incident and a page, the resolution, and
 * every panel of the chart's dashboard.
 */
const skip = observabilitySkipReason({ chart: true });

interface IncidentRow {
  id: string;
  status: string;
  source: string;
  deployment: { namespace: string; name: string } | null;
  signals: { fingerprint: string; source: string; status: string }[];
}

const INCIDENTS = `query { incidents(namespace: "ml-prod", name: "chat") {
  id status source deployment { namespace name } signals { fingerprint source status } } }`;

describe.skipIf(skip !== null)(
  `the observability path with the real Prometheus and Alertmanager${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let stack: ObservedStack;
    let receiver: WebhookReceiver;

    beforeAll(async () => {
      receiver = await WebhookReceiver.start();
      stack = await startObservedStack({
        rules: async (backlineUrl) => ({
          'rules.yaml': await chartRuleFile([
            'metrics.prometheusRule.enabled=true',
            'metrics.modelServingRules.enabled=true',
            `metrics.consoleUrl=${backlineUrl}`,
            // Seconds instead of minutes, so the test takes seconds; the expressions are the chart's.
            'metrics.modelServingRules.for.kvCacheUsage=2s',
          ]),
        }),
      });
      await pageTo(stack, `${receiver.url}/pager`);
      const { releaseId } = await createTestRelease(stack.server.url, stack.cookie);
      await deployReady(stack.server.url, stack.cookie, releaseId, 'chat');
    }, 240_000);

    afterAll(async () => {
      await stack?.stop();
      await receiver?.close();
    });

    it('lists the model pods for Prometheus only with a token', async () => {
      const url = `${stack.server.url}/api/prometheus/targets`;
      expect((await fetch(url)).status).toBe(401);
      expect(
        (await fetch(url, { headers: { authorization: 'Bearer bl_not-a-token' } })).status,
      ).toBe(401);
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${stack.discoveryToken}` },
      });
      expect(response.status).toBe(200);
      const groups = (await response.json()) as {
        targets: string[];
        labels: Record<string, string>;
      }[];
      expect(groups).toHaveLength(1);
      expect(groups[0]?.targets[0]).toMatch(/^\d+\.\d+\.\d+\.\d+:8000$/);
      expect(groups[0]?.labels).toMatchObject({
        __meta_kubernetes_namespace: 'ml-prod',
        __meta_kubernetes_pod_name: expect.stringMatching(/^chat-/),
        __meta_kubernetes_pod_container_port_number: '8000',
        __meta_kubernetes_pod_label_backline_dev_deployment: 'chat',
        __meta_kubernetes_pod_label_backline_dev_track: 'stable',
        __meta_backline_runtime: 'vllm',
      });
    });

    it('scrapes Backline, and the model servers it discovered through the API server’s pods proxy', async () => {
      const target = await waitFor(
        'the model server scraped',
        async () => {
          const targets = await stack.prometheus.targets();
          const up = targets.find((t) => t.labels.job === 'model-servers' && t.health === 'up');
          if (!up) throw new Error(JSON.stringify(targets.map((t) => t.lastError)));
          return up;
        },
        45_000,
      );
      expect(target.scrapeUrl).toMatch(
        new RegExp(
          `^${stack.cluster.sim.url}/api/v1/namespaces/ml-prod/pods/chat-[a-z0-9-]+:8000/proxy/metrics$`,
        ),
      );
      expect(target.labels).toMatchObject({
        namespace: 'ml-prod',
        deployment: 'chat',
        track: 'stable',
      });
      const running = await stack.prometheus.query(
        'vllm:num_requests_running{namespace="ml-prod", deployment="chat", track="stable"}',
      );
      expect(running.length).toBe(1);
      expect(running[0]?.metric.pod).toMatch(/^chat-/);
      await waitFor(
        'Backline scraped',
        async () =>
          (await stack.prometheus.query('up{job="backline"} == 1')).length ? true : undefined,
        30_000,
      );
    }, 120_000);

    it('fires the KV-cache alert on a fault, opens one incident on the deployment, pages, and resolves it with the alert', async () => {
      const t0 = Date.now();
      const fault = stack.cluster.sim.injectFault({
        type: 'kv-cache-exhaustion',
        namespace: 'ml-prod',
        deployment: 'chat',
      });
      const firing = await waitFor(
        'ModelServingKVCacheSaturated firing in Prometheus',
        async () =>
          (await stack.prometheus.alerts()).find(
            (a) => a.labels.alertname === 'ModelServingKVCacheSaturated' && a.state === 'firing',
          ),
        45_000,
      );
      expect(firing.labels).toMatchObject({
        namespace: 'ml-prod',
        deployment: 'chat',
        severity: 'warning',
      });
      const fromAlertmanager = (rows: IncidentRow[]) =>
        rows.filter((r) => r.signals.some((s) => s.source === 'ALERTMANAGER'));
      const incident = await waitFor(
        'an incident from Alertmanager',
        async () =>
          fromAlertmanager(
            (await stack.call<{ incidents: IncidentRow[] }>(INCIDENTS)).incidents,
          )[0],
        45_000,
      );
      expect(incident.deployment).toEqual({ namespace: 'ml-prod', name: 'chat' });
      const page = await waitFor(
        'the page at the receiver',
        () =>
          receiver
            .at('/pager')
            .find((r) => (r.json.incident as { id?: string } | undefined)?.id === incident.id),
        45_000,
      );
      expect(page.at).toBeGreaterThan(t0);
      // The alert's link is the deployment's page in Backline's console.
      const details = await graphql<{ incident: { timeline: { details: unknown }[] } }>(
        stack.server.url,
        'query($id: ID!) { incident(id: $id) { timeline { details } } }',
        { id: incident.id },
        { cookie: stack.cookie },
      );
      expect(JSON.stringify(details.data)).toContain(
        `${stack.server.url}/deployments/ml-prod/chat`,
      );
      // Someone answers the page.
      await stack.call(
        'mutation($id: ID!) { acknowledgeIncident(input: { id: $id }) { incident { id } } }',
        {
          id: incident.id,
        },
      );

      stack.cluster.sim.clearFault(fault.id);
      const resolved = await waitFor(
        'the incident resolved by Alertmanager',
        async () => {
          const row = (await stack.call<{ incidents: IncidentRow[] }>(INCIDENTS)).incidents.find(
            (r) => r.id === incident.id,
          );
          return row?.status === 'RESOLVED' ? row : undefined;
        },
        45_000,
      );
      expect(resolved.signals.filter((s) => s.source === 'ALERTMANAGER')).toEqual([
        expect.objectContaining({ status: 'RESOLVED' }),
      ]);
      // One incident for the alert, however often Alertmanager repeated it.
      expect(
        fromAlertmanager((await stack.call<{ incidents: IncidentRow[] }>(INCIDENTS)).incidents),
      ).toHaveLength(1);
    }, 180_000);

    it('refuses Alertmanager without its token', async () => {
      const response = await fetch(`${stack.server.url}/webhooks/alertmanager`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${ALERTMANAGER_TOKEN}x`,
        },
        body: '{}',
      });
      expect(response.status).toBe(401);
    });

    it('gets data for every panel and variable of the chart’s dashboard', async () => {
      const dashboard = await chartDashboard();
      const substitute = (expr: string) =>
        expr.replaceAll('$namespace', 'backline').replaceAll('$job', 'backline');
      const panels = (
        dashboard.panels as { title: string; targets?: { expr: string }[] }[]
      ).flatMap((p) => (p.targets ?? []).map((t) => ({ name: p.title, expr: substitute(t.expr) })));
      const variables = (
        dashboard.templating as {
          list: { type: string; name: string; query?: { query: string } }[];
        }
      ).list
        .filter((v) => v.type === 'query')
        .map((v) => {
          // label_values(selector, label) asks for the label's values among the selector's series.
          const match = /^label_values\((.+),\s*(\w+)\)$/.exec(substitute(v.query?.query ?? ''));
          if (!match) throw new Error(`variable ${v.name}: not a label_values query`);
          return { name: `$${v.name}`, expr: `count by (${match[2]}) (${match[1]})` };
        });
      expect(panels.length).toBeGreaterThan(15);
      const empty: string[] = [];
      await waitFor(
        'every query to return data',
        async () => {
          empty.length = 0;
          for (const q of [...panels, ...variables]) {
            // An invalid query throws here and fails the test.
            if (!(await stack.prometheus.query(q.expr)).length) empty.push(`${q.name}: ${q.expr}`);
          }
          return empty.length ? undefined : true;
        },
        30_000,
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}\nno data for:\n${empty.join('\n')}`);
      });
    }, 120_000);
  },
);

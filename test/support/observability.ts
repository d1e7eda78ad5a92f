import { existsSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { buildChartRenderer, parseObjects } from '../integration/packaging/support/render.ts';
import { type SimulatedCluster, startSimulatedCluster } from './cluster.ts';
import { graphql, login } from './graphql.ts';
import {
  freePort,
  missingBinaries,
  type RunningAlertmanager,
  type RunningPrometheus,
  startAlertmanager,
  startPrometheus,
} from './prometheus.ts';
import { type Call, caller } from './rollout-api.ts';
import { startTestServer, type TestServer } from './server.ts';

/**
 * A simulated cluster, a real Backline managing it, and the real Prometheus (and Alertmanager)
 * watching both the way docs/install.md says to connect them: Backline's /metrics scraped
 * directly, the model servers found through Backline's HTTP service discovery and scraped
 * through the API server's pods proxy, their pod labels relabelled into series labels.
 */

/** The token the API server gives Prometheus: it may only read pods/proxy. */
export const SCRAPER_TOKEN = 'prometheus-scraper-token';
export const ALERTMANAGER_TOKEN = 'alertmanager-token-0123456789';
/** Prometheus's token for Backline's /metrics: an authenticated scrape sees every deployment. */
export const METRICS_TOKEN = 'backline-metrics-token-0123456789';
export const SCRAPE_INTERVAL = '1s';

/** Why a suite that needs these cannot run here, or null. */
export function observabilitySkipReason(options: { chart?: boolean } = {}): string | null {
  const missing = missingBinaries(['prometheus', 'promtool', 'prometheus-alertmanager']);
  const reasons = missing.length
    ? [
        `${missing.join(', ')} not installed (apt-get install -y prometheus prometheus-alertmanager)`,
      ]
    : [];
  if (
    options.chart &&
    (missingBinaries(['go']).length ||
      !existsSync('/usr/share/gocode/src/github.com/Masterminds/sprig'))
  ) {
    reasons.push(
      'the chart renderer needs Go and sprig (apt-get install -y golang-go golang-github-masterminds-sprig-dev golang-gopkg-yaml.v3-dev)',
    );
  }
  return reasons.length ? reasons.join('; ') : null;
}

/** The relabelling that turns a discovered model server pod into a target and its labels. */
export function modelServerRelabelling(apiServer: string): Record<string, unknown>[] {
  return [
    { source_labels: ['__meta_kubernetes_namespace'], target_label: 'namespace' },
    { source_labels: ['__meta_kubernetes_pod_name'], target_label: 'pod' },
    {
      source_labels: ['__meta_kubernetes_pod_label_backline_dev_deployment'],
      target_label: 'deployment',
    },
    { source_labels: ['__meta_kubernetes_pod_label_backline_dev_track'], target_label: 'track' },
    {
      source_labels: ['__meta_kubernetes_pod_label_backline_dev_release'],
      target_label: 'release',
    },
    // Through the API server's pods proxy: Prometheus outside the cluster cannot reach pod IPs.
    { source_labels: ['__address__'], target_label: 'instance' },
    { target_label: '__address__', replacement: apiServer },
    {
      source_labels: [
        '__meta_kubernetes_namespace',
        '__meta_kubernetes_pod_name',
        '__meta_kubernetes_pod_container_port_number',
      ],
      regex: '(.+);(.+);(.+)',
      target_label: '__metrics_path__',
      replacement: '/api/v1/namespaces/$1/pods/$2:$3/proxy/metrics',
    },
  ];
}

export interface PrometheusConfigInput {
  backlineUrl: string;
  apiServerUrl: string;
  /** A Backline API token (VIEWER) for the service discovery endpoint. */
  discoveryToken: string;
  alertmanagerUrl?: string;
  ruleFiles?: string[];
}

/** prometheus.yml for a Backline and its cluster, with 1 s scrapes and rule evaluations. */
export function prometheusConfig(input: PrometheusConfigInput): Record<string, unknown> {
  const backline = new URL(input.backlineUrl);
  const apiServer = new URL(input.apiServerUrl);
  return {
    global: {
      scrape_interval: SCRAPE_INTERVAL,
      scrape_timeout: SCRAPE_INTERVAL,
      evaluation_interval: SCRAPE_INTERVAL,
    },
    ...(input.ruleFiles ? { rule_files: input.ruleFiles } : {}),
    ...(input.alertmanagerUrl
      ? {
          alerting: {
            alertmanagers: [
              { static_configs: [{ targets: [new URL(input.alertmanagerUrl).host] }] },
            ],
          },
        }
      : {}),
    scrape_configs: [
      {
        job_name: 'backline',
        scheme: backline.protocol.replace(':', ''),
        authorization: { type: 'Bearer', credentials: METRICS_TOKEN },
        static_configs: [{ targets: [backline.host], labels: { namespace: 'backline' } }],
      },
      {
        job_name: 'model-servers',
        http_sd_configs: [
          {
            url: `${input.backlineUrl}/api/prometheus/targets`,
            refresh_interval: SCRAPE_INTERVAL,
            // Prometheus 2.42 sends http_sd credentials without the Bearer type unless told.
            authorization: { type: 'Bearer', credentials: input.discoveryToken },
          },
        ],
        scheme: apiServer.protocol.replace(':', ''),
        authorization: { credentials: SCRAPER_TOKEN },
        relabel_configs: modelServerRelabelling(apiServer.host),
      },
    ],
  };
}

/** alertmanager.yml routing every alert to Backline's receiver, grouped by deployment, quickly. */
export function alertmanagerConfig(backlineUrl: string): Record<string, unknown> {
  return {
    global: { resolve_timeout: '5s' },
    route: {
      receiver: 'backline',
      group_by: ['alertname', 'namespace', 'deployment'],
      group_wait: '1s',
      group_interval: '1s',
      repeat_interval: '1h',
    },
    receivers: [
      {
        name: 'backline',
        webhook_configs: [
          {
            url: `${backlineUrl}/webhooks/alertmanager`,
            send_resolved: true,
            http_config: { authorization: { credentials: ALERTMANAGER_TOKEN } },
          },
        ],
      },
    ],
  };
}

/** The chart's rendered PrometheusRule groups as one rule file, with these values set. */
export async function chartRuleFile(sets: string[]): Promise<string> {
  const chart = await buildChartRenderer();
  try {
    const objects = parseObjects(await chart.render(sets.flatMap((s) => ['--set', s])));
    const groups = objects
      .filter((o) => o.kind === 'PrometheusRule')
      .flatMap((o) => (o.spec as { groups: unknown[] }).groups);
    return stringify({ groups });
  } finally {
    await chart.dispose();
  }
}

/** The chart's Grafana dashboard, as the JSON it ships. */
export async function chartDashboard(): Promise<Record<string, unknown>> {
  const chart = await buildChartRenderer();
  try {
    const objects = parseObjects(await chart.render(['--set', 'metrics.dashboard.enabled=true']));
    const configMap = objects.find(
      (o) => o.kind === 'ConfigMap' && o.metadata.labels?.grafana_dashboard === '1',
    );
    const json = (configMap?.data as Record<string, string> | undefined)?.['backline.json'];
    if (!json) throw new Error('the chart rendered no dashboard');
    return JSON.parse(json) as Record<string, unknown>;
  } finally {
    await chart.dispose();
  }
}

export interface ObservedStack {
  cluster: SimulatedCluster;
  server: TestServer;
  cookie: string;
  call: Call;
  discoveryToken: string;
  prometheus: RunningPrometheus;
  alertmanager: RunningAlertmanager | null;
  stop(): Promise<void>;
}

export interface ObservedStackOptions {
  /** Rule files for Prometheus, by name, given Backline's URL; with them an Alertmanager routes to Backline. */
  rules?: (backlineUrl: string) => Promise<Record<string, string>>;
  /** Backline reads health and rollout metrics from this Prometheus (BACKLINE_PROMETHEUS_URL). */
  backlineReadsPrometheus?: boolean;
  env?: Record<string, string>;
  acceleration?: number;
  trafficRps?: number;
}

export async function startObservedStack(
  options: ObservedStackOptions = {},
): Promise<ObservedStack> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    const cluster = await startSimulatedCluster({
      acceleration: options.acceleration ?? 20,
      trafficRps: options.trafficRps ?? 5,
      auth: {
        tokens: [
          { token: 'backline-admin-token', user: 'backline' },
          { token: SCRAPER_TOKEN, user: 'prometheus', verbs: ['get'], resources: ['pods/proxy'] },
        ],
      },
    });
    stops.push(() => cluster.stop());
    const prometheusPort = await freePort();
    const server = await startTestServer({
      env: {
        KUBECONFIG: cluster.kubeconfig,
        BACKLINE_NAMESPACES: 'ml-prod',
        BACKLINE_HEALTH_INTERVAL: '500ms',
        // Cost samples every second, so the dashboard's cost panels have GPU time and tokens.
        BACKLINE_COST_SAMPLE_INTERVAL: '1s',
        BACKLINE_SYNTHETIC_TIMEOUT: '1s',
        BACKLINE_ALERTMANAGER_TOKEN: ALERTMANAGER_TOKEN,
        BACKLINE_METRICS_TOKEN: METRICS_TOKEN,
        ...(options.backlineReadsPrometheus
          ? {
              BACKLINE_PROMETHEUS_URL: `http://127.0.0.1:${prometheusPort}`,
              BACKLINE_PROMETHEUS_WINDOW: '10s',
            }
          : {}),
        ...options.env,
      },
    });
    stops.push(() => server.stop());
    const cookie = await login(server.url, server.adminEmail, server.adminPassword);
    const token = await graphql<{ createApiToken: { secret: string } }>(
      server.url,
      'mutation { createApiToken(input: { name: "prometheus", role: VIEWER, expiresInDays: 1 }) { secret } }',
      {},
      { cookie },
    );
    const discoveryToken = token.data?.createApiToken.secret;
    if (!discoveryToken) throw new Error(`createApiToken failed: ${JSON.stringify(token.errors)}`);
    const rules = options.rules ? await options.rules(server.url) : null;
    let alertmanager: RunningAlertmanager | null = null;
    if (rules) {
      alertmanager = await startAlertmanager({ config: alertmanagerConfig(server.url) });
      const running = alertmanager;
      stops.push(() => running.stop());
    }
    const prometheus = await startPrometheus({
      port: prometheusPort,
      config: prometheusConfig({
        backlineUrl: server.url,
        apiServerUrl: cluster.sim.url,
        discoveryToken,
        ...(alertmanager ? { alertmanagerUrl: alertmanager.url } : {}),
        ...(rules ? { ruleFiles: Object.keys(rules) } : {}),
      }),
      ...(rules ? { files: rules } : {}),
    });
    stops.push(() => prometheus.stop());
    return {
      cluster,
      server,
      cookie,
      call: caller(() => server.url, cookie),
      discoveryToken,
      prometheus,
      alertmanager,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Parses a YAML rule file's alert names (for messages). */
/** Pages `url` for every incident: a webhook channel and the default policy's only step. */
export async function pageTo(stack: ObservedStack, url: string): Promise<void> {
  const pager = await stack.call<{ createNotificationChannel: { channel: { id: string } } }>(
    `mutation($input: CreateNotificationChannelInput!) {
      createNotificationChannel(input: $input) { channel { id } } }`,
    { input: { name: 'Pager', type: 'WEBHOOK', url, isFallback: false } },
  );
  await stack.call(
    'mutation($input: CreateEscalationPolicyInput!) { createEscalationPolicy(input: $input) { id } }',
    {
      input: {
        name: 'Default',
        isDefault: true,
        steps: [
          {
            timeoutMinutes: 5,
            targets: [{ type: 'CHANNEL', id: pager.createNotificationChannel.channel.id }],
          },
        ],
      },
    },
  );
}

export function alertNames(ruleFile: string): string[] {
  const doc = parse(ruleFile) as { groups: { rules: { alert?: string }[] }[] };
  return doc.groups.flatMap((g) => g.rules.flatMap((r) => (r.alert ? [r.alert] : [])));
}

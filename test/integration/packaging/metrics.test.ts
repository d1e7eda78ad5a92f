import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from '../../support/graphql.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { waitFor } from '../../support/wait.ts';
import { record } from './support/models.ts';
import {
  analyzeExpression,
  analyzeGrafanaQuery,
  type ExpressionUses,
  familyOf,
  parseExposition,
} from './support/promql.ts';
import { buildChartRenderer, type KubeObject, parseObjects } from './support/render.ts';

/** Labels Prometheus adds to every scraped series (target labels), and its own `up`. */
const TARGET_LABELS = new Set([
  'job',
  'namespace',
  'pod',
  'instance',
  'service',
  'container',
  'endpoint',
]);
const SYNTHETIC = new Set(['up']);

type Families = ReturnType<typeof parseExposition>;

let server: TestServer | undefined;
let families: Families = new Map();
let objects: KubeObject[] = [];

beforeAll(async () => {
  const chart = await buildChartRenderer();
  try {
    objects = parseObjects(
      await chart.render([
        '--set',
        'metrics.prometheusRule.enabled=true',
        '--set',
        'metrics.dashboard.enabled=true',
      ]),
    );
  } finally {
    await chart.dispose();
  }
  // With the simulated cluster, a model deployment (health series), one in a namespace
  // the cluster does not have (a refused apply) and an open incident give every
  // family Backline exports samples, so their labels show in the exposition.
  server = await startTestServer({
    env: {
      BACKLINE_SIMULATOR: 'on',
      BACKLINE_NAMESPACES: 'ml-prod,not-in-cluster',
      BACKLINE_HEALTH_INTERVAL: '200ms',
      BACKLINE_COST_SAMPLE_INTERVAL: '200ms',
    },
  });
  await fetch(`${server.url}/`);
  const cookie = await login(server.url, server.adminEmail, server.adminPassword);
  const model = await graphql<{ registerModel: { model: { id: string } } }>(
    server.url,
    `mutation { registerModel(input: { name: "probe", family: "Qwen2.5", source: "hf://Qwen/Qwen2.5-0.5B-Instruct",
      revision: "main", license: "Apache-2.0", parameterCountBillions: 0.5, contextLength: 32768, gpuMemoryGiB: 2 }) { model { id } } }`,
    {},
    { cookie },
  );
  const release = await graphql<{ createRelease: { release: { id: string } } }>(
    server.url,
    `mutation($m: ID!) { createRelease(input: { modelId: $m, runtime: VLLM, image: "vllm/vllm-openai:v0.10.1",
      resources: { gpus: 1, cpu: "1", memory: "8Gi" } }) { release { id } } }`,
    { m: model.data?.registerModel.model.id },
    { cookie },
  );
  for (const namespace of ['ml-prod', 'not-in-cluster']) {
    await graphql(
      server.url,
      'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
      {
        input: {
          namespace,
          name: 'probe',
          environment: 'DEV',
          releaseId: release.data?.createRelease.release.id,
          // One replica serving in the cluster gives the cost and token gauges samples.
          replicas: namespace === 'ml-prod' ? 1 : 0,
        },
      },
      { cookie },
    );
  }
  await graphql(
    server.url,
    'mutation { declareIncident(input: { title: "Probe", summary: "Gives the incident gauges samples.", severity: SEV3 }) { incident { id } } }',
    {},
    { cookie },
  );
  // An acknowledged and resolved incident of a deployment gives MTTA and MTTR samples.
  const timed = await graphql<{ declareIncident: { incident: { id: string } } }>(
    server.url,
    'mutation { declareIncident(input: { title: "Timed probe", severity: SEV4, deployment: { namespace: "ml-prod", name: "probe" } }) { incident { id } } }',
    {},
    { cookie },
  );
  for (const step of ['acknowledgeIncident', 'resolveIncident']) {
    await graphql(
      server.url,
      `mutation($id: ID!) { ${step}(input: { id: $id }) { incident { id } } }`,
      { id: timed.data?.declareIncident.incident.id },
      { cookie },
    );
  }
  await graphql(server.url, 'query Probe { __typename }', {}, { cookie });
  for (const series of [
    'backline_reconcile_errors_total{',
    'backline_model_deployment_health{',
    'backline_cost_per_million_tokens_usd{',
    'backline_tokens_per_second{',
  ]) {
    await waitFor(
      series,
      async () =>
        (await (await fetch(`${server?.url}/metrics`, { headers: { cookie } })).text()).includes(
          series,
        )
          ? true
          : undefined,
      60_000,
    );
  }
  const response = await fetch(`${server.url}/metrics`, { headers: { cookie } });
  expect(response.status).toBe(200);
  families = parseExposition(await response.text());
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

function alertExpressions(): { name: string; expr: string }[] {
  const rule = objects.find((o) => o.kind === 'PrometheusRule');
  const groups = Array.isArray(record(rule?.spec).groups)
    ? (record(rule?.spec).groups as unknown[])
    : [];
  return groups.flatMap((g) => {
    const rules = record(g).rules;
    return (Array.isArray(rules) ? rules : []).map((r) => ({
      name: String(record(r).alert),
      expr: String(record(r).expr),
    }));
  });
}

function dashboardQueries(): { name: string; uses: ExpressionUses }[] {
  const configMap = objects.find(
    (o) => o.kind === 'ConfigMap' && o.metadata.labels?.grafana_dashboard === '1',
  );
  const json = record(configMap?.data)['backline.json'];
  if (typeof json !== 'string') throw new Error('no dashboard in the rendered chart');
  const dashboard = record(JSON.parse(json));
  const panels = Array.isArray(dashboard.panels) ? dashboard.panels.map(record) : [];
  // The model servers' panels chart the runtimes' metrics, not Backline's: the observability
  // suite runs those against a real Prometheus.
  const queries = panels.flatMap((panel) =>
    (Array.isArray(panel.targets) ? panel.targets.map(record) : [])
      .filter((t) => String(t.expr).includes('job="$job"'))
      .map((t) => ({
        name: `panel "${String(panel.title)}"`,
        uses: analyzeExpression(String(t.expr)),
      })),
  );
  const variables = record(dashboard.templating).list;
  for (const variable of Array.isArray(variables) ? variables.map(record) : []) {
    if (variable.type !== 'query') continue;
    queries.push({
      name: `variable $${String(variable.name)}`,
      uses: analyzeGrafanaQuery(String(record(variable.query).query)),
    });
  }
  return queries;
}

/**
 * prom-client's default metrics (process_*, nodejs_*) with Backline's prefix or without: the
 * rules and the dashboard read either name (`a or b`), so either being exported is enough.
 */
function defaultMetricTwin(metric: string): string {
  if (/^backline_(process|nodejs)_/.test(metric)) return metric.slice('backline_'.length);
  if (/^(process|nodejs)_/.test(metric)) return `backline_${metric}`;
  return metric;
}

/** Problems with one expression: metrics Backline does not export, labels they do not have. */
function problems(uses: ExpressionUses): string[] {
  const found: string[] = [];
  const labelsInScope = new Set(TARGET_LABELS);
  for (const { metric, labels } of uses.metrics) {
    if (SYNTHETIC.has(metric)) continue;
    const family = familyOf(metric, families) ?? familyOf(defaultMetricTwin(metric), families);
    const isBucket = metric.endsWith('_bucket') && !families.has(metric);
    if (!family || (isBucket && family.type !== 'histogram')) {
      found.push(`metric ${metric} is not exported`);
      continue;
    }
    const own = new Set([...family.labels, ...(isBucket ? ['le'] : [])]);
    for (const label of own) labelsInScope.add(label);
    for (const label of labels) {
      if (!own.has(label) && !TARGET_LABELS.has(label))
        found.push(`${metric} has no label ${label}`);
    }
  }
  for (const label of uses.groupingLabels) {
    if (!labelsInScope.has(label)) found.push(`grouping label ${label} is on none of the metrics`);
  }
  return found;
}

describe('metrics the monitoring objects use', () => {
  it('finds the histograms and process metrics in the running server’s /metrics', () => {
    expect(families.get('backline_http_request_duration_seconds')?.type).toBe('histogram');
    expect(
      [...(families.get('backline_http_request_duration_seconds')?.labels ?? [])].sort(),
    ).toEqual(['le', 'method', 'route', 'status']);
    expect(
      [...(families.get('backline_graphql_operation_duration_seconds')?.labels ?? [])].sort(),
    ).toEqual(['le', 'operation', 'outcome', 'type']);
    expect(families.has('process_resident_memory_bytes')).toBe(true);
  });

  it('alerts only on metrics and labels Backline exports', () => {
    const rules = alertExpressions();
    expect(rules.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'BacklineDown',
        'BacklineHighHTTPErrorRatio',
        'BacklineHighGraphQLErrorRatio',
      ]),
    );
    for (const rule of rules) {
      const uses = analyzeExpression(rule.expr);
      expect(uses.metrics.length, rule.name).toBeGreaterThan(0);
      expect(problems(uses), rule.name).toEqual([]);
    }
  });

  it('charts only metrics and labels Backline exports', () => {
    const queries = dashboardQueries();
    expect(queries.length).toBeGreaterThan(10);
    for (const query of queries) {
      expect(query.uses.metrics.length, query.name).toBeGreaterThan(0);
      expect(problems(query.uses), query.name).toEqual([]);
    }
  });

  it('would notice an invented metric or label', () => {
    expect(problems(analyzeExpression('rate(backline_imaginary_total[5m]) > 0'))).toEqual([
      'metric backline_imaginary_total is not exported',
    ]);
    expect(
      problems(
        analyzeExpression(
          'sum by (le) (rate(backline_http_request_duration_seconds_bucket{code="500"}[5m]))',
        ),
      ),
    ).toEqual(['backline_http_request_duration_seconds_bucket has no label code']);
    expect(problems(analyzeExpression('sum by (model) (process_open_fds)'))).toEqual([
      'grouping label model is on none of the metrics',
    ]);
  });
});

describe('analyzeExpression', () => {
  it('reads metrics, selector labels and grouping labels, and skips functions, strings and ranges', () => {
    const uses = analyzeExpression(
      'histogram_quantile(0.95, sum by (le, route) (rate(m_bucket{job="a", status=~"5.."}[5m]))) / on(job) group_left other > 1e3 or absent(up{job="x"})',
    );
    expect(uses.metrics).toEqual([
      { metric: 'm_bucket', labels: ['job', 'status'] },
      { metric: 'other', labels: [] },
      { metric: 'up', labels: ['job'] },
    ]);
    expect(uses.groupingLabels).toEqual(['le', 'route', 'job']);
  });

  it('reads the selector of a Grafana label_values query', () => {
    expect(analyzeGrafanaQuery('label_values(m{namespace="$namespace"}, job)')).toEqual({
      metrics: [{ metric: 'm', labels: ['namespace'] }],
      groupingLabels: ['job'],
    });
  });
});

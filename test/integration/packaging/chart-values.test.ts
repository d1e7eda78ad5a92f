import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildChartRenderer,
  CHART,
  type ChartRenderer,
  parseObjects,
  RENDERINGS,
} from './support/render.ts';

// Helm validates the merged values against values.schema.json (JSON Schema draft-07)
// before rendering; the renderer does not, so it is checked here with Ajv.
let chart: ChartRenderer | undefined;
let validate: ValidateFunction;

beforeAll(async () => {
  chart = await buildChartRenderer();
  const schema: unknown = JSON.parse(
    await readFile(path.join(CHART, 'values.schema.json'), 'utf8'),
  );
  validate = new Ajv({ strict: true, allErrors: true }).compile(schema as object);
}, 120_000);

afterAll(async () => {
  await chart?.dispose();
});

async function mergedValues(args: string[]): Promise<unknown> {
  if (!chart) throw new Error('renderer not built');
  return chart.values(args);
}

function errors(): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ');
}

describe('values.schema.json', () => {
  const helmValueFiles = RENDERINGS.flatMap((r) => (r.tool === 'helm' ? [r.valuesFile] : []));

  it.each(helmValueFiles)('accepts values.yaml merged with %s', async (file) => {
    const values = await mergedValues(['-f', file]);
    expect(validate(values), errors()).toBe(true);
  });

  it.each([
    [['--set', 'replicas=2'], 'must NOT have additional properties'],
    [['--set', 'database.mode=sqlite'], 'must be equal to one of the allowed values'],
    [['--set', 'image.digest=latest'], 'must match pattern'],
    [['--set', 'config.sessionIdleTimeout=30 minutes'], 'must match pattern'],
    [['--set', 'rbac.managedNamespaces={ML_Prod}'], 'must match pattern'],
    [['--set', 'oidc.issuerUrl=http://insecure.example.com'], 'must match'],
    [['--set', 'oidc.roleMap.ops=OPERATOR'], 'must be equal to one of the allowed values'],
    [['--set', 'oidc.passwordLogin=off'], 'must be equal to one of the allowed values'],
    [['--set', 'oidc.scopes=email profile'], 'must match pattern'],
    [['--set', 'metrics.prometheusRule.thresholds.httpErrorRatio=2'], 'must be <= 1'],
    [['--set', 'networkPolicy.kubeApiPorts={}'], 'must NOT have fewer than 1 items'],
    [['--set', 'rbac.capacity.pods=true'], 'must NOT have additional properties'],
  ])('rejects %j', async (args, message) => {
    const values = await mergedValues(args);
    expect(validate(values)).toBe(false);
    expect(errors()).toContain(message);
  });
});

/** BACKLINE_CAPACITY_PODS as the chart's ConfigMap sets it. */
function capacityPods(objects: ReturnType<typeof parseObjects>): unknown {
  const data = objects
    .filter((o) => o.kind === 'ConfigMap')
    .map((o) => (o.data ?? {}) as Record<string, unknown>);
  return data.find((d) => 'BACKLINE_CAPACITY_PODS' in d)?.BACKLINE_CAPACITY_PODS;
}

describe('the capacity grants', () => {
  const render = async (args: string[]) => {
    if (!chart) throw new Error('renderer not built');
    return parseObjects(await chart.render(args));
  };

  it('reads pods in every namespace only when asked, and tells the server so', async () => {
    const objects = await render(['--set', 'rbac.capacity.allPods=true']);
    const role = objects.find((o) => o.kind === 'ClusterRole');
    expect(role?.rules).toEqual([
      { apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] },
    ]);
    expect(capacityPods(objects)).toBe('all');
    expect(capacityPods(await render([]))).toBe('managed');
  });

  it('grants nothing cluster-wide when both are off', async () => {
    const objects = await render([
      '--set',
      'rbac.capacity.nodes=false',
      '--set',
      'rbac.capacity.allPods=false',
    ]);
    expect(objects.filter((o) => o.kind.startsWith('Cluster'))).toEqual([]);
  });
});

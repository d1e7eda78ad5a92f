import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { record } from './support/models.ts';
import { buildChartRenderer, CHART, parseObjects } from './support/render.ts';
import { run } from './support/run.ts';

/**
 * The alert rules the chart renders, through the real promtool: `check rules` on every group,
 * and the unit tests in charts/backline/tests/rules (each alert firing and staying quiet,
 * with its `for:` duration) against them.
 */

const TESTS = path.join(CHART, 'tests/rules');

let dir = '';
let groups: { name: string; rules: Record<string, unknown>[] }[] = [];

beforeAll(async () => {
  const chart = await buildChartRenderer();
  try {
    const objects = parseObjects(
      await chart.render([
        '--set',
        'metrics.prometheusRule.enabled=true',
        '--set',
        'metrics.modelServingRules.enabled=true',
      ]),
    );
    groups = objects
      .filter((o) => o.kind === 'PrometheusRule')
      .flatMap((o) => {
        const list = record(o.spec).groups;
        return Array.isArray(list) ? (list as typeof groups) : [];
      });
  } finally {
    await chart.dispose();
  }
  dir = await mkdtemp(path.join(os.tmpdir(), 'backline-rules-'));
  await writeFile(path.join(dir, 'rules.yaml'), stringify({ groups }));
  for (const file of await readdir(TESTS)) {
    if (file.endsWith('.test.yaml')) await copyFile(path.join(TESTS, file), path.join(dir, file));
  }
  const missing = await run('sh', ['-c', 'command -v promtool']);
  if (missing.code !== 0) {
    throw new Error(
      'promtool is not installed: apt-get install -y prometheus (it ships promtool; see .ci/run)',
    );
  }
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function testFiles(): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.test.yaml')).sort();
}

function alertNames(): string[] {
  return groups.flatMap((g) => g.rules.map((r) => String(r.alert ?? r.record)));
}

describe('the alert rules the chart ships', () => {
  it('renders both rule groups: Backline itself and the model servers', () => {
    expect(groups.map((g) => g.name).sort()).toEqual(['backline', 'backline-model-serving']);
    expect(alertNames()).toEqual(
      expect.arrayContaining([
        'BacklineDown',
        'ModelServingHighErrorRatio',
        'ModelServingSlowFirstToken',
        'ModelServingKVCacheSaturated',
        'ModelServingQueueGrowing',
        'ModelServingNoReadyReplicas',
      ]),
    );
  });

  it('passes promtool check rules', async () => {
    const result = await run('promtool', ['check', 'rules', 'rules.yaml'], { cwd: dir });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`SUCCESS: ${alertNames().length} rules found`);
  });

  it('passes its promtool unit tests', async () => {
    const result = await run('promtool', ['test', 'rules', ...(await testFiles())], { cwd: dir });
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });

  it('has a unit test of every alert firing and of it staying quiet', async () => {
    const firing = new Set<string>();
    const quiet = new Set<string>();
    for (const file of await testFiles()) {
      const doc = record(parse(await readFile(path.join(dir, file), 'utf8')));
      for (const test of Array.isArray(doc.tests) ? doc.tests.map(record) : []) {
        const checks = Array.isArray(test.alert_rule_test) ? test.alert_rule_test.map(record) : [];
        for (const check of checks) {
          const expected = Array.isArray(check.exp_alerts) ? check.exp_alerts : [];
          (expected.length ? firing : quiet).add(String(check.alertname));
        }
      }
    }
    for (const name of alertNames()) {
      expect(firing.has(name), `${name} has no test where it fires`).toBe(true);
      expect(quiet.has(name), `${name} has no test where it stays quiet`).toBe(true);
    }
  });

  it('would notice a rule that does not behave as its test says', async () => {
    const broken = {
      groups: groups.map((g) => ({
        ...g,
        rules: g.rules.map((r) =>
          r.alert === 'ModelServingKVCacheSaturated' ? { ...r, expr: 'vector(0) > 1' } : r,
        ),
      })),
    };
    await writeFile(path.join(dir, 'rules.yaml'), stringify(broken));
    try {
      const result = await run('promtool', ['test', 'rules', 'model-serving.test.yaml'], {
        cwd: dir,
      });
      expect(result.code).not.toBe(0);
      expect(result.stdout + result.stderr).toContain('ModelServingKVCacheSaturated');
    } finally {
      await writeFile(path.join(dir, 'rules.yaml'), stringify({ groups }));
    }
  });
});

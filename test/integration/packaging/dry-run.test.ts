import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type RunningSimulator, startSimulator } from '@backline/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  buildChartRenderer,
  type KubeObject,
  parseObjects,
  RENDERINGS,
  REPO,
  renderText,
} from './support/render.ts';
import { run, runOk } from './support/run.ts';

// Server-side dry-run of every rendered object whose kind the simulated cluster
// serves (RBAC included). It does not serve NetworkPolicy, Ingress, prometheus-operator or
// CloudNativePG kinds; those are checked against their schemas in manifests.test.ts.

let sim: RunningSimulator | undefined;
let dir = '';
let kubeconfig = '';
let served = new Set<string>();
const rendered = new Map<string, KubeObject[]>();

async function kubectl(args: string[], input?: string): Promise<string> {
  return runOk(
    'kubectl',
    ['--kubeconfig', kubeconfig, '--cache-dir', path.join(dir, 'cache'), ...args],
    {
      cwd: REPO,
      ...(input === undefined ? {} : { input }),
    },
  );
}

/** A multi-document YAML stream, as kubectl reads from a file. */
function stream(objects: unknown[]): string {
  return objects.map((o) => `---\n${stringify(o)}`).join('');
}

/** `apiVersion/Kind` of every resource the cluster's discovery lists. */
async function servedKinds(): Promise<Set<string>> {
  const kinds = new Set<string>();
  const add = (groupVersion: string, list: unknown) => {
    const resources = (list as { resources?: { kind: string; name: string }[] }).resources ?? [];
    for (const r of resources) if (!r.name.includes('/')) kinds.add(`${groupVersion}/${r.kind}`);
  };
  add('v1', JSON.parse(await kubectl(['get', '--raw', '/api/v1'])));
  const groups = JSON.parse(await kubectl(['get', '--raw', '/apis'])) as {
    groups: { preferredVersion: { groupVersion: string } }[];
  };
  for (const group of groups.groups) {
    const gv = group.preferredVersion.groupVersion;
    add(gv, JSON.parse(await kubectl(['get', '--raw', `/apis/${gv}`])));
  }
  return kinds;
}

beforeAll(async () => {
  const chart = await buildChartRenderer();
  try {
    for (const rendering of RENDERINGS) {
      rendered.set(rendering.name, parseObjects(await renderText(rendering, chart)));
    }
  } finally {
    await chart.dispose();
  }
  sim = await startSimulator({ fleet: 'empty' });
  dir = await mkdtemp(path.join(os.tmpdir(), 'backline-dry-run-'));
  kubeconfig = path.join(dir, 'kubeconfig');
  await sim.writeKubeconfig(kubeconfig);
  served = await servedKinds();
}, 120_000);

afterAll(async () => {
  await sim?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('server-side dry-run against the simulated cluster', () => {
  it('serves the core kinds Backline ships', () => {
    for (const kind of [
      'v1/ServiceAccount',
      'v1/ConfigMap',
      'v1/Service',
      'apps/v1/Deployment',
      'policy/v1/PodDisruptionBudget',
    ]) {
      expect(served, kind).toContain(kind);
    }
  });

  it.each(RENDERINGS.map((r) => r.name))(
    'accepts every served namespaced object of %s',
    async (name) => {
      const objects = rendered.get(name) ?? [];
      const namespaced = objects.filter((o) => o.metadata.namespace);
      const toApply = namespaced.filter((o) => served.has(`${o.apiVersion}/${o.kind}`));
      expect(toApply.length).toBeGreaterThanOrEqual(5);

      // The namespaces are the user's (created before installing); create them for real.
      const namespaces = [...new Set(toApply.map((o) => o.metadata.namespace ?? ''))];
      await kubectl(
        ['apply', '--server-side', '-f', '-'],
        stream(
          namespaces.map((n) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: n } })),
        ),
      );

      const result = await run(
        'kubectl',
        [
          '--kubeconfig',
          kubeconfig,
          '--cache-dir',
          path.join(dir, 'cache'),
          'apply',
          '--server-side',
          '--dry-run=server',
          '-f',
          '-',
        ],
        { cwd: REPO, input: stream(toApply) },
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const applied = result.stdout.split('\n').filter((l) => l.endsWith('(server dry run)'));
      expect(applied).toHaveLength(toApply.length);
    },
  );

  it('rejects an invalid object, so the dry-run can fail', async () => {
    const deployment = rendered.get('helm-default')?.find((o) => o.kind === 'Deployment');
    expect(deployment).toBeDefined();
    const broken = structuredClone(deployment) as KubeObject & { spec: { replicas: unknown } };
    broken.spec.replicas = -1;
    const result = await run(
      'kubectl',
      [
        '--kubeconfig',
        kubeconfig,
        '--cache-dir',
        path.join(dir, 'cache'),
        'apply',
        '--server-side',
        '--dry-run=server',
        '-f',
        '-',
      ],
      { cwd: REPO, input: JSON.stringify(broken) },
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/spec\.replicas/);
  });
});

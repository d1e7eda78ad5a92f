import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { runOk } from './run.ts';

export const REPO = path.resolve(import.meta.dirname, '../../../..');
export const CHART = path.join(REPO, 'charts/backline');
export const GOLDEN_DIR = path.resolve(import.meta.dirname, '../testdata');
export const RELEASE = { name: 'backline', namespace: 'backline' };

/** A Kubernetes object as rendered: only the fields every object has are typed. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

export type Rendering =
  | { name: string; tool: 'kustomize'; overlay: string }
  | { name: string; tool: 'helm'; valuesFile: string };

/** Every rendering the tests check, and the name of its golden file. */
export const RENDERINGS: readonly Rendering[] = [
  { name: 'kustomize-dev', tool: 'kustomize', overlay: 'k8s/overlays/dev' },
  { name: 'kustomize-production', tool: 'kustomize', overlay: 'k8s/overlays/production' },
  { name: 'helm-default', tool: 'helm', valuesFile: 'charts/backline/ci/default-values.yaml' },
  {
    name: 'helm-external-postgres-ingress-monitoring',
    tool: 'helm',
    valuesFile: 'charts/backline/ci/external-postgres-ingress-monitoring-values.yaml',
  },
  {
    name: 'helm-cnpg-oidc-networkpolicy',
    tool: 'helm',
    valuesFile: 'charts/backline/ci/cnpg-oidc-networkpolicy-values.yaml',
  },
];

export function goldenPath(rendering: Rendering): string {
  return path.join(GOLDEN_DIR, `${rendering.name}.golden.yaml`);
}

/** Environment for Go in GOPATH mode against Debian's packaged sprig sources. */
function goEnv(cache: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GO111MODULE: 'off',
    GOPATH: process.env.BACKLINE_GOPATH ?? '/usr/share/gocode',
    GOCACHE: process.env.GOCACHE ?? cache,
    GOFLAGS: '',
  };
}

/** The chart renderer (charts/render), built once into a temporary folder. */
export interface ChartRenderer {
  render(args: string[]): Promise<string>;
  /** The values the chart sees after merging values.yaml, -f files and --set. */
  values(args: string[]): Promise<unknown>;
  dispose(): Promise<void>;
}

export async function buildChartRenderer(): Promise<ChartRenderer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backline-render-'));
  const binary = path.join(dir, 'render');
  const env = goEnv(path.join(os.tmpdir(), 'backline-gocache'));
  try {
    await runOk('go', ['build', '-o', binary, './charts/render'], { cwd: REPO, env });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `could not build charts/render (${reason}). It needs Go and Debian's sprig sources: ` +
        'apt-get install golang-go golang-github-masterminds-sprig-dev (see .ci/run)',
    );
  }
  const base = ['--name', RELEASE.name, '--namespace', RELEASE.namespace];
  return {
    render: (args) => runOk(binary, [...base, ...args, CHART], { cwd: REPO }),
    values: async (args) =>
      JSON.parse(await runOk(binary, [...base, '--print-values', ...args, CHART], { cwd: REPO })),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function renderText(rendering: Rendering, chart: ChartRenderer): Promise<string> {
  if (rendering.tool === 'kustomize') {
    return runOk('kubectl', ['kustomize', rendering.overlay], { cwd: REPO });
  }
  return chart.render(['-f', rendering.valuesFile]);
}

/** Parses a multi-document YAML stream, dropping empty documents. */
export function parseObjects(text: string): KubeObject[] {
  const objects: KubeObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join('\n'));
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    if (!isKubeObject(value)) {
      throw new Error(`not a Kubernetes object: ${JSON.stringify(value).slice(0, 200)}`);
    }
    objects.push(value);
  }
  return objects;
}

function isKubeObject(value: unknown): value is KubeObject {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const metadata = v.metadata as Record<string, unknown> | undefined;
  return (
    typeof v.apiVersion === 'string' &&
    typeof v.kind === 'string' &&
    typeof metadata === 'object' &&
    metadata !== null &&
    typeof metadata.name === 'string'
  );
}

/**
 * Writes src/api/openapi-descriptions.json: the description of every Kubernetes API type and
 * field, as the upstream OpenAPI definitions word them, read from the typings the
 * `kubernetes-models` package generates from those definitions (Apache-2.0). The simulator's
 * OpenAPI documents add them to the schemas it builds from the protobuf descriptors, so that
 * `kubectl explain` prints what the real API server's documents say.
 *
 * Run from the repository root after upgrading kubernetes-models:
 *   node server/simulator/scripts/extract-descriptions.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OUT = path.resolve(import.meta.dirname, '../src/api/openapi-descriptions.json');
const MODELS = path.join(ROOT, 'node_modules/kubernetes-models');
const APIMACHINERY = path.join(ROOT, 'node_modules/@kubernetes-models/apimachinery');

/** The groups the simulator serves, by the folder kubernetes-models keeps them in. */
const GROUPS: Record<string, string> = {
  v1: 'io.k8s.api.core.v1',
  'apps/v1': 'io.k8s.api.apps.v1',
  'autoscaling/v1': 'io.k8s.api.autoscaling.v1',
  'autoscaling/v2': 'io.k8s.api.autoscaling.v2',
  'policy/v1': 'io.k8s.api.policy.v1',
  'coordination.k8s.io/v1': 'io.k8s.api.coordination.v1',
  'discovery.k8s.io/v1': 'io.k8s.api.discovery.v1',
  'events.k8s.io/v1': 'io.k8s.api.events.v1',
  'rbac.authorization.k8s.io/v1': 'io.k8s.api.rbac.v1',
  'authorization.k8s.io/v1': 'io.k8s.api.authorization.v1',
  'authentication.k8s.io/v1': 'io.k8s.api.authentication.v1',
};

interface TypeDescription {
  description?: string;
  properties: Record<string, string>;
}

/** `/** … *\/` text without its stars, as one paragraph per blank-line-separated block. */
function commentText(raw: string): string {
  return raw
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

function describe(file: string): TypeDescription | null {
  const text = readFileSync(file, 'utf8');
  const match = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export interface I\w+ \{([\s\S]*?)\n\}/.exec(
    text,
  );
  if (!match?.[2]) return null;
  const properties: Record<string, string> = {};
  const field = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*"([^"]+)"\??:/g;
  for (const m of match[2].matchAll(field)) {
    if (m[1] && m[2]) properties[m[2]] = commentText(m[1]);
  }
  return { description: commentText(match[1] ?? ''), properties };
}

const out: Record<string, TypeDescription> = {};
for (const [folder, prefix] of Object.entries(GROUPS)) {
  const dir = path.join(MODELS, folder);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.d.ts') && f !== 'index.d.ts')) {
    const found = describe(path.join(dir, name));
    if (found) out[`${prefix}.${name.replace(/\.d\.ts$/, '')}`] = found;
  }
}
const meta = path.join(APIMACHINERY, 'apis/meta/v1');
for (const name of readdirSync(meta).filter((f) => f.endsWith('.d.ts') && f !== 'index.d.ts')) {
  const found = describe(path.join(meta, name));
  if (found) out[`io.k8s.apimachinery.pkg.apis.meta.v1.${name.replace(/\.d\.ts$/, '')}`] = found;
}
const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(OUT, `${JSON.stringify(sorted)}\n`);
process.stdout.write(
  `${Object.keys(sorted).length} types written to ${path.relative(ROOT, OUT)}\n`,
);

import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../../../server/src/config/config.ts';
import { CNPG_CLUSTER, record, typeKey, validateObject } from './support/models.ts';
import {
  buildChartRenderer,
  type ChartRenderer,
  goldenPath,
  type KubeObject,
  parseObjects,
  RELEASE,
  RENDERINGS,
  type Rendering,
  renderText,
} from './support/render.ts';
import { run } from './support/run.ts';

const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

const SERVER_VARIABLES = new Set(Object.keys(configSchema.shape));

const MANAGE = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
const READ = ['get', 'list', 'watch'];
/** Every permission Backline may hold in a managed namespace: `group/resource` → verbs. */
const MANAGED_NAMESPACE_ALLOWED: Record<string, string[]> = {
  '/pods': READ,
  '/events': READ,
  'events.k8s.io/events': READ,
  '/pods/log': ['get'],
  // GET scrapes metrics; POST (create) sends synthetic and test requests.
  '/pods/proxy': ['get', 'create'],
  '/services': MANAGE,
  'apps/deployments': MANAGE,
  // Read only: finding the model servers a team already runs.
  'apps/statefulsets': READ,
  'autoscaling/horizontalpodautoscalers': READ,
  'policy/poddisruptionbudgets': MANAGE,
  // Behind a Gateway: the route that weighs a canary's share.
  'gateway.networking.k8s.io/httproutes': MANAGE,
  // Only in the namespaces rbac.gatewayNamespaces names: reading the Gateways routes attach to.
  'gateway.networking.k8s.io/gateways': ['get'],
};
const LEASE_VERBS = ['get', 'create', 'update'];

interface Rendered {
  text: string;
  objects: KubeObject[];
}

let chart: ChartRenderer | undefined;
const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  chart = await buildChartRenderer();
  for (const rendering of RENDERINGS) {
    const text = await renderText(rendering, chart);
    rendered.set(rendering.name, { text, objects: parseObjects(text) });
  }
}, 180_000);

afterAll(async () => {
  await chart?.dispose();
});

function get(rendering: Rendering): Rendered {
  const r = rendered.get(rendering.name);
  if (!r) throw new Error(`${rendering.name} was not rendered`);
  return r;
}

function ofKind(objects: KubeObject[], kind: string): KubeObject[] {
  return objects.filter((o) => o.kind === kind);
}

function one(objects: KubeObject[], kind: string): KubeObject {
  const found = ofKind(objects, kind);
  expect(found, `exactly one ${kind}`).toHaveLength(1);
  return found[0] as KubeObject;
}

function podSpec(deployment: KubeObject): Record<string, unknown> {
  return record(record(record(deployment.spec).template).spec);
}

function containers(deployment: KubeObject): Record<string, unknown>[] {
  const list = podSpec(deployment).containers;
  return Array.isArray(list) ? list.map(record) : [];
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function strings(value: unknown): string[] {
  return arrayOf(value).map(String);
}

describe.each(RENDERINGS)('$name', (rendering) => {
  it('matches its golden file (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const { text } = get(rendering);
    if (UPDATE_GOLDEN) await writeFile(goldenPath(rendering), text);
    const golden = await readFile(goldenPath(rendering), 'utf8');
    expect(text).toBe(golden);
  });

  it('renders only objects that validate against their kind’s schema', () => {
    const { objects } = get(rendering);
    expect(objects.length).toBeGreaterThan(5);
    for (const obj of objects) validateObject(obj);
    // Never a Secret with values: the user creates them.
    expect(ofKind(objects, 'Secret')).toEqual([]);
  });

  it('grants least privilege: no wildcards, cluster-wide only reading nodes, allowed verbs only', () => {
    const { objects } = get(rendering);
    // The one cluster-wide grant: reading nodes, to count free GPUs (docs/capacity.md).
    const clusterRoles = ofKind(objects, 'ClusterRole');
    expect(clusterRoles).toHaveLength(1);
    expect(arrayOf(clusterRoles[0]?.rules)).toEqual([
      { apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list', 'watch'] },
    ]);
    const clusterBindings = ofKind(objects, 'ClusterRoleBinding');
    expect(clusterBindings).toHaveLength(1);
    expect(record(clusterBindings[0]?.roleRef).name).toBe(clusterRoles[0]?.metadata.name);
    expect(clusterBindings[0]?.subjects).toEqual([
      {
        kind: 'ServiceAccount',
        name: one(objects, 'ServiceAccount').metadata.name,
        namespace: one(objects, 'ServiceAccount').metadata.namespace,
      },
    ]);
    const roles = ofKind(objects, 'Role');
    expect(roles.length).toBeGreaterThanOrEqual(1);
    for (const role of roles) {
      const home = role.metadata.namespace === RELEASE.namespace;
      for (const rule of arrayOf(role.rules).map(record)) {
        const groups = strings(rule.apiGroups);
        const resources = strings(rule.resources);
        const verbs = strings(rule.verbs);
        for (const field of [groups, resources, verbs]) expect(field).not.toContain('*');
        expect(rule.nonResourceURLs).toBeUndefined();
        for (const group of groups) {
          for (const resource of resources) {
            const key = `${group}/${resource}`;
            if (home) {
              // Backline's own namespace: its Lease and nothing else.
              expect(key, `${role.metadata.name} in ${role.metadata.namespace}`).toBe(
                'coordination.k8s.io/leases',
              );
              for (const verb of verbs) expect(LEASE_VERBS).toContain(verb);
              if (!(verbs.length === 1 && verbs[0] === 'create')) {
                expect(strings(rule.resourceNames)).toHaveLength(1);
              }
            } else {
              const allowed = MANAGED_NAMESPACE_ALLOWED[key];
              expect(allowed, `${key} in ${role.metadata.namespace}`).toBeDefined();
              for (const verb of verbs) expect(allowed).toContain(verb);
            }
          }
        }
      }
    }
    // Each Role is bound, to Backline's ServiceAccount only.
    const serviceAccount = one(objects, 'ServiceAccount');
    const bindings = ofKind(objects, 'RoleBinding');
    expect(bindings.map((b) => `${b.metadata.namespace}/${record(b.roleRef).name}`).sort()).toEqual(
      roles.map((r) => `${r.metadata.namespace}/${r.metadata.name}`).sort(),
    );
    for (const binding of bindings) {
      expect(binding.subjects).toEqual([
        {
          kind: 'ServiceAccount',
          name: serviceAccount.metadata.name,
          namespace: serviceAccount.metadata.namespace,
        },
      ]);
    }
  });

  it('runs one restricted, non-root pod with a writable /tmp only', () => {
    const deployment = one(get(rendering).objects, 'Deployment');
    // One replica by default; production runs two, which elect a leader (docs/install.md).
    expect(record(deployment.spec).replicas).toBe(
      rendering.name === 'kustomize-production' ? 2 : 1,
    );
    const pod = podSpec(deployment);
    const podSecurity = record(pod.securityContext);
    expect(podSecurity.runAsNonRoot).toBe(true);
    expect(podSecurity.runAsUser).toBe(10001);
    expect(record(podSecurity.seccompProfile).type).toBe('RuntimeDefault');
    expect(pod.hostNetwork ?? false).toBe(false);
    expect(pod.hostPID ?? false).toBe(false);
    const volumes = arrayOf(pod.volumes).map(record);
    for (const volume of volumes) expect(Object.keys(volume).sort()).toEqual(['emptyDir', 'name']);
    const list = containers(deployment);
    expect(list).toHaveLength(1);
    for (const container of list) {
      const sc = record(container.securityContext);
      expect(sc.runAsNonRoot).toBe(true);
      expect(sc.readOnlyRootFilesystem).toBe(true);
      expect(sc.allowPrivilegeEscalation).toBe(false);
      expect(sc.privileged ?? false).toBe(false);
      expect(strings(record(sc.capabilities).drop)).toEqual(['ALL']);
      expect(record(sc.capabilities).add).toBeUndefined();
      expect(record(sc.seccompProfile).type).toBe('RuntimeDefault');
      const mounts = arrayOf(container.volumeMounts).map(record);
      expect(mounts.map((m) => m.mountPath)).toEqual(['/tmp']);
      expect(record(record(container.livenessProbe).httpGet).path).toBe('/healthz');
      expect(record(record(container.readinessProbe).httpGet).path).toBe('/readyz');
      expect(record(record(container.resources).requests).memory).toBeDefined();
      expect(record(record(container.resources).limits).memory).toBeDefined();
    }
  });

  it('configures the server with variables it reads, to values it accepts', () => {
    const { objects } = get(rendering);
    const deployment = one(objects, 'Deployment');
    const [container] = containers(deployment);
    const configMapName = record(record(arrayOf(container?.envFrom)[0]).configMapRef).name;
    const configMap = objects.find(
      (o) => o.kind === 'ConfigMap' && o.metadata.name === configMapName,
    );
    expect(configMap, `ConfigMap ${String(configMapName)}`).toBeDefined();
    const data = record(configMap?.data) as Record<string, string>;
    const env = arrayOf(container?.env).map(record);
    const names = [...Object.keys(data), ...env.map((e) => String(e.name))];
    for (const name of names) {
      expect(SERVER_VARIABLES.has(name), name).toBe(true);
    }
    expect(data).toMatchObject({
      NODE_ENV: 'production',
      PORT: '8080',
      BACKLINE_SIMULATOR: 'off',
      BACKLINE_DATA_DIR: '/tmp/backline',
    });
    // Every value passes the server's own configuration schema (secrets come from Secrets).
    const sso = env.some((e) => e.name === 'BACKLINE_OIDC_CLIENT_SECRET');
    const config = loadConfig({
      ...data,
      DATABASE_URL: 'postgres://backline:x@db:5432/backline',
      ...(sso ? { BACKLINE_OIDC_CLIENT_SECRET: 'from-the-secret' } : {}),
    });
    expect(config.oidc !== null).toBe(sso);
    expect(config.production).toBe(true);
    expect(config.simulator).toBe('off');
    expect(config.port).toBe(8080);
  });

  it('takes DATABASE_URL and other secrets only by reference', () => {
    const [container] = containers(one(get(rendering).objects, 'Deployment'));
    const env = arrayOf(container?.env).map(record);
    const database = env.find((e) => e.name === 'DATABASE_URL');
    expect(record(record(database?.valueFrom).secretKeyRef).name).toBeTruthy();
    for (const entry of env) {
      if (/PASSWORD|SECRET|DATABASE_URL|TOKEN/.test(String(entry.name))) {
        expect(entry.value, String(entry.name)).toBeUndefined();
        expect(record(record(entry.valueFrom).secretKeyRef).key).toBeTruthy();
      }
    }
  });

  it('selects its own pods from the Service, PodDisruptionBudget and NetworkPolicy', () => {
    const { objects } = get(rendering);
    const deployment = one(objects, 'Deployment');
    const podLabels = record(record(record(deployment.spec).template).metadata).labels;
    const service = one(objects, 'Service');
    expect(podLabels).toMatchObject(record(record(service.spec).selector));
    expect(arrayOf(record(service.spec).ports).map((p) => record(p).port)).toEqual([8080]);
    for (const kind of ['PodDisruptionBudget']) {
      expect(podLabels).toMatchObject(
        record(record(record(one(objects, kind).spec).selector).matchLabels),
      );
    }
    for (const policy of ofKind(objects, 'NetworkPolicy')) {
      expect(podLabels).toMatchObject(record(record(record(policy.spec).podSelector).matchLabels));
    }
    expect(record(one(objects, 'PodDisruptionBudget').spec).maxUnavailable).toBe(1);
  });

  it('lets in HTTP on 8080 only, and out DNS, PostgreSQL and the Kubernetes API', () => {
    const policies = ofKind(get(rendering).objects, 'NetworkPolicy');
    if (
      rendering.name === 'helm-default' ||
      rendering.name === 'helm-external-postgres-ingress-monitoring'
    ) {
      expect(policies).toEqual([]); // off by default in the chart
      return;
    }
    expect(policies).toHaveLength(1);
    const spec = record(policies[0]?.spec);
    expect(strings(spec.policyTypes).sort()).toEqual(['Egress', 'Ingress']);
    const ingressPorts = arrayOf(spec.ingress).flatMap((r) => arrayOf(record(r).ports).map(record));
    expect(ingressPorts).toEqual([{ protocol: 'TCP', port: 8080 }]);
    const egress = arrayOf(spec.egress).map(record);
    const ports = (rule: Record<string, unknown>) =>
      arrayOf(rule.ports).map((p) => `${String(record(p).protocol)}/${String(record(p).port)}`);
    // The chart's own three rules come first; the user's extraEgress may follow.
    expect(ports(egress[0] ?? {}).sort()).toEqual(['TCP/53', 'UDP/53']);
    expect(ports(egress[1] ?? {})).toEqual(['TCP/5432']);
    for (const port of ports(egress[2] ?? {})) expect(['TCP/443', 'TCP/6443']).toContain(port);
    if (rendering.tool === 'kustomize') expect(egress).toHaveLength(3);
  });
});

describe('chart options', () => {
  const render = (args: string[]) => {
    if (!chart) throw new Error('renderer not built');
    return chart.render(args);
  };

  it('points the app at the CloudNativePG app Secret’s uri when database.mode is cnpg', async () => {
    const objects = parseObjects(await render(['--set', 'database.mode=cnpg']));
    const cluster = objects.find((o) => typeKey(o) === CNPG_CLUSTER);
    expect(cluster).toBeDefined();
    const [container] = containers(one(objects, 'Deployment'));
    const database = arrayOf(container?.env)
      .map(record)
      .find((e) => e.name === 'DATABASE_URL');
    expect(record(record(database?.valueFrom).secretKeyRef)).toEqual({
      name: `${cluster?.metadata.name}-app`,
      key: 'uri',
    });
  });

  it('scrapes the Service by its port name, and alerts on the job that scrape produces', async () => {
    const objects = parseObjects(
      await render([
        '--set',
        'metrics.serviceMonitor.enabled=true',
        '--set',
        'metrics.prometheusRule.enabled=true',
      ]),
    );
    const service = one(objects, 'Service');
    const monitor = one(objects, 'ServiceMonitor');
    const spec = record(monitor.spec);
    expect(service.metadata.labels).toMatchObject(record(record(spec.selector).matchLabels));
    const portNames = arrayOf(record(service.spec).ports).map((p) => record(p).name);
    for (const endpoint of arrayOf(spec.endpoints).map(record)) {
      expect(portNames).toContain(endpoint.port);
      expect(endpoint.path).toBe('/metrics');
    }
    const rule = JSON.stringify(one(objects, 'PrometheusRule').spec);
    expect(rule).toContain(`job=\\"${service.metadata.name}\\"`);
  });

  it('sends the metrics token from its Secret, to the server and in the ServiceMonitor', async () => {
    const objects = parseObjects(
      await render([
        '--set',
        'metrics.serviceMonitor.enabled=true',
        '--set',
        'metrics.token.existingSecret=backline-metrics',
      ]),
    );
    const [endpoint] = arrayOf(record(one(objects, 'ServiceMonitor').spec).endpoints).map(record);
    expect(endpoint?.bearerTokenSecret).toEqual({ name: 'backline-metrics', key: 'token' });
    expect(JSON.stringify(one(objects, 'Deployment').spec)).toContain(
      '{"name":"BACKLINE_METRICS_TOKEN","valueFrom":{"secretKeyRef":{"name":"backline-metrics","key":"token"}}}',
    );
  });

  it.each([
    [['--set', 'ingress.enabled=true'], 'ingress.host is required'],
    [['--set', 'oidc.enabled=true'], 'oidc.issuerUrl is required'],
    [
      [
        ...['--set', 'oidc.enabled=true', '--set', 'oidc.issuerUrl=https://login.example.com'],
        ...['--set', 'oidc.clientId=backline', '--set', 'oidc.clientSecret.existingSecret=oidc'],
      ],
      'oidc.redirectUrl is required',
    ],
    [
      ['--set', 'database.external.existingSecret='],
      'database.external.existingSecret is required',
    ],
    [['--set', 'serviceAccount.create=false'], 'serviceAccount.name is required'],
  ])('refuses to render %j without what it needs', async (args, message) => {
    if (!chart) throw new Error('renderer not built');
    await expect(chart.render(args)).rejects.toThrow(message);
  });

  it('renders with a real Helm-like release name and no stray template output', async () => {
    const text = await render(['--name', 'ops']);
    expect(text).not.toContain('<no value>');
    expect(text).not.toMatch(/^\s*null: null/m);
    const objects = parseObjects(text);
    expect(one(objects, 'Deployment').metadata.name).toBe('ops-backline');
  });
});

describe('kustomize', () => {
  it('renders the base on its own', async () => {
    const result = await run('kubectl', ['kustomize', 'k8s/base'], {
      cwd: new URL('../../..', import.meta.url).pathname,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const obj of parseObjects(result.stdout)) validateObject(obj);
  });
});

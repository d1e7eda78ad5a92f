import { Router } from 'express';
import {
  type AuthService,
  authenticateHeaders,
  describeAuthFailure,
  roleAtLeast,
} from '../auth/index.ts';
import { RUNTIME_PROFILES, type Runtime } from '../catalog/index.ts';
import type { LivePod } from '../kube/index.ts';

/** A target group of Prometheus's HTTP service discovery (`http_sd_configs`). */
export interface TargetGroup {
  targets: string[];
  labels: Record<string, string>;
}

export interface DiscoveredDeployment {
  namespace: string;
  name: string;
  spec: { runtime: Runtime };
  live: { pods: LivePod[] };
  /** The engine's port when not its runtime's default (an observed server's own). */
  port?: number | undefined;
}

/** Kubernetes service discovery's spelling of a label name: anything not [a-zA-Z0-9_] becomes _. */
function sanitize(name: string): string {
  return name.replace(/[^a-zA-Z0-9_]/g, '_');
}

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/**
 * One target group per model server pod that has an address (Ollama serves no metrics), with
 * the `__meta_kubernetes_*` labels Kubernetes pod discovery would give it: the same
 * relabelling then works for `kubernetes_sd_configs` and for this endpoint.
 */
export function modelServerTargets(deployments: DiscoveredDeployment[]): TargetGroup[] {
  const groups: TargetGroup[] = [];
  for (const d of deployments) {
    if (d.spec.runtime === 'OLLAMA') continue;
    const port = d.port ?? RUNTIME_PROFILES[d.spec.runtime].port;
    for (const pod of d.live.pods) {
      const status = stringRecord(pod.raw.status);
      const metadata = (pod.raw.metadata ?? {}) as Record<string, unknown>;
      const ip = status.podIP;
      if (!ip) continue;
      const labels: Record<string, string> = {
        __meta_kubernetes_namespace: d.namespace,
        __meta_kubernetes_pod_name: pod.name,
        __meta_kubernetes_pod_ip: ip,
        __meta_kubernetes_pod_ready: String(pod.ready),
        __meta_kubernetes_pod_phase: pod.phase,
        __meta_kubernetes_pod_container_port_number: String(port),
        __meta_backline_deployment: d.name,
        __meta_backline_runtime: d.spec.runtime.toLowerCase(),
      };
      if (pod.node) labels.__meta_kubernetes_pod_node_name = pod.node;
      for (const [name, value] of Object.entries(stringRecord(metadata.labels))) {
        labels[`__meta_kubernetes_pod_label_${sanitize(name)}`] = value;
      }
      groups.push({ targets: [`${ip}:${port}`], labels });
    }
  }
  return groups;
}

/**
 * `GET /api/prometheus/targets`: the model server pods Backline manages, in the format of
 * Prometheus's HTTP service discovery, for a Prometheus that cannot (or may not) discover
 * pods itself. Needs an API token (or session) of the VIEWER role or higher.
 */
export function prometheusTargetsRouter(deps: {
  auth: AuthService;
  deployments: () => Promise<DiscoveredDeployment[]>;
}): Router {
  const router = Router();
  router.get('/api/prometheus/targets', async (req, res) => {
    const { principal, failure } = await authenticateHeaders(deps.auth, req.headers);
    if (!principal) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ error: failure ? describeAuthFailure(failure) : 'Send an API token.' });
      return;
    }
    if (!roleAtLeast(principal.role, 'VIEWER')) {
      res.status(403).json({ error: 'Listing scrape targets needs the VIEWER role or higher.' });
      return;
    }
    res.set('Cache-Control', 'no-store').json(modelServerTargets(await deps.deployments()));
  });
  return router;
}

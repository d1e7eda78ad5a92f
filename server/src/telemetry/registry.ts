import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { singleFlight } from '../shared/single-flight.ts';

/** One registry per process, created by the composition root: no global metrics state. */
export interface AppMetrics {
  registry: Registry;
  httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  graphqlOperationDuration: Histogram<'operation' | 'type' | 'outcome'>;
  reconcileErrors: Counter<'deployment_namespace'>;
  deploymentHealth: Gauge<'deployment_namespace' | 'deployment' | 'state'>;
}

export const HEALTH_STATES = ['HEALTHY', 'DEGRADED', 'DOWN', 'PROGRESSING', 'UNKNOWN'] as const;

/** Sets a deployment's health series: 1 for its current state, 0 for the others. */
export function setDeploymentHealth(
  metrics: AppMetrics,
  namespace: string,
  deployment: string,
  state: string,
): void {
  for (const s of HEALTH_STATES) {
    metrics.deploymentHealth.set(
      { deployment_namespace: namespace, deployment, state: s },
      s === state ? 1 : 0,
    );
  }
}

export interface IncidentSummary {
  severity: string;
  status: string;
  count: number;
  oldestTriggeredAt: Date;
}

/** Open incidents, read from the store at each scrape, so every replica reports the same. */
export function registerIncidentMetrics(
  metrics: AppMetrics,
  summary: () => Promise<IncidentSummary[]>,
  now: () => Date,
): void {
  // The gauges of one scrape share one read.
  const read = singleFlight(summary);
  new Gauge({
    name: 'backline_incidents_open',
    help: 'Open incidents (triggered, acknowledged or mitigated) by severity and status.',
    labelNames: ['severity', 'status'],
    registers: [metrics.registry],
    async collect() {
      this.reset();
      for (const row of await read())
        this.set({ severity: row.severity, status: row.status }, row.count);
    },
  });
  new Gauge({
    name: 'backline_incident_unacknowledged_seconds',
    help: 'How long the oldest incident still waiting for acknowledgement has waited, by severity.',
    labelNames: ['severity'],
    registers: [metrics.registry],
    async collect() {
      this.reset();
      for (const row of await read()) {
        if (row.status === 'TRIGGERED') {
          this.set(
            { severity: row.severity },
            Math.max(0, (now().getTime() - row.oldestTriggeredAt.getTime()) / 1000),
          );
        }
      }
    },
  });
}

/** Buckets for how long a request takes: 5 ms to 10 s. */
const REQUEST_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(): AppMetrics {
  const registry = new Registry();
  // Process and Node.js metrics keep their conventional names (process_cpu_seconds_total,
  // nodejs_*), which dashboards and alerts made for any Node.js service expect.
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: 'backline_http_request_duration_seconds',
      help: 'HTTP request duration by method, route and status code.',
      labelNames: ['method', 'route', 'status'],
      buckets: REQUEST_SECONDS,
      registers: [registry],
    }),
    graphqlOperationDuration: new Histogram({
      name: 'backline_graphql_operation_duration_seconds',
      help: 'GraphQL operation duration by operation name, type and outcome (ok or error).',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: REQUEST_SECONDS,
      registers: [registry],
    }),
    reconcileErrors: new Counter({
      name: 'backline_reconcile_errors_total',
      // Not `namespace`: Prometheus gives every series the scraped target's namespace.
      help: 'Applies of a model deployment that the Kubernetes API server refused, by its namespace.',
      labelNames: ['deployment_namespace'],
      registers: [registry],
    }),
    deploymentHealth: new Gauge({
      name: 'backline_model_deployment_health',
      help: 'Health of each model deployment: 1 for its current state, 0 for the others.',
      labelNames: ['deployment_namespace', 'deployment', 'state'],
      registers: [registry],
    }),
  };
}

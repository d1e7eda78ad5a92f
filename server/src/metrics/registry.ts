import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** One registry per process, created by the composition root: no global metrics state. */
export interface AppMetrics {
  registry: Registry;
  httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  graphqlOperationDuration: Histogram<'operation' | 'type' | 'outcome'>;
}

export function createMetrics(): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'backline_' });
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: 'backline_http_request_duration_seconds',
      help: 'HTTP request duration by method, route and status code.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    graphqlOperationDuration: new Histogram({
      name: 'backline_graphql_operation_duration_seconds',
      help: 'GraphQL operation duration by operation name, type and outcome (ok or error).',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}

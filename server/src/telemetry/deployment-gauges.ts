import { Gauge } from 'prom-client';
import { singleFlight } from '../shared/single-flight.ts';
import type { AppMetrics } from './registry.ts';

type DeploymentLabels = { deployment_namespace: string; deployment: string };

/**
 * Gauges with a series per deployment, computed from the store at each scrape: `rows` is read
 * once per scrape however many gauges ask (concurrent scrapes share the read too), so every
 * replica reports the same values.
 */
export function perDeploymentGauges<R>(
  metrics: AppMetrics,
  rows: () => Promise<R[]>,
  deploymentOf: (row: R) => { namespace: string; name: string },
) {
  const read = singleFlight(rows);
  const labels = (row: R): DeploymentLabels => {
    const { namespace, name } = deploymentOf(row);
    return { deployment_namespace: namespace, deployment: name };
  };
  const gauge = (
    name: string,
    help: string,
    extraLabels: string[],
    set: (gauge: Gauge, row: R, labels: DeploymentLabels) => void,
  ) =>
    new Gauge({
      name,
      help,
      labelNames: ['deployment_namespace', 'deployment', ...extraLabels],
      registers: [metrics.registry],
      async collect() {
        this.reset();
        for (const row of await read()) set(this, row, labels(row));
      },
    });
  return {
    /** One series per deployment; a deployment with no value (null) has none. */
    value(name: string, help: string, value: (row: R) => number | null) {
      gauge(name, help, [], (g, row, labels) => {
        const v = value(row);
        if (v !== null) g.set(labels, v);
      });
    },
    /** A series per deployment and value of `label`, from the values `split` gives by label value. */
    split(name: string, help: string, label: string, split: (row: R) => Record<string, number>) {
      gauge(name, help, [label], (g, row, labels) => {
        for (const [key, v] of Object.entries(split(row))) g.set({ ...labels, [label]: key }, v);
      });
    },
  };
}

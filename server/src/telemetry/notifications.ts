import { Counter, Gauge, Histogram } from 'prom-client';
import type { AppMetrics } from './registry.ts';

export type DeliveryOutcome = 'delivered' | 'retry' | 'failed';

/**
 * Notification metrics: the outbox backlog (read from the store at each scrape, so every replica
 * reports the same), and deliveries and their latency as the leader's dispatcher sees them.
 * Returns the function the dispatcher reports each attempt to.
 */
export function registerNotificationMetrics(
  metrics: AppMetrics,
  pending: () => Promise<number>,
): (channelType: string, outcome: DeliveryOutcome, seconds: number) => void {
  new Gauge({
    name: 'backline_notification_outbox_pending',
    help: 'Notifications written to the outbox and not yet delivered or given up.',
    registers: [metrics.registry],
    async collect() {
      this.set(await pending());
    },
  });
  const deliveries = new Counter({
    name: 'backline_notification_deliveries_total',
    help: 'Notification delivery attempts by channel type and outcome (delivered, retry, failed).',
    labelNames: ['channel_type', 'outcome'],
    registers: [metrics.registry],
  });
  const latency = new Histogram({
    name: 'backline_notification_delivery_seconds',
    help: 'Time from a notification entering the outbox to its delivery, by channel type.',
    labelNames: ['channel_type'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1200],
    registers: [metrics.registry],
  });
  return (channelType, outcome, seconds) => {
    deliveries.inc({ channel_type: channelType, outcome });
    if (outcome === 'delivered') latency.observe({ channel_type: channelType }, seconds);
  };
}

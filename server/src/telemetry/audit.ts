import { Gauge } from 'prom-client';
import { singleFlight } from '../shared/single-flight.ts';
import type { AppMetrics } from './registry.ts';

export interface CheckpointSummary {
  seq: string;
  headHash: string;
  signedAt: Date;
  keyId: string;
}

/**
 * The latest signed audit checkpoint, read from the store at each scrape, so a scraper keeps a
 * record of the chain's head outside the database: `backline_audit_head_sequence`, its time, and
 * `backline_audit_checkpoint_info{key_id,head_hash}` (one series: the latest).
 */
export function registerAuditMetrics(
  metrics: AppMetrics,
  latest: () => Promise<CheckpointSummary | null>,
): void {
  // The gauges of one scrape share one read.
  const read = singleFlight(latest);
  const ofLatest = (name: string, help: string, value: (c: CheckpointSummary) => number) =>
    new Gauge({
      name,
      help,
      registers: [metrics.registry],
      async collect() {
        const c = await read();
        this.set(c ? value(c) : 0);
      },
    });
  ofLatest(
    'backline_audit_head_sequence',
    'Sequence number of the audit entry the latest signed checkpoint covers.',
    (c) => Number(c.seq),
  );
  ofLatest(
    'backline_audit_checkpoint_timestamp_seconds',
    'When the latest audit checkpoint was signed (Unix time).',
    (c) => c.signedAt.getTime() / 1000,
  );
  new Gauge({
    name: 'backline_audit_checkpoint_info',
    help: 'The latest audit checkpoint: its head hash and signing key id (value 1).',
    labelNames: ['key_id', 'head_hash'],
    registers: [metrics.registry],
    async collect() {
      this.reset();
      const c = await read();
      if (c) this.set({ key_id: c.keyId, head_hash: c.headHash }, 1);
    },
  });
}

import type { Runtime } from '../catalog/index.ts';
import type { MetricsWindow, PrometheusSource } from '../health/index.ts';
import { labelSelector } from '../health/index.ts';

/**
 * A rollout's analysis window read from Prometheus by PromQL instead of scraping the pods at
 * its start and end: rates and histogram quantiles over the window, per track. The series are
 * selected by the labels the scrape gives them from the pod labels (namespace, deployment, and
 * track for a canary or release otherwise); see docs/install.md.
 */

export interface RolloutWindowRequest {
  namespace: string;
  deployment: string;
  strategy: 'CANARY' | 'ROLLING' | 'RECREATE';
  toReleaseId: string;
  /** The new release's runtime, and the stable one's (null when there is none). */
  canaryRuntime: Runtime | null;
  stableRuntime: Runtime | null;
  since: Date;
  now: Date;
}

export interface RolloutWindow {
  canary: MetricsWindow | null;
  baseline: MetricsWindow | null;
  /** Why the new release's figures could not be read; its checks are then INCONCLUSIVE. */
  unavailable: string | null;
}

/** Label matchers of the new release's series and of the stable ones beside them. */
export function trackSelectors(r: RolloutWindowRequest): { canary: string; stable: string } {
  const base = { namespace: r.namespace, deployment: r.deployment };
  return r.strategy === 'CANARY'
    ? {
        canary: labelSelector({ ...base, track: 'canary' }),
        stable: labelSelector({ ...base, track: 'stable' }),
      }
    : {
        canary: labelSelector({ ...base, release: r.toReleaseId }),
        stable: labelSelector({ ...base, 'release!': r.toReleaseId }),
      };
}

export class PrometheusRolloutMetrics {
  readonly #source: PrometheusSource;

  constructor(source: PrometheusSource) {
    this.#source = source;
  }

  async window(r: RolloutWindowRequest): Promise<RolloutWindow> {
    const sel = trackSelectors(r);
    const windowMs = Math.max(1000, r.now.getTime() - r.since.getTime());
    try {
      // Whether Prometheus scrapes the new release's pods at all: no series is not "no errors".
      const scraped = await this.#source.scalar(`count(up{${sel.canary}})`, r.now);
      if (scraped === null) {
        return {
          canary: null,
          baseline: null,
          unavailable:
            `Prometheus at ${this.#source.url} has no series of the new release's pods ({${sel.canary}}); ` +
            'its scrape must give the model servers the labels namespace, deployment, track and release (docs/install.md).',
        };
      }
      const [canary, baseline] = await Promise.all([
        r.canaryRuntime
          ? this.#source.windowOf(r.canaryRuntime, sel.canary, windowMs, r.now)
          : null,
        r.stableRuntime
          ? this.#source.windowOf(r.stableRuntime, sel.stable, windowMs, r.now)
          : null,
      ]);
      return { canary, baseline, unavailable: null };
    } catch (error) {
      return {
        canary: null,
        baseline: null,
        unavailable: `Prometheus at ${this.#source.url} could not be read: ${
          error instanceof Error ? error.message : String(error)
        }`,
      };
    }
  }
}

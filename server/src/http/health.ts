import { Router } from 'express';
import type { Db } from '../store/index.ts';

export interface ReadinessCheck {
  name: string;
  check(): Promise<string | null>;
}

export class Readiness {
  #draining = false;
  readonly #checks: ReadinessCheck[] = [];

  add(check: ReadinessCheck): void {
    this.#checks.push(check);
  }

  drain(): void {
    this.#draining = true;
  }

  /** Each failing check with its reason; empty when ready. */
  async problems(): Promise<{ name: string; reason: string }[]> {
    if (this.#draining) return [{ name: 'shutdown', reason: 'shutting down' }];
    const results = await Promise.all(
      this.#checks.map(async (c) => {
        try {
          const reason = await c.check();
          return reason ? { name: c.name, reason } : null;
        } catch (error) {
          return { name: c.name, reason: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    return results.filter((r): r is { name: string; reason: string } => r !== null);
  }
}

export function storeReadiness(db: Db): ReadinessCheck {
  return {
    name: 'store',
    async check() {
      await db.ping();
      const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM schema_migrations');
      return Number(rows[0]?.n ?? 0) > 0 ? null : 'migrations not applied';
    },
  };
}

export function healthRouter(readiness: Readiness): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const problems = await readiness.problems();
    res
      .status(problems.length ? 503 : 200)
      .json({ status: problems.length ? 'unavailable' : 'ready', problems });
  });
  return router;
}

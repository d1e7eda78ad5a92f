import type { Logger } from '../logging/index.ts';
import type { TicketsService } from './tickets.service.ts';

/**
 * Runs `TicketsService.sweep` every `intervalMs` on the leader: SLA breach announcements,
 * auto-close, and incidents whose change event was missed. One sweep at a time.
 */
export class TicketSweeper {
  readonly #tickets: TicketsService;
  readonly #intervalMs: number;
  readonly #logger: Logger;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #stopped = true;

  constructor(deps: { tickets: TicketsService; intervalMs: number; logger: Logger }) {
    this.#tickets = deps.tickets;
    this.#intervalMs = deps.intervalMs;
    this.#logger = deps.logger;
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#schedule();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#running = this.#tickets
        .sweep()
        .then((done) => {
          if (done.breached || done.closed || done.reopened)
            this.#logger.info(done, 'ticket sweep');
        })
        .catch((err: unknown) => this.#logger.warn({ err }, 'ticket sweep failed'))
        .finally(() => {
          this.#running = null;
          this.#schedule();
        });
    }, this.#intervalMs);
    this.#timer.unref?.();
  }
}

/**
 * Runs a pass on demand and on a timer, never two at once: a kick during a pass causes one
 * more after it, so no change is missed and none is worked on twice concurrently.
 */
export class SerialRunner {
  readonly #pass: () => Promise<void>;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #again = false;
  #stopped = true;

  constructor(pass: () => Promise<void>) {
    this.#pass = pass;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  start(intervalMs: number): void {
    this.#stopped = false;
    this.kick();
    this.#timer = setInterval(() => this.kick(), intervalMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.#running;
  }

  /** Asks for a pass soon; passes never overlap, and a kick during one causes another. */
  kick(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#pass().finally(() => {
      this.#running = null;
      if (this.#again && !this.#stopped) {
        this.#again = false;
        this.kick();
      }
    });
  }

  /** Resolves when no pass is running or queued: for tests and shutdown. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }
}

/** A worker whose passes run on a SerialRunner: `kick` asks for one, `idle` waits them out. */
export abstract class SerialWorker {
  protected readonly runner = new SerialRunner(() => this.pass());

  protected abstract pass(): Promise<void>;

  /** Asks for a pass soon; passes never overlap, and a kick during one causes another. */
  kick(): void {
    this.runner.kick();
  }

  /** Resolves when no pass is running or queued: for tests and shutdown. */
  idle(): Promise<void> {
    return this.runner.idle();
  }
}

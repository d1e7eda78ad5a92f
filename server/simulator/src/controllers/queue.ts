/** A deduplicating work queue drained on the next turn of the event loop, like client-go's. */
export class WorkQueue {
  private pending = new Set<string>();
  private scheduled: NodeJS.Immediate | undefined;
  private stopped = false;
  private readonly handler: (key: string) => void;
  private readonly onError: (err: unknown) => void;

  constructor(handler: (key: string) => void, onError: (err: unknown) => void = () => undefined) {
    this.handler = handler;
    this.onError = onError;
  }

  add(key: string): void {
    if (this.stopped) return;
    this.pending.add(key);
    this.scheduled ??= setImmediate(() => this.drain());
  }

  get length(): number {
    return this.pending.size;
  }

  stop(): void {
    this.stopped = true;
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    this.pending.clear();
  }

  private drain(): void {
    this.scheduled = undefined;
    const keys = [...this.pending];
    this.pending.clear();
    for (const key of keys) {
      if (this.stopped) return;
      try {
        this.handler(key);
      } catch (err) {
        this.onError(err);
      }
    }
  }
}

export function splitKey(key: string): { namespace: string; name: string } {
  const slash = key.indexOf('/');
  return { namespace: key.slice(0, slash), name: key.slice(slash + 1) };
}

export function keyOf(meta: { namespace?: string; name?: string }): string {
  return `${meta.namespace ?? ''}/${meta.name ?? ''}`;
}

/** The output of one container instance, as the kubelet keeps it for `kubectl logs`. */
export class LogBuffer {
  private readonly lines: { time: number; text: string }[] = [];
  private readonly listeners = new Set<{ line: (text: string) => void; end: () => void }>();
  private closed = false;
  private readonly limit: number;

  constructor(limit = 2000) {
    this.limit = limit;
  }

  append(time: number, text: string): void {
    if (this.closed) return;
    this.lines.push({ time, text });
    if (this.lines.length > this.limit) this.lines.shift();
    for (const l of this.listeners) l.line(text);
  }

  close(): void {
    this.closed = true;
    for (const l of this.listeners) l.end();
    this.listeners.clear();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  format(options: {
    timestamps: boolean;
    tailLines?: number;
    sinceSeconds?: number;
    now: number;
  }): string {
    let lines = this.lines;
    if (options.sinceSeconds !== undefined) {
      const since = options.now - options.sinceSeconds * 1000;
      lines = lines.filter((l) => l.time >= since);
    }
    if (options.tailLines !== undefined)
      lines = options.tailLines <= 0 ? [] : lines.slice(-options.tailLines);
    return lines
      .map(
        (l) =>
          `${options.timestamps ? `${new Date(l.time).toISOString().replace('Z', '000000Z')} ` : ''}${l.text}\n`,
      )
      .join('');
  }

  follow(onLine: (text: string) => void, onEnd: () => void): () => void {
    if (this.closed) {
      onEnd();
      return () => undefined;
    }
    const entry = { line: (text: string) => onLine(`${text}\n`), end: onEnd };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }
}

/** Go's time.Duration formatting for the back-off messages: 10s, 1m20s, 5m0s. */
export function goDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  if (total < 60) return `${total}s`;
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m < 60) return `${m}m${s}s`;
  return `${Math.floor(m / 60)}h${m % 60}m${s}s`;
}

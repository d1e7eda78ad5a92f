import pg from 'pg';
import type { ListenOptions, Unlisten } from './db.ts';

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

/**
 * LISTENs on `channel` over a dedicated connection to the server at `url`. The first
 * connection must succeed; when it later drops (server restart, terminated backend), it
 * is re-established with exponential back-off and LISTENs again.
 */
export async function listenOnPostgres(
  url: string,
  channel: string,
  onNotification: (payload: string) => void,
  options: ListenOptions = {},
): Promise<Unlisten> {
  if (!CHANNEL.test(channel)) throw new Error(`Not a plain channel name: ${channel}`);
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) {
        onNotification(message.payload);
      }
    });
    next.on('error', (error) => {
      options.onError?.(error);
      drop(next);
    });
    next.on('end', () => drop(next));
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      drop(next);
      throw error;
    }
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    retryMs = FIRST_RETRY_MS;
    options.onListening?.();
  };

  function drop(dropped: pg.Client): void {
    if (client !== dropped) return;
    client = null;
    dropped.end().catch(() => {});
    if (!closed) scheduleReconnect();
  }

  function scheduleReconnect(): void {
    clearTimeout(retryTimer);
    const delay = retryMs * (0.5 + Math.random() / 2);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    retryTimer = setTimeout(() => {
      connect().catch((error: unknown) => {
        options.onError?.(error instanceof Error ? error : new Error(String(error)));
      });
    }, delay);
  }

  try {
    await connect();
  } catch (error) {
    closed = true;
    clearTimeout(retryTimer);
    throw error;
  }

  return async () => {
    if (closed) return;
    closed = true;
    clearTimeout(retryTimer);
    const current = client;
    client = null;
    if (!current) return;
    await current.query(`UNLISTEN ${channel}`).catch(() => {});
    await current.end().catch(() => {});
  };
}

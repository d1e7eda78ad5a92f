/**
 * The one database port every repository uses. Both PGlite (embedded) and a
 * PostgreSQL server sit behind it, so the same SQL runs on both.
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface ListenOptions {
  /** Called each time the listening connection is (re)established and listening. */
  onListening?: () => void;
  /** Called when the listening connection fails; it is re-established with back-off. */
  onError?: (error: Error) => void;
}

/** Stops listening and closes what `listen` opened. */
export type Unlisten = () => Promise<void>;

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: everything it writes commits together or not at all. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Checks the store answers; throws when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Delivers the payload of every NOTIFY on `channel` (LISTEN) over a connection of its
   * own, until the returned function is called. Notifications sent while that connection
   * is being re-established are lost.
   */
  listen?(
    channel: string,
    onNotification: (payload: string) => void,
    options?: ListenOptions,
  ): Promise<Unlisten>;
}

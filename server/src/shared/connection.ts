import type { z } from 'zod';
import { InputError } from './errors.ts';

/**
 * Relay-style cursor connections over keyset pages: a page is the rows after a position in the
 * list's own order, so it costs the same on the hundredth page as on the first and does not skip
 * or repeat rows that arrive while someone pages. A cursor is the sort key of a row, opaque to
 * clients (base64url of its JSON).
 */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The largest page a client may ask for. */
export const MAX_PAGE = 500;

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * The sort key an `after` cursor holds, checked against the list's key shape; a cursor that is
 * not one of this list's is refused on the `after` argument, never treated as the first page.
 */
export function decodeCursor<S extends z.ZodType<readonly (string | number)[]>>(
  after: string | null | undefined,
  shape: S,
): z.infer<S> | null {
  if (after === null || after === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const key = shape.safeParse(parsed);
  if (!key.success) {
    throw new InputError('INVALID_INPUT', 'after must be an endCursor from a previous page.', {
      fields: [{ path: ['after'], message: 'must be an endCursor from a previous page' }],
    });
  }
  return key.data;
}

/** `first` checked: 1 to MAX_PAGE, `fallback` when not given. */
export function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw new InputError('INVALID_INPUT', `first must be between 1 and ${MAX_PAGE}.`, {
      fields: [{ path: ['first'], message: `must be between 1 and ${MAX_PAGE}` }],
    });
  }
  return size;
}

/**
 * A connection from up to `first + 1` rows fetched after the cursor (the extra row only says
 * there is a next page), the total the filter matches, and each row's sort key.
 */
export function toConnection<T>(
  rows: readonly T[],
  first: number,
  totalCount: number,
  keyOf: (row: T) => readonly (string | number)[],
): Connection<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * A page of a list already in memory and in its order: the rows whose key comes after the
 * cursor's by `compare` (the list's own order on keys).
 */
export function pageOf<T, K extends readonly (string | number)[]>(
  rows: readonly T[],
  first: number,
  after: K | null,
  keyOf: (row: T) => K,
  compare: (a: K, b: K) => number,
): Connection<T> {
  const rest = after === null ? rows : rows.filter((row) => compare(keyOf(row), after) > 0);
  return toConnection(rest.slice(0, first + 1), first, rows.length, keyOf);
}

import type { Queryable } from './db.ts';

/**
 * Whether another row of `table` (one with a case-insensitively unique `name` column) already
 * has this name; `exceptId` is the row being renamed. `table` is a constant of the caller's.
 */
export async function nameTaken(
  db: Queryable,
  table: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM ${table} WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2`,
    [name, exceptId ?? null],
  );
  return rows.length > 0;
}

/**
 * The names people know these users by (their name, else their email), by id; ids that are no
 * user's are left out. For words in timelines, where a uuid tells a reader nothing.
 */
export async function userNames(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT id::text AS id, coalesce(nullif(name, ''), email) AS name FROM users WHERE id::text = ANY($1::text[])`,
    [[...ids]],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

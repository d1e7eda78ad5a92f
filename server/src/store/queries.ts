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

/**
 * A row as the driver returns it: snake_case column names, values as the column type gives them
 * (bigint and numeric come as strings, json as parsed values, timestamps as Dates).
 */
export type StoredRow = Readonly<Record<string, unknown>>;

export interface RowMapper<T> {
  /** The SELECT list, as written. */
  readonly columns: string;
  /** The record of one row. */
  readonly from: (row: StoredRow) => T;
}

type Blank = ' ' | '\n';
type Trim<S extends string> = S extends `${Blank}${infer R}`
  ? Trim<R>
  : S extends `${infer R}${Blank}`
    ? Trim<R>
    : S;
/**
 * The name a SELECT item gives its column: `x AS name`, `t.name` or `name`. The pieces an
 * expression with commas is cut into are dropped, but the last, which carries its alias.
 */
type NameOf<S extends string> = S extends `${string} AS ${infer A}`
  ? A
  : S extends `${string}(${string}`
    ? never
    : S extends `${string}.${infer C}`
      ? C
      : S;
type ColumnNames<S extends string> = S extends `${infer H},${infer R}`
  ? NameOf<Trim<H>> | ColumnNames<R>
  : NameOf<Trim<S>>;
type Camel<S extends string> = S extends `${infer H}_${infer R}`
  ? `${H}${Capitalize<Camel<R>>}`
  : S;

/** What keeps the columns and the read fields from filling the record exactly, or never. */
type Mismatch<T, S extends string, R extends keyof T, I extends string> =
  | Exclude<Camel<Exclude<ColumnNames<S>, I>>, keyof T>
  | Exclude<keyof T, Camel<Exclude<ColumnNames<S>, I>> | R>;

/** The name of the column an item of a SELECT list fills (see NameOf). */
function nameOf(item: string): string {
  const alias = / AS (\w+)$/.exec(item);
  if (alias) return alias[1] as string;
  return item.slice(item.lastIndexOf('.') + 1);
}

/** Cuts a SELECT list at the commas outside parentheses. */
function items(columns: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      found.push(columns.slice(start, i).trim());
      start = i + 1;
    }
  }
  found.push(columns.slice(start).trim());
  return found;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * One SELECT list and the mapping of its rows to records of type T: each column fills the
 * camelCase field of its name (`created_at` → `createdAt`) with the value as the driver returns
 * it, and `read` computes the fields that need more (a number from a bigint, a default for a null
 * array, a nested object, a field whose name is not the column's). Columns that only readers use
 * are named in `inputs`, and fill no field of their own. tsc checks that every other column names
 * a field of T and that the columns and readers fill every field, so the list and the record
 * cannot drift apart.
 *
 *   const users = rowMapper<UserRecord>()('id, email, login_count, created_at', {
 *     loginCount: (r) => Number(r.login_count),
 *   });
 *   db.query(`SELECT ${users.columns} FROM users`) … rows.map(users.from)
 */
export function rowMapper<T>() {
  return <const S extends string, R extends keyof T = never, const I extends string = never>(
    columns: S &
      ([Mismatch<T, S, R, I>] extends [never]
        ? unknown
        : { fieldsNotMatched: Mismatch<T, S, R, I> }),
    read?: { [K in R]: (row: StoredRow) => T[K] },
    inputs: readonly I[] = [],
  ): RowMapper<T> => {
    const readers: Partial<Record<string, (row: StoredRow) => unknown>> = read ?? {};
    const fromColumns = items(columns)
      .map(nameOf)
      .filter((column) => !(inputs as readonly string[]).includes(column))
      .map((column) => [column, camel(column)] as const);
    const readOnly = Object.keys(readers).filter(
      (f) => !fromColumns.some(([, field]) => field === f),
    );
    const fields = [...fromColumns, ...readOnly.map((field) => ['', field] as const)];
    // A frozen row is one the store's read cache shares between callers: its record is made once,
    // and frozen as well.
    const shared = new WeakMap<StoredRow, T>();
    return {
      columns,
      from(row) {
        const frozen = Object.isFrozen(row);
        const known = frozen ? shared.get(row) : undefined;
        if (known) return known;
        const record: Record<string, unknown> = {};
        for (const [column, field] of fields) {
          const reader = readers[field];
          record[field] = reader ? reader(row) : row[column];
        }
        if (frozen) shared.set(row, Object.freeze(record) as T);
        return record as T;
      },
    };
  };
}

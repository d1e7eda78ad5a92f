/** How the console shows one state of something: its words and its Mantine colour. */
export interface StateStyle {
  label: string;
  color: string;
}

/** "PENDING_CUSTOMER" → "Pending customer". */
export function sentenceCase(name: string): string {
  const words = name.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A table of states' styles from their colours, in the order given: each reads as its name in
 * sentence case unless `labels` words it otherwise.
 */
export function stateStyles<K extends string>(
  colors: Record<K, string>,
  labels: Partial<Record<K, string>> = {},
): Record<K, StateStyle> {
  const entries = Object.entries(colors) as [K, string][];
  return Object.fromEntries(
    entries.map(([state, color]) => [
      state,
      { label: labels[state] ?? sentenceCase(state), color },
    ]),
  ) as Record<K, StateStyle>;
}

/** The states a table names, in its order. */
export function statesOf<K extends string>(table: Record<K, unknown>): readonly K[] {
  return Object.keys(table) as K[];
}

/** Whether a value (from a URL, a select) is one of `states`. */
export function isOneOf<K extends string>(
  states: readonly K[],
  value: string | null | undefined,
): value is K {
  return typeof value === 'string' && (states as readonly string[]).includes(value);
}

/** A select's options for every state of a table, with its label or the one `label` gives. */
export function stateOptions<K extends string>(
  table: Record<K, StateStyle>,
  label: (state: K, style: StateStyle) => string = (_state, style) => style.label,
): { value: K; label: string }[] {
  return statesOf(table).map((state) => ({ value: state, label: label(state, table[state]) }));
}

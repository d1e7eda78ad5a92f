/**
 * The number in an id people use (`INC-12`, `T-1001`), or null when `id` is not one of `prefix`.
 * Case and a missing dash are forgiven: people type `inc12` too.
 */
export function humanNumber(prefix: string, id: string): number | null {
  const match = new RegExp(`^${prefix}-?(\\d{1,12})$`, 'i').exec(id.trim());
  return match ? Number(match[1]) : null;
}

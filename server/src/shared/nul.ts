/**
 * The path of the first string holding a NUL character in a parsed JSON value, or null. NUL
 * cannot be stored in PostgreSQL text: such input is refused at the edge as bad input,
 * instead of failing deep in the store as an internal error.
 */
export function findNul(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNul(item, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key];
      const found = findNul(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export function nulMessage(path: string[]): string {
  return `${path.join('.') || 'The input'} contains a NUL character, which is not allowed.`;
}

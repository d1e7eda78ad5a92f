/** Kubernetes resource quantities (`500m`, `16Gi`, `1e3`) parsed into plain numbers. */

export const QUANTITY_PATTERN = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';

const SUFFIX: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** Returns the numeric value of a quantity, or undefined when it does not parse. */
export function parseQuantity(input: string | number | undefined | null): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (typeof input !== 'string') return undefined;
  const match = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(.*)$/.exec(input.trim());
  if (!match?.[1]) return undefined;
  const base = Number(match[1]);
  const suffix = match[2] ?? '';
  const multiplier = SUFFIX[suffix];
  if (multiplier !== undefined) return base * multiplier;
  const exp = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
  if (exp?.[1]) return base * 10 ** Number(exp[1]);
  return undefined;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${Math.round(bytes / 2 ** 30)}Gi`;
  if (bytes >= 2 ** 20) return `${Math.round(bytes / 2 ** 20)}Mi`;
  return `${Math.round(bytes / 1024)}Ki`;
}

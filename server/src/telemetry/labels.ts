/**
 * Label values that come from a request are mapped onto a bounded set here, so that no
 * client can add series (and memory) to /metrics by choosing names.
 */
export const OTHER = 'other';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The HTTP method when it is a common one, else `other` (Node accepts about forty). */
export function methodLabel(method: string): string {
  return METHODS.has(method) ? method : OTHER;
}

/** The status code when it is a valid three-digit code, else `other`. */
export function statusLabel(status: number): string {
  return Number.isInteger(status) && status >= 100 && status <= 599 ? String(status) : OTHER;
}

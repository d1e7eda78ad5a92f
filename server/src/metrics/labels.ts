import { CONSOLE_OPERATIONS } from '../graphql/generated/console-operations.ts';

/**
 * Label values that come from a request are mapped onto a bounded set here, so that no
 * client can add series (and memory) to /metrics by choosing names.
 */
export const OTHER = 'other';

/** The GraphQL operation name when it is one of the console's own operations, else `other`. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return CONSOLE_OPERATIONS.has(name) ? name : OTHER;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The HTTP method when it is a common one, else `other` (Node accepts about forty). */
export function methodLabel(method: string): string {
  return METHODS.has(method) ? method : OTHER;
}

/** The status code when it is a valid three-digit code, else `other`. */
export function statusLabel(status: number): string {
  return Number.isInteger(status) && status >= 100 && status <= 599 ? String(status) : OTHER;
}

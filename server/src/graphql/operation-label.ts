import { OTHER } from '../telemetry/index.ts';
import { CONSOLE_OPERATIONS } from './generated/console-operations.ts';

/**
 * The GraphQL operation name as a metric label: one of the console's own operations, else
 * `other`, so that no client can add series to /metrics by choosing names.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return CONSOLE_OPERATIONS.has(name) ? name : OTHER;
}

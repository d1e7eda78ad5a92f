import type { DeploymentSummaryFieldsFragment, Environment } from '../../generated/graphql';

/** The newest state of each deployment that changed since the list loaded, by id. */
export type LiveChanges = Record<string, DeploymentSummaryFieldsFragment>;

export function recordChange(
  changes: LiveChanges | undefined,
  deployment: DeploymentSummaryFieldsFragment,
): LiveChanges {
  return { ...changes, [deployment.id]: deployment };
}

export interface ListFilter {
  namespace?: string | null;
  environment?: Environment | null;
}

function matches(deployment: DeploymentSummaryFieldsFragment, filter: ListFilter): boolean {
  return (
    (!filter.namespace || deployment.namespace === filter.namespace) &&
    (!filter.environment || deployment.environment === filter.environment)
  );
}

/**
 * The loaded list with live changes laid over it: changed rows are replaced, deployments created
 * since are added, and a deployment being deleted stays (as DELETING) only while the loaded list
 * still has it, so it leaves once the list is loaded again.
 */
export function mergeDeployments(
  loaded: readonly DeploymentSummaryFieldsFragment[],
  changes: LiveChanges,
  filter: ListFilter = {},
): DeploymentSummaryFieldsFragment[] {
  const known = new Set(loaded.map((d) => d.id));
  const rows = loaded.map((d) => changes[d.id] ?? d).filter((d) => matches(d, filter));
  for (const change of Object.values(changes)) {
    if (known.has(change.id) || change.phase === 'DELETING' || !matches(change, filter)) continue;
    rows.push(change);
  }
  return rows.sort((a, b) =>
    a.namespace === b.namespace
      ? a.name.localeCompare(b.name)
      : a.namespace.localeCompare(b.namespace),
  );
}

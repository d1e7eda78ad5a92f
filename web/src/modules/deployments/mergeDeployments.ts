import type { DeploymentSummaryFieldsFragment, Environment } from '../../generated/graphql';
import { matchesWords } from '../../ui/urlFilters';

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
  /** Words of the namespace/name, the model or the runtime, as the server searches them. */
  search?: string;
}

function matches(deployment: DeploymentSummaryFieldsFragment, filter: ListFilter): boolean {
  const { namespace, name, release, observed } = deployment;
  return (
    (!filter.namespace || namespace === filter.namespace) &&
    (!filter.environment || deployment.environment === filter.environment) &&
    matchesWords(
      `${namespace}/${name} ${release?.model.name ?? observed?.model ?? ''} ${release?.runtime ?? observed?.runtime ?? ''}`,
      filter.search ?? '',
    )
  );
}

/** The list's order, the server's: by namespace, then name. */
function byPlace(a: DeploymentSummaryFieldsFragment, b: DeploymentSummaryFieldsFragment): number {
  return a.namespace === b.namespace
    ? a.name.localeCompare(b.name)
    : a.namespace.localeCompare(b.namespace);
}

/**
 * The loaded list with live changes laid over it: changed rows are replaced, deployments created
 * since are added, and a deployment being deleted stays (as DELETING) only while the loaded list
 * still has it, so it leaves once the list is loaded again. While pages are still to load
 * (`morePages`), a new deployment is added only where the loaded pages reach; past the last
 * loaded row it arrives with its page.
 */
export function mergeDeployments(
  loaded: readonly DeploymentSummaryFieldsFragment[],
  changes: LiveChanges,
  filter: ListFilter = {},
  morePages = false,
): DeploymentSummaryFieldsFragment[] {
  const known = new Set(loaded.map((d) => d.id));
  const last = loaded.at(-1);
  const rows = loaded.map((d) => changes[d.id] ?? d).filter((d) => matches(d, filter));
  for (const change of Object.values(changes)) {
    if (known.has(change.id) || change.phase === 'DELETING' || !matches(change, filter)) continue;
    if (morePages && last && byPlace(change, last) > 0) continue;
    rows.push(change);
  }
  return rows.sort(byPlace);
}

import { useEffect, useMemo } from 'react';
import type { DeploymentSummaryFieldsFragment } from '../../generated/graphql';
import { useLiveQuery } from '../../ui/useLiveQuery';
import { useMorePages } from '../../ui/useMorePages';
import { DeploymentsChangedSubscription, DeploymentsPageQuery } from './deployments.documents';
import {
  type ListFilter,
  type LiveChanges,
  mergeDeployments,
  recordChange,
} from './mergeDeployments';

const live = {
  typenames: ['ModelDeployment'],
  subscription: DeploymentsChangedSubscription,
  fold: (
    changes: LiveChanges | undefined,
    event: { deploymentChanged: DeploymentSummaryFieldsFragment },
  ) => recordChange(changes, event.deploymentChanged),
};

/** A deployment being deleted leaves the list once it is loaded again without it. */
function useReloadWhileDeleting(
  rows: readonly DeploymentSummaryFieldsFragment[],
  reload: () => void,
) {
  const deletingId = rows.find((d) => d.phase === 'DELETING')?.id;
  useEffect(() => {
    if (deletingId) reload();
  }, [deletingId, reload]);
}

/**
 * The model deployments a page at a time, by namespace and name, searched on the server and
 * kept current by the `deploymentChanged` subscription.
 */
export function useLiveDeploymentPages(filter: ListFilter) {
  const { namespace = null, environment = null } = filter;
  const search = filter.search?.trim() || null;
  const variables = useMemo(
    () => ({ namespace, environment, search }),
    [namespace, environment, search],
  );
  const { data, changes, ...state } = useLiveQuery({
    ...live,
    query: DeploymentsPageQuery,
    variables,
    subscriptionVariables: { namespace },
  });
  const pages = useMorePages({
    query: DeploymentsPageQuery,
    variables,
    first: data?.deploymentsConnection,
    connection: (more) => more.deploymentsConnection,
  });
  const { nodes: loaded, hasMore } = pages;
  const rows = useMemo(
    () => mergeDeployments(loaded, changes ?? {}, filter, hasMore),
    [loaded, changes, filter, hasMore],
  );
  useReloadWhileDeleting(rows, state.refetch);
  return { ...state, rows, pages, namespaces: data?.managedNamespaces ?? [] };
}

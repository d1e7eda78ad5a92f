import { useEffect, useMemo } from 'react';
import type { Environment } from '../../generated/graphql';
import { useLiveQuery } from '../../ui/useLiveQuery';
import { DeploymentsChangedSubscription, DeploymentsQuery } from './deployments.documents';
import { type LiveChanges, mergeDeployments, recordChange } from './mergeDeployments';

/** The model deployments, kept current by the `deploymentChanged` subscription. */
export function useLiveDeployments(
  namespace: string | null = null,
  environment: Environment | null = null,
) {
  const { data, changes, ...state } = useLiveQuery({
    query: DeploymentsQuery,
    variables: { namespace, environment },
    typenames: ['ModelDeployment'],
    subscription: DeploymentsChangedSubscription,
    subscriptionVariables: { namespace },
    fold: (changes: LiveChanges | undefined, event) =>
      recordChange(changes, event.deploymentChanged),
  });
  const loaded = data?.deployments;
  const rows = useMemo(
    () => mergeDeployments(loaded ?? [], changes ?? {}, { namespace, environment }),
    [loaded, changes, namespace, environment],
  );

  // A deployment being deleted leaves the list once it is loaded again without it.
  const deletingId = rows.find((d) => d.phase === 'DELETING')?.id;
  const { refetch } = state;
  useEffect(() => {
    if (deletingId) refetch();
  }, [deletingId, refetch]);

  return { ...state, rows, namespaces: data?.managedNamespaces ?? [] };
}

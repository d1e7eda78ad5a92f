import { useEffect, useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import type { Environment } from '../../generated/graphql';
import { DeploymentsChangedSubscription, DeploymentsQuery } from './deployments.documents';
import { type LiveChanges, mergeDeployments, recordChange } from './mergeDeployments';

/** The model deployments, kept current by the `deploymentChanged` subscription. */
export function useLiveDeployments(
  namespace: string | null = null,
  environment: Environment | null = null,
) {
  const context = useMemo(() => ({ additionalTypenames: ['ModelDeployment'] }), []);
  const [query, refetch] = useQuery({
    query: DeploymentsQuery,
    variables: { namespace, environment },
    context,
  });
  const [live] = useSubscription<
    { deploymentChanged: Parameters<typeof recordChange>[1] },
    LiveChanges,
    { namespace: string | null }
  >({ query: DeploymentsChangedSubscription, variables: { namespace } }, (changes, event) =>
    recordChange(changes, event.deploymentChanged),
  );
  const changes = live.data ?? {};
  const loaded = query.data?.deployments;
  const rows = useMemo(
    () => mergeDeployments(loaded ?? [], changes, { namespace, environment }),
    [loaded, changes, namespace, environment],
  );

  // A deployment being deleted leaves the list once it is loaded again without it.
  const deletingId = rows.find((d) => d.phase === 'DELETING')?.id;
  useEffect(() => {
    if (deletingId) refetch({ requestPolicy: 'network-only' });
  }, [deletingId, refetch]);

  return {
    rows,
    namespaces: query.data?.managedNamespaces ?? [],
    loaded: loaded !== undefined,
    fetching: query.fetching,
    error: query.error,
    liveError: live.error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}

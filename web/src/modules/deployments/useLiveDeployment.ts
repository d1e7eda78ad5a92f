import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import type { DeploymentDetailFieldsFragment } from '../../generated/graphql';
import { DeploymentChangedSubscription, DeploymentQuery } from './deployments.documents';

/** One deployment, replaced by each `deploymentChanged` event about it. */
export function useLiveDeployment(namespace: string, name: string) {
  const context = useMemo(() => ({ additionalTypenames: ['ModelDeployment'] }), []);
  const variables = useMemo(() => ({ namespace, name }), [namespace, name]);
  const [query, refetch] = useQuery({ query: DeploymentQuery, variables, context });
  const [live] = useSubscription({ query: DeploymentChangedSubscription, variables });
  const latest: DeploymentDetailFieldsFragment | null | undefined =
    live.data?.deploymentChanged ?? query.data?.deployment;
  return {
    deployment: latest,
    loaded: query.data !== undefined,
    error: query.error,
    liveError: live.error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}

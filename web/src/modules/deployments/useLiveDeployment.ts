import { useMemo } from 'react';
import type { DeploymentDetailFieldsFragment } from '../../generated/graphql';
import { useLiveQuery } from '../../ui/useLiveQuery';
import { DeploymentChangedSubscription, DeploymentQuery } from './deployments.documents';

/** One deployment, replaced by each `deploymentChanged` event about it. */
export function useLiveDeployment(namespace: string, name: string) {
  const variables = useMemo(() => ({ namespace, name }), [namespace, name]);
  const { data, changes, ...state } = useLiveQuery({
    query: DeploymentQuery,
    variables,
    typenames: ['ModelDeployment'],
    subscription: DeploymentChangedSubscription,
    subscriptionVariables: variables,
  });
  const latest: DeploymentDetailFieldsFragment | null | undefined =
    changes?.deploymentChanged ?? data?.deployment;
  return { ...state, deployment: latest };
}

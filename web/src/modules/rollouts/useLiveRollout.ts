import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import type {
  DeploymentRolloutChangedSubscription,
  RolloutFieldsFragment,
} from '../../generated/graphql';
import { mergeRollouts, newer, recordRollout } from './rolloutState';
import {
  DeploymentRolloutsQuery,
  DeploymentRolloutChangedSubscription as RolloutChanged,
} from './rollouts.documents';

/**
 * A deployment's current (or latest) rollout and its rollout history, kept current by
 * `rolloutChanged` events for the deployment.
 */
export function useLiveRollout(namespace: string, name: string) {
  const context = useMemo(() => ({ additionalTypenames: ['Rollout'] }), []);
  const variables = useMemo(() => ({ namespace, name }), [namespace, name]);
  const [query, refetch] = useQuery({ query: DeploymentRolloutsQuery, variables, context });
  const [live] = useSubscription<
    DeploymentRolloutChangedSubscription,
    Record<string, RolloutFieldsFragment>,
    typeof variables
  >({ query: RolloutChanged, variables }, (seen, event) =>
    recordRollout(seen, event?.rolloutChanged),
  );
  const deployment = query.data?.deployment;
  const changes = live.data;

  const rollout = useMemo(() => {
    let latest: RolloutFieldsFragment | null = deployment?.rollout ?? null;
    for (const change of Object.values(changes ?? {})) {
      latest = latest ? newer(latest, change) : change;
    }
    return latest;
  }, [deployment, changes]);

  const history = useMemo(
    () => mergeRollouts(deployment?.rollouts ?? [], changes ?? {}),
    [deployment, changes],
  );

  return {
    rollout,
    history,
    loaded: query.data !== undefined,
    fetching: query.fetching,
    error: query.error,
    liveError: live.error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}

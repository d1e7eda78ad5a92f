import { useMemo } from 'react';
import type { RolloutFieldsFragment } from '../../generated/graphql';
import { useLiveQuery } from '../../ui/useLiveQuery';
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
  const variables = useMemo(() => ({ namespace, name }), [namespace, name]);
  const { data, changes, ...state } = useLiveQuery({
    query: DeploymentRolloutsQuery,
    variables,
    typenames: ['Rollout'],
    subscription: RolloutChanged,
    subscriptionVariables: variables,
    fold: (seen: Record<string, RolloutFieldsFragment> | undefined, event) =>
      recordRollout(seen, event?.rolloutChanged),
  });
  const deployment = data?.deployment;

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

  // The Gateway a TRAFFIC rollout moves requests through, when the deployment has one.
  const gateway = deployment?.traffic?.gateway ?? null;

  return { ...state, rollout, history, gateway };
}

import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import type {
  RolloutSummaryFieldsFragment,
  RolloutsChangedSubscription,
} from '../../generated/graphql';
import { mergeRollouts, recordRollout } from './rolloutState';
import {
  ActiveRolloutsQuery,
  RolloutsChangedSubscription as RolloutsChanged,
} from './rollouts.documents';

/** `namespace/name`, the key rollouts are looked up by. */
export function deploymentKey(ref: { namespace: string; name: string }): string {
  return `${ref.namespace}/${ref.name}`;
}

/** Rollouts under way across the fleet, live: finished ones drop out as they finish. */
export function useActiveRollouts() {
  const context = useMemo(() => ({ additionalTypenames: ['Rollout'] }), []);
  const [query, refetch] = useQuery({ query: ActiveRolloutsQuery, context });
  const [live] = useSubscription<
    RolloutsChangedSubscription,
    Record<string, RolloutSummaryFieldsFragment>
  >({ query: RolloutsChanged }, (seen, event) => recordRollout(seen, event?.rolloutChanged));
  const loaded = query.data?.activeRollouts;
  const changes = live.data;
  const rollouts = useMemo(
    () => mergeRollouts(loaded ?? [], changes ?? {}).filter((r) => r.active),
    [loaded, changes],
  );
  const byDeployment = useMemo(() => {
    const map = new Map<string, RolloutSummaryFieldsFragment>();
    for (const rollout of rollouts) {
      const key = deploymentKey(rollout.deployment);
      if (!map.has(key)) map.set(key, rollout);
    }
    return map;
  }, [rollouts]);
  return {
    rollouts,
    byDeployment,
    loaded: loaded !== undefined,
    error: query.error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}

import { useMemo } from 'react';
import type { RolloutSummaryFieldsFragment } from '../../generated/graphql';
import { useLiveQuery } from '../../ui/useLiveQuery';
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
  const { data, changes, loaded, error, refetch } = useLiveQuery({
    query: ActiveRolloutsQuery,
    typenames: ['Rollout'],
    subscription: RolloutsChanged,
    fold: (seen: Record<string, RolloutSummaryFieldsFragment> | undefined, event) =>
      recordRollout(seen, event?.rolloutChanged),
  });
  const active = data?.activeRollouts;
  const rollouts = useMemo(
    () => mergeRollouts(active ?? [], changes ?? {}).filter((r) => r.active),
    [active, changes],
  );
  const byDeployment = useMemo(() => {
    const map = new Map<string, RolloutSummaryFieldsFragment>();
    for (const rollout of rollouts) {
      const key = deploymentKey(rollout.deployment);
      if (!map.has(key)) map.set(key, rollout);
    }
    return map;
  }, [rollouts]);
  return { rollouts, byDeployment, loaded, error, refetch };
}

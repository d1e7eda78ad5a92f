import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { useListQuery } from '../../ui/useLiveQuery';
import { DeploymentsChangedSubscription, FleetSummaryQuery } from './deployments.documents';

/** How long the overview's summary waits after a deployment changes before it is read again. */
const SUMMARY_REFRESH_MS = 2_000;

/**
 * The fleet at a glance, read again (at most every {@link SUMMARY_REFRESH_MS}) while deployments
 * change: a fleet of a thousand changes all the time, and the summary is cheap to read but not
 * free.
 */
export function useFleetSummary() {
  const list = useListQuery(FleetSummaryQuery, ['ModelDeployment']);
  const [live] = useSubscription({
    query: DeploymentsChangedSubscription,
    variables: { namespace: null },
  });
  const changed = live.data?.deploymentChanged;
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { refetch } = list;
  useEffect(() => {
    if (!changed || pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      refetch();
    }, SUMMARY_REFRESH_MS);
  }, [changed, refetch]);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  return { ...list, summary: list.data?.fleetSummary ?? null, liveError: live.error };
}

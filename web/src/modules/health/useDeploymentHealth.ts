import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import type { HealthRange, HealthState } from '../../generated/graphql';
import { DeploymentHealthQuery } from './health.documents';

/** How often the deployment page reloads metrics, history and transitions. */
export const HEALTH_POLL_MS = 5000;

/**
 * A deployment's metrics, chart history and transitions. The server evaluates health every few
 * seconds but only announces state changes (through `deploymentChanged`), so this polls every
 * five seconds and also reloads at once when the announced state changes.
 */
export function useDeploymentHealth(
  namespace: string,
  name: string,
  range: HealthRange,
  liveState: HealthState,
) {
  const variables = useMemo(() => ({ namespace, name, range }), [namespace, name, range]);
  const [query, refetch] = useQuery({ query: DeploymentHealthQuery, variables });

  useEffect(() => {
    const timer = window.setInterval(
      () => refetch({ requestPolicy: 'network-only' }),
      HEALTH_POLL_MS,
    );
    return () => window.clearInterval(timer);
  }, [refetch]);

  useEffect(() => {
    // Runs on mount too, which the first query already covers; the state is the trigger.
    void liveState;
    refetch({ requestPolicy: 'network-only' });
  }, [liveState, refetch]);

  return {
    health: query.data?.deployment?.health ?? null,
    loaded: query.data !== undefined,
    error: query.error,
  };
}

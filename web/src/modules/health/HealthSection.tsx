import { Alert, Grid, Stack } from '@mantine/core';
import { useState } from 'react';
import type { FindingFieldsFragment, HealthRange, HealthState } from '../../generated/graphql';
import { errorMessage } from '../../ui/graphqlError';
import { DiagnosisPanel } from './DiagnosisPanel';
import { HealthCard } from './HealthCard';
import { HealthCharts } from './HealthCharts';
import { TransitionsList } from './TransitionsList';
import { useDeploymentHealth } from './useDeploymentHealth';

export interface LiveHealth {
  state: HealthState;
  reasons: readonly string[];
  since: string | null;
  checkedAt: string | null;
  diagnosis: readonly FindingFieldsFragment[];
}

function newest(a: string | null, b: string | null | undefined): string | null {
  if (!b) return a;
  if (!a) return b;
  return a > b ? a : b;
}

/**
 * A deployment's health: state and diagnosis as announced live, charts and state changes
 * reloaded every few seconds.
 */
export function HealthSection({
  namespace,
  name,
  health,
}: {
  namespace: string;
  name: string;
  health: LiveHealth;
}) {
  const [range, setRange] = useState<HealthRange>('HOUR');
  const details = useDeploymentHealth(namespace, name, range, health.state);
  const checkedAt = newest(health.checkedAt, details.health?.checkedAt);
  return (
    <Stack gap="md" data-testid="health-section">
      <HealthCard
        state={health.state}
        reasons={health.reasons}
        since={health.since}
        checkedAt={checkedAt}
      />
      {details.error && !details.loaded ? (
        <Alert color="yellow" variant="light" title="Could not load the health history">
          {errorMessage(details.error)}
        </Alert>
      ) : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <DiagnosisPanel
            findings={health.diagnosis}
            checkedAt={checkedAt}
            state={health.state}
            pastTerminations={details.health?.pastTerminations}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <TransitionsList transitions={details.health?.transitions ?? []} />
        </Grid.Col>
      </Grid>
      <HealthCharts
        samples={details.health?.history ?? []}
        range={range}
        onRangeChange={setRange}
      />
    </Stack>
  );
}

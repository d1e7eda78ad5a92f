import { Alert, Grid, Stack } from '@mantine/core';
import { lazy, useState } from 'react';
import type { FindingFieldsFragment, HealthRange, HealthState } from '../../generated/graphql';
import { ChartSlot } from '../../ui/ChartSlot';
import { errorMessage } from '../../ui/graphqlError';
import { DiagnosisPanel } from './DiagnosisPanel';
import { HealthCard } from './HealthCard';
import { TransitionsList } from './TransitionsList';
import { useDeploymentHealth } from './useDeploymentHealth';

const HealthCharts = lazy(() =>
  import('./HealthCharts').then((m) => ({ default: m.HealthCharts })),
);

export interface LiveHealth {
  state: HealthState;
  reasons: readonly string[];
  since: string | null;
  checkedAt: string | null;
  diagnosis: readonly FindingFieldsFragment[];
}

interface HealthProps {
  namespace: string;
  name: string;
  health: LiveHealth;
}

function newest(a: string | null, b: string | null | undefined): string | null {
  if (!b) return a;
  if (!a) return b;
  return a > b ? a : b;
}

/**
 * What an SRE reads first: the health state and, beside the state changes, the diagnosis, as
 * announced live; the history behind them reloads every few seconds.
 */
export function HealthSection({ namespace, name, health }: HealthProps) {
  const details = useDeploymentHealth(namespace, name, 'HOUR', health.state);
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
    </Stack>
  );
}

/** A deployment's metric charts over a range the reader picks, reloaded every few seconds. */
export function HealthMetrics({ namespace, name, health }: HealthProps) {
  const [range, setRange] = useState<HealthRange>('HOUR');
  const details = useDeploymentHealth(namespace, name, range, health.state);
  return (
    <Stack gap="md">
      {details.error && !details.loaded ? (
        <Alert color="yellow" variant="light" title="Could not load the metrics">
          {errorMessage(details.error)}
        </Alert>
      ) : null}
      <ChartSlot height={510}>
        <HealthCharts
          samples={details.health?.history ?? []}
          range={range}
          onRangeChange={setRange}
        />
      </ChartSlot>
    </Stack>
  );
}

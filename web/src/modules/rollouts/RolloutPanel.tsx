import { Badge, Box, Divider, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockPause } from '@tabler/icons-react';
import { lazy, type ReactNode } from 'react';
import type { RolloutFieldsFragment, RolloutState } from '../../generated/graphql';
import { ChartSlot } from '../../ui/ChartSlot';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { Notice } from '../../ui/Notice';
import { sentenceCase } from '../../ui/stateStyle';
import { AnalysisResults, CurrentPromptComparisons } from './AnalysisResults';
import { ReleaseChange } from './ReleaseChange';
import { RolloutActions } from './RolloutActions';
import { RolloutStateBadge } from './RolloutStateBadge';
import { RolloutSteps } from './RolloutSteps';
import { RolloutTimeline } from './RolloutTimeline';
import { isUndone, modeText, stepSummary } from './rolloutState';

const TrafficShareChart = lazy(() =>
  import('./TrafficShareChart').then((m) => ({ default: m.TrafficShareChart })),
);

function outcomeTitle(state: RolloutState): string {
  switch (state) {
    case 'ABORTING':
      return 'Aborted: the previous release is being restored';
    case 'ROLLING_BACK':
      return 'Rolling back to the previous release';
    case 'ROLLED_BACK':
      return 'Rolled back';
    default:
      return 'The rollout failed and needs a person';
  }
}

/** Why the rollout stopped, or that it is held, in the colour of its state. */
function Outcome({ rollout }: { rollout: RolloutFieldsFragment }) {
  if (isUndone(rollout.state)) {
    return (
      <Notice
        color={rollout.state === 'ROLLED_BACK' || rollout.state === 'FAILED' ? 'red' : 'orange'}
        icon={IconAlertTriangle}
        title={outcomeTitle(rollout.state)}
        testId="rollout-reason"
      >
        {rollout.reason ?? 'No reason was recorded.'}
      </Notice>
    );
  }
  if (rollout.state === 'PAUSED') {
    // Held by the analysis itself: the step's window ended without enough evidence.
    const evidence = rollout.reason?.startsWith('Not enough evidence') ?? false;
    return (
      <Notice
        color={evidence ? 'orange' : 'yellow'}
        icon={IconClockPause}
        title={evidence ? 'Paused: not enough evidence to promote' : 'Paused'}
        testId="rollout-pause-reason"
      >
        Analysis and timers wait at step {rollout.currentStep + 1} until someone resumes, promotes
        or aborts.
        {rollout.reason ? ` ${rollout.reason}` : ''}
      </Notice>
    );
  }
  if (rollout.state === 'SUCCEEDED' && rollout.finishedAt) {
    return (
      <Notice color="green" icon={IconCircleCheck}>
        Every replica runs {rollout.toRelease.id} since{' '}
        <span title={formatDateTime(rollout.finishedAt)}>{formatRelative(rollout.finishedAt)}</span>
        .
      </Notice>
    );
  }
  return null;
}

interface RolloutPanelProps {
  rollout: RolloutFieldsFragment;
  /** The Gateway a rollout by traffic moves requests through, when known. */
  gateway?: { namespace: string; name: string } | null;
  /** Whether the viewer may pause, resume, promote and abort (SRE and above). */
  canOperate: boolean;
  /** More actions beside the rollout's own. */
  extraActions?: ReactNode;
  /** Shown under the header, e.g. how many pods are ready. */
  children?: ReactNode;
}

/** The rollout section's frame, its state in `data-state` (NONE before the first rollout). */
export function RolloutFrame({
  state,
  titled = false,
  children,
}: {
  state: string;
  /** Whether a title with id rollout-panel-title names the section. */
  titled?: boolean;
  children: ReactNode;
}) {
  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p="md"
      data-testid="rollout-panel"
      data-state={state}
      aria-labelledby={titled ? 'rollout-panel-title' : undefined}
    >
      {children}
    </Paper>
  );
}

/** The rollout under way, or the latest one: state, steps, analysis and events, with its controls. */
export function RolloutPanel({
  rollout,
  gateway,
  canOperate,
  extraActions,
  children,
}: RolloutPanelProps) {
  const canary = rollout.strategy === 'CANARY';
  return (
    <RolloutFrame state={rollout.state} titled>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Stack gap={6} miw={0}>
            <Group gap="xs" wrap="wrap">
              <Title order={4} id="rollout-panel-title">
                Rollout
              </Title>
              <RolloutStateBadge state={rollout.state} testId="rollout-state" />
              <Badge variant="outline" color="gray" size="sm">
                {sentenceCase(rollout.strategy)}
              </Badge>
              {canary ? (
                <Badge
                  variant="light"
                  color={rollout.mode === 'TRAFFIC' ? 'violet' : 'gray'}
                  size="sm"
                  tt="none"
                  data-testid="rollout-mode"
                  data-mode={rollout.mode}
                >
                  {modeText(rollout.mode, gateway)}
                </Badge>
              ) : null}
              {rollout.active && rollout.steps.length > 0 ? (
                <Text size="sm" c="dimmed" data-testid="rollout-step-summary">
                  {stepSummary(rollout)}
                </Text>
              ) : null}
            </Group>
            <Group gap="xs" wrap="wrap">
              <ReleaseChange from={rollout.fromRelease} to={rollout.toRelease} />
              <Text size="xs" c="dimmed">
                started by {rollout.createdBy}{' '}
                <span title={formatDateTime(rollout.createdAt)}>
                  {formatRelative(rollout.createdAt)}
                </span>
              </Text>
            </Group>
          </Stack>
          {canOperate ? (
            // Right-aligned even when a narrow screen wraps it under the title.
            <Box ml="auto">
              <RolloutActions rollout={rollout}>{extraActions}</RolloutActions>
            </Box>
          ) : null}
        </Group>
        <Outcome rollout={rollout} />
        {children}
        {rollout.steps.length > 0 ? <RolloutSteps rollout={rollout} /> : null}
        {canary && rollout.steps.length > 0 ? (
          <ChartSlot height={200}>
            <TrafficShareChart steps={rollout.steps} mode={rollout.mode} />
          </ChartSlot>
        ) : null}
        <Divider />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <AnalysisResults rollout={rollout} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <RolloutTimeline events={rollout.events} />
          </Grid.Col>
        </Grid>
        {/* Full width: two answers and their diff need the room. */}
        <CurrentPromptComparisons rollout={rollout} />
      </Stack>
    </RolloutFrame>
  );
}

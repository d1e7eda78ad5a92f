import { Group, Paper, Progress, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import {
  IconCheck,
  IconClockPause,
  IconPlayerPlay,
  IconPlayerSkipForward,
  IconX,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { RolloutFieldsFragment } from '../../generated/graphql';
import { formatCompactDateTime, formatDateTime } from '../../ui/formatDate';
import { formatPercent, formatSeconds, isUndone, replicasText, stepShare } from './rolloutState';

type Step = RolloutFieldsFragment['steps'][number];
type StepStatus = 'done' | 'running' | 'paused' | 'failed' | 'skipped' | 'waiting';

const STATUS: Record<StepStatus, { label: string; color: string; icon: React.ReactNode }> = {
  done: { label: 'Passed', color: 'green', icon: <IconCheck size={14} /> },
  running: { label: 'Running', color: 'blue', icon: <IconPlayerPlay size={14} /> },
  paused: { label: 'Paused', color: 'yellow', icon: <IconClockPause size={14} /> },
  failed: { label: 'Stopped here', color: 'red', icon: <IconX size={14} /> },
  skipped: { label: 'Skipped', color: 'gray', icon: <IconPlayerSkipForward size={14} /> },
  waiting: { label: 'Waiting', color: 'gray', icon: null },
};

export function stepStatus(rollout: RolloutFieldsFragment, step: Step): StepStatus {
  const { state, currentStep } = rollout;
  const finished = state === 'SUCCEEDED' || state === 'PROMOTING';
  if (step.index < currentStep) return 'done';
  if (step.index > currentStep) {
    if (finished || isUndone(state)) return step.startedAt ? 'done' : 'skipped';
    return 'waiting';
  }
  if (finished) return step.startedAt ? 'done' : 'skipped';
  if (isUndone(state)) return 'failed';
  if (state === 'PAUSED') return 'paused';
  if (state === 'PENDING') return 'waiting';
  return 'running';
}

/** How much of the step's analysis window has passed, ticking each second while it runs. */
function AnalysisClock({ step }: { step: Step }) {
  const [now, setNow] = useState(() => Date.now());
  const interval = useInterval(() => setNow(Date.now()), 1000);
  useEffect(() => {
    interval.start();
    return interval.stop;
  }, [interval.start, interval.stop]);
  if (!step.startedAt || step.analysisSeconds <= 0) return null;
  const elapsed = Math.max(0, (now - new Date(step.startedAt).getTime()) / 1000);
  const value = Math.min(100, (elapsed / step.analysisSeconds) * 100);
  const left = Math.max(0, Math.ceil(step.analysisSeconds - elapsed));
  return (
    <Stack gap={2}>
      <Progress
        value={value}
        size="sm"
        radius="xl"
        color="blue"
        aria-label={`Analysis window ${Math.round(value)} % done`}
      />
      <Text size="xs" c="dimmed">
        {left > 0 ? `${formatSeconds(left)} of analysis left` : 'Analysis window complete'}
      </Text>
    </Stack>
  );
}

function Timestamp({ label, at }: { label: string; at: string | null }) {
  if (!at) return null;
  return (
    <Text size="xs" c="dimmed" title={formatDateTime(at)}>
      {label} {formatCompactDateTime(at)}
    </Text>
  );
}

/**
 * The rollout's steps in order: the share each gives the new release (by route weight, a shadow
 * copy or replicas), replicas per track, the share measured, analysis window and times.
 */
export function RolloutSteps({ rollout }: { rollout: RolloutFieldsFragment }) {
  const count = rollout.steps.length;
  return (
    <SimpleGrid
      component="ol"
      cols={{ base: 1, xs: Math.min(count, 2), md: Math.min(count, 4) }}
      spacing="sm"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label="Rollout steps"
    >
      {rollout.steps.map((step) => {
        const status = stepStatus(rollout, step);
        const style = STATUS[status];
        const current = step.index === rollout.currentStep && status !== 'done';
        return (
          <Paper
            component="li"
            key={step.index}
            withBorder
            radius="md"
            p="sm"
            data-testid="rollout-step"
            data-status={status}
            aria-current={current ? 'step' : undefined}
            style={
              current
                ? { borderColor: `var(--mantine-color-${style.color}-filled)`, borderWidth: 2 }
                : undefined
            }
          >
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Group gap={6} wrap="nowrap">
                  <ThemeIcon
                    size={22}
                    radius="xl"
                    color={style.color}
                    variant={status === 'waiting' || status === 'skipped' ? 'light' : 'filled'}
                    aria-hidden
                  >
                    {style.icon ?? (
                      <Text size="xs" fw={700}>
                        {step.index + 1}
                      </Text>
                    )}
                  </ThemeIcon>
                  <Text size="sm" fw={600}>
                    Step {step.index + 1}
                  </Text>
                </Group>
                <Text size="xs" c={style.color === 'gray' ? 'dimmed' : style.color} fw={600}>
                  {style.label}
                </Text>
              </Group>
              <Text fz={24} fw={700} lh={1.1} data-testid="step-weight">
                {step.mirrorPercent ? 'Shadow' : `${step.weightPercent} %`}
              </Text>
              <Text size="xs" fw={600} data-testid="step-share">
                {stepShare(step, rollout.mode)}
              </Text>
              <Text size="xs" data-testid="step-replicas">
                {replicasText(step)}
              </Text>
              {step.observedPercent !== null && step.observedPercent !== undefined ? (
                <Text size="xs" data-testid="step-observed">
                  Observed {formatPercent(step.observedPercent)} of requests on the canary
                </Text>
              ) : null}
              <Text size="xs" c="dimmed">
                Analysis {formatSeconds(step.analysisSeconds)}
              </Text>
              {current && status === 'running' ? <AnalysisClock step={step} /> : null}
              <Timestamp label="Started" at={step.startedAt} />
              <Timestamp label="Finished" at={step.finishedAt} />
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

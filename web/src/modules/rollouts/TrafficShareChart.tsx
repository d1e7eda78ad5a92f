import {
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  useComputedColorScheme,
  useMantineTheme,
} from '@mantine/core';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { RolloutFieldsFragment, RolloutMode } from '../../generated/graphql';
import { formatPercent } from './rolloutState';

type Step = RolloutFieldsFragment['steps'][number];

export interface SharePoint {
  step: string;
  /** The share the step asks for: the route weight (or the replicas' share). */
  target: number;
  /** The measured share in the step's last analysed window; null before any. */
  observed: number | null;
  /** Requests copied to the canary in a shadow step; null otherwise. */
  mirror: number | null;
}

export type Track = 'canary' | 'stable';

/**
 * Each step's share for one track, in step (time) order: the canary gets the step's weight and
 * what was measured on it, the stable track the rest.
 */
export function sharePoints(steps: readonly Step[], track: Track): SharePoint[] {
  return [...steps]
    .sort((a, b) => a.index - b.index)
    .map((step) => {
      const observed = step.observedPercent ?? null;
      return {
        step: `Step ${step.index + 1}`,
        target: track === 'canary' ? step.weightPercent : 100 - step.weightPercent,
        // In a shadow step the canary's figure is copies per hundred user requests, all of
        // which the stable track served.
        observed:
          observed === null
            ? null
            : track === 'canary'
              ? observed
              : step.mirrorPercent
                ? 100
                : 100 - observed,
        mirror: track === 'canary' ? (step.mirrorPercent ?? null) : null,
      };
    });
}

const TRACK_LABEL: Record<Track, string> = { canary: 'Canary', stable: 'Stable' };

function pointText(point: SharePoint): string {
  const target = point.mirror
    ? `weight ${formatPercent(point.target)} with a copy of ${point.mirror} %`
    : `weight ${formatPercent(point.target)}`;
  const observed =
    point.observed === null ? 'not measured yet' : `observed ${formatPercent(point.observed)}`;
  return `${point.step} ${target}, ${observed}`;
}

/** The chart's numbers in words, for a screen reader. */
export function shareSummary(track: Track, points: readonly SharePoint[]): string {
  return `${TRACK_LABEL[track]} share of requests: ${points.map(pointText).join('; ')}.`;
}

function TrackChart({ track, points }: { track: Track; points: SharePoint[] }) {
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  const grid = dark ? theme.colors.dark[4] : theme.colors.gray[3];
  const axis = dark ? theme.colors.dark[1] : theme.colors.gray[7];
  const surface = dark ? theme.colors.dark[7] : theme.white;
  const color = track === 'canary' ? 'orange' : 'blue';
  const observed = theme.colors[color]?.[dark ? 4 : 6];
  const target = dark ? theme.colors.gray[5] : theme.colors.gray[6];
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`traffic-chart-${track}`}>
      <Text size="sm" fw={600} mb={4}>
        {TRACK_LABEL[track]}
      </Text>
      <div
        role="img"
        aria-label={shareSummary(track, points)}
        style={{ width: '100%', height: 160 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="step" tick={{ fill: axis, fontSize: 11 }} stroke={grid} />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={(v: number) => `${v} %`}
              tick={{ fill: axis, fontSize: 11 }}
              stroke={grid}
              width={48}
            />
            <Tooltip
              formatter={(value) => (typeof value === 'number' ? formatPercent(value) : '—')}
              contentStyle={{
                background: surface,
                border: `1px solid ${grid}`,
                borderRadius: theme.radius.sm,
                fontSize: 12,
              }}
              labelStyle={{ color: axis }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Line
              type="stepAfter"
              dataKey="target"
              name="Weight"
              stroke={target}
              strokeDasharray="4 3"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="observed"
              name="Observed"
              stroke={observed}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Paper>
  );
}

function ShareTable({ canary, stable }: { canary: SharePoint[]; stable: SharePoint[] }) {
  const observed = (value: number | null) => (value === null ? '—' : formatPercent(value));
  return (
    <Table.ScrollContainer type="native" minWidth={480}>
      <Table
        withTableBorder
        verticalSpacing={4}
        fz="xs"
        aria-label="Traffic share by step"
        data-testid="traffic-share-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Step</Table.Th>
            <Table.Th>Canary weight</Table.Th>
            <Table.Th>Canary observed</Table.Th>
            <Table.Th>Stable weight</Table.Th>
            <Table.Th>Stable observed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {canary.map((point, i) => (
            <Table.Tr key={point.step} data-testid="traffic-share-row">
              <Table.Td>{point.step}</Table.Td>
              <Table.Td>
                {formatPercent(point.target)}
                {point.mirror ? ` (copy of ${point.mirror} %)` : ''}
              </Table.Td>
              <Table.Td>{observed(point.observed)}</Table.Td>
              <Table.Td>{formatPercent(stable[i]?.target ?? 100 - point.target)}</Table.Td>
              <Table.Td>{observed(stable[i]?.observed ?? null)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Per track, each step's share of the requests as set (route weight, or replicas) beside the
 * share measured in its last analysed window; the same numbers in a table below.
 */
export function TrafficShareChart({ steps, mode }: { steps: readonly Step[]; mode: RolloutMode }) {
  const canary = sharePoints(steps, 'canary');
  const stable = sharePoints(steps, 'stable');
  return (
    <Stack gap="xs" data-testid="traffic-share">
      <Title order={5}>Traffic share per track</Title>
      <Text size="xs" c="dimmed">
        {mode === 'TRAFFIC'
          ? 'Dashed: the route weight each step sets. Solid: the share of requests each track served in the step’s last analysed window; in a shadow step, the canary’s copies per hundred requests.'
          : 'Dashed: the share of replicas each step gives the new release. Solid: the share of requests each track served in the step’s last analysed window.'}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <TrackChart track="canary" points={canary} />
        <TrackChart track="stable" points={stable} />
      </SimpleGrid>
      <ShareTable canary={canary} stable={stable} />
    </Stack>
  );
}

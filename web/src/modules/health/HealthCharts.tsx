import {
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Text,
  Title,
  useComputedColorScheme,
  useMantineTheme,
} from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { HealthRange } from '../../generated/graphql';
import {
  CHARTS,
  type ChartSpec,
  chartPoints,
  formatTick,
  formatTooltipTime,
  type HealthSample,
} from './chartFormat';
import { HEALTH_RANGES, isHealthRange } from './healthState';

type Sample = HealthSample;

function MetricChart({ spec, samples }: { spec: ChartSpec; samples: readonly Sample[] }) {
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  const points = chartPoints(samples, spec.metric);
  const first = points[0]?.t ?? 0;
  const span = (points[points.length - 1]?.t ?? first) - first;
  const stroke = theme.colors[spec.color]?.[dark ? 4 : 6] ?? theme.colors.blue[6];
  const grid = dark ? theme.colors.dark[4] : theme.colors.gray[3];
  const axis = dark ? theme.colors.dark[1] : theme.colors.gray[7];
  const surface = dark ? theme.colors.dark[7] : theme.white;
  const latest = [...points].reverse().find((p) => p.value !== null)?.value;
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`chart-${spec.metric}`}>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          {spec.title}
        </Text>
        <Text size="sm" ff="monospace" c="dimmed">
          {latest === undefined || latest === null ? '—' : spec.format(latest)}
        </Text>
      </Group>
      <div style={{ width: '100%', height: 160 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={grid} strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={(t: number) => formatTick(t, span)}
              tick={{ fill: axis, fontSize: 11 }}
              stroke={grid}
              minTickGap={40}
            />
            <YAxis
              tickFormatter={(v: number) => spec.format(v)}
              tick={{ fill: axis, fontSize: 11 }}
              stroke={grid}
              width={64}
              domain={[0, (dataMax: number) => Math.max(dataMax * 1.1, spec.floor)]}
              allowDecimals
            />
            <Tooltip
              labelFormatter={(t) => formatTooltipTime(Number(t))}
              formatter={(value) => [
                typeof value === 'number' ? spec.format(value) : '—',
                spec.title,
              ]}
              contentStyle={{
                background: surface,
                border: `1px solid ${grid}`,
                borderRadius: theme.radius.sm,
                fontSize: 12,
              }}
              labelStyle={{ color: axis }}
              itemStyle={{ color: stroke }}
            />
            <Line
              type="monotone"
              dataKey="value"
              stroke={stroke}
              strokeWidth={2}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Paper>
  );
}

interface HealthChartsProps {
  samples: readonly Sample[];
  range: HealthRange;
  onRangeChange: (range: HealthRange) => void;
}

/** Request rate, error ratio, TTFT p95 and KV-cache usage over the chosen range. */
export function HealthCharts({ samples, range, onRangeChange }: HealthChartsProps) {
  return (
    <Paper withBorder radius="md" p="md" data-testid="health-charts">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Metrics</Title>
        <SegmentedControl
          size="xs"
          aria-label="Time range"
          data={HEALTH_RANGES.map((r) => ({ value: r.value, label: r.label }))}
          value={range}
          onChange={(value) => {
            if (isHealthRange(value)) onRangeChange(value);
          }}
        />
      </Group>
      {samples.length === 0 ? (
        <EmptyState
          icon={<IconChartLine size={24} />}
          variant="light"
          title="No history yet"
          description="Samples appear here once the deployment has been checked for a while."
          data-testid="charts-empty"
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {CHARTS.map((spec) => (
            <MetricChart key={spec.metric} spec={spec} samples={samples} />
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}

import { Paper, Text, useComputedColorScheme, useMantineTheme } from '@mantine/core';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatUsd } from './costFormat';

interface Day {
  date: string;
  figures: { costUsd: number; apiCostUsd: number };
}

/** Per day: what the GPUs cost beside what the API would have. */
export function CostChart({ days, apiName }: { days: readonly Day[]; apiName: string }) {
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  const grid = dark ? theme.colors.dark[4] : theme.colors.gray[3];
  const axis = dark ? theme.colors.dark[1] : theme.colors.gray[7];
  const points = days.map((d) => ({
    date: d.date.slice(5),
    gpus: d.figures.costUsd,
    api: d.figures.apiCostUsd,
  }));
  return (
    <Paper withBorder radius="md" p="sm" data-testid="cost-chart">
      <Text size="sm" fw={600} mb={4}>
        Cost per day
      </Text>
      <div style={{ width: '100%', height: 200 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="date" tick={{ fill: axis, fontSize: 11 }} stroke={grid} />
            <YAxis
              tickFormatter={(v: number) => formatUsd(v)}
              tick={{ fill: axis, fontSize: 11 }}
              stroke={grid}
              width={72}
            />
            <Tooltip formatter={(value) => (typeof value === 'number' ? formatUsd(value) : '—')} />
            <Legend />
            <Bar dataKey="gpus" name="GPUs" fill={theme.colors.blue[6]} isAnimationActive={false} />
            <Bar
              dataKey="api"
              name={apiName}
              fill={theme.colors.gray[5]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Paper>
  );
}

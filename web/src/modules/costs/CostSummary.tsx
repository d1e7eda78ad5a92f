import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { CostFiguresFieldsFragment } from '../../generated/graphql';
import { formatHours, formatShare, formatTokens, formatUsd } from './costFormat';

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`cost-stat-${label}`}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={700} ff="monospace">
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}

/** The headline figures: cost, tokens, cost per million tokens, utilisation and the saving. */
export function CostSummary({
  figures,
  apiName,
  cols = 5,
}: {
  figures: CostFiguresFieldsFragment;
  apiName: string;
  cols?: number;
}) {
  const saving = figures.savingUsd;
  return (
    <SimpleGrid cols={{ base: 2, md: cols }} spacing="sm">
      <Stat
        label="Cost"
        value={formatUsd(figures.costUsd)}
        hint={`${formatUsd(figures.costPerDayUsd)} a day · ${formatHours(figures.gpuHours)} of GPU`}
      />
      <Stat
        label="Tokens"
        value={formatTokens(figures.tokens)}
        hint={`${formatTokens(figures.promptTokens)} in · ${formatTokens(figures.generationTokens)} out`}
      />
      <Stat label="Per million tokens" value={formatUsd(figures.costPerMillionTokensUsd)} />
      <Stat
        label="Utilisation"
        value={formatShare(figures.utilisation)}
        hint={`${formatHours(figures.idleGpuHours)} of GPU idle`}
      />
      <Stat
        label={saving >= 0 ? 'Saving' : 'Loss'}
        value={formatUsd(Math.abs(saving))}
        hint={`against ${apiName} (${formatUsd(figures.apiCostUsd)})`}
      />
    </SimpleGrid>
  );
}

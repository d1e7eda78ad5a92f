import { Accordion, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconHelpCircle } from '@tabler/icons-react';
import type { AnalysisVerdict, RolloutFieldsFragment } from '../../generated/graphql';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { formatCompactDateTime, formatDateTime } from '../../ui/formatDate';
import { StateBadge } from '../../ui/StateBadge';
import { AnalysisDetails } from './AnalysisDetails';
import { PromptComparisons } from './PromptComparisons';
import { checkLabel, formatCheckValue, VERDICT_STYLE } from './rolloutState';

type Result = RolloutFieldsFragment['analysis'][number];

const VERDICT_ICONS: Record<AnalysisVerdict, React.ReactNode> = {
  PASS: <IconCircleCheck size={14} aria-hidden />,
  FAIL: <IconCircleX size={14} aria-hidden />,
  INCONCLUSIVE: <IconHelpCircle size={14} aria-hidden />,
};

export function VerdictBadge({
  verdict,
  size = 'sm',
}: {
  verdict: AnalysisVerdict;
  size?: 'xs' | 'sm';
}) {
  return (
    <StateBadge
      state={verdict}
      styles={VERDICT_STYLE}
      variant={verdict === 'FAIL' ? 'filled' : 'light'}
      size={size}
      leftSection={VERDICT_ICONS[verdict]}
      style={{ flexShrink: 0 }}
      testId="verdict-badge"
      stateAttribute="verdict"
    />
  );
}

function Value({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ff="monospace">
        {value}
      </Text>
    </Stack>
  );
}

function hasNumbers(result: Result): boolean {
  return result.canaryValue !== null || result.baselineValue !== null || result.threshold !== null;
}

function hasDetails(result: Result): boolean {
  const { details } = result;
  if (details === null || details === undefined) return false;
  if (typeof details === 'object') return Object.keys(details).length > 0;
  return true;
}

/** What a verdict rests on: its source and how many observations, or that nothing measures it. */
export function evidenceText(result: Pick<Result, 'source' | 'sample'>): string {
  if (!result.source) return 'No source measures this';
  return result.sample === null || result.sample === undefined
    ? result.source
    : `${result.source} · ${result.sample.toLocaleString('en')} observed`;
}

function Evidence({ result }: { result: Result }) {
  return (
    <Text
      size="xs"
      c={result.source ? 'dimmed' : 'orange'}
      ff={result.source ? 'monospace' : undefined}
      data-testid="analysis-evidence"
      style={{ overflowWrap: 'anywhere' }}
    >
      {result.source ? 'Source: ' : ''}
      {evidenceText(result)}
    </Text>
  );
}

/** One check's latest verdict: what it measured on each track and the limit, why, and from what. */
function ResultCard({ result }: { result: Result }) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid="analysis-result" data-check={result.check}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Text size="sm" fw={600} miw={0}>
            {checkLabel(result.check)}
          </Text>
          <VerdictBadge verdict={result.verdict} />
        </Group>
        {hasNumbers(result) ? (
          <SimpleGrid cols={3} spacing="xs">
            <Value label="Canary" value={formatCheckValue(result.check, result.canaryValue)} />
            <Value label="Baseline" value={formatCheckValue(result.check, result.baselineValue)} />
            <Value label="Limit" value={formatCheckValue(result.check, result.threshold)} />
          </SimpleGrid>
        ) : null}
        <Text size="sm" c={result.verdict === 'FAIL' ? 'red' : undefined}>
          {result.message}
        </Text>
        <Evidence result={result} />
        {hasDetails(result) ? (
          <Accordion variant="contained" radius="sm" chevronPosition="left">
            <Accordion.Item value="details">
              <Accordion.Control>
                <Text size="xs">Details</Text>
              </Accordion.Control>
              <Accordion.Panel>
                <AnalysisDetails details={result.details} />
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        ) : null}
        <Text size="xs" c="dimmed" title={formatDateTime(result.at)}>
          {formatCompactDateTime(result.at)}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The latest result of each check in a step (the results come newest first). */
export function latestPerCheck(results: readonly Result[], step: number): Result[] {
  const seen = new Set<string>();
  const latest: Result[] = [];
  for (const result of results) {
    if (result.step !== step || seen.has(result.check)) continue;
    seen.add(result.check);
    latest.push(result);
  }
  return latest;
}

const MONO = { ff: 'monospace' } as const;

const HISTORY_TABLE: TableSpec<Result> = {
  label: 'Analysis history',
  minWidth: 720,
  rowKey: (r) => `${r.at}-${r.step}-${r.check}`,
  rowProps: () => ({ 'data-testid': 'analysis-history-row' }),
  columns: [
    {
      header: 'When',
      cell: (r) => (
        <Text size="xs" title={formatDateTime(r.at)} style={{ whiteSpace: 'nowrap' }}>
          {formatCompactDateTime(r.at)}
        </Text>
      ),
    },
    { header: 'Step', cell: (r) => r.step + 1 },
    { header: 'Check', cell: (r) => checkLabel(r.check) },
    { header: 'Verdict', cell: (r) => <VerdictBadge verdict={r.verdict} size="xs" /> },
    { header: 'Canary', td: MONO, cell: (r) => formatCheckValue(r.check, r.canaryValue) },
    { header: 'Baseline', td: MONO, cell: (r) => formatCheckValue(r.check, r.baselineValue) },
    { header: 'Limit', td: MONO, cell: (r) => formatCheckValue(r.check, r.threshold) },
    { header: 'Source', cell: (r) => <Text size="xs">{evidenceText(r)}</Text> },
    { header: 'Message', cell: (r) => <Text size="xs">{r.message}</Text> },
  ],
};

function HistoryTable({ results }: { results: readonly Result[] }) {
  return <DataTable {...HISTORY_TABLE} rows={results} verticalSpacing={6} fz="sm" />;
}

/** The golden prompts of the current step's behaviour check, side by side; none without one. */
export function CurrentPromptComparisons({ rollout }: { rollout: RolloutFieldsFragment }) {
  const behaviour = latestPerCheck(rollout.analysis, rollout.currentStep).find(
    (r) => r.prompts.length > 0,
  );
  return behaviour ? <PromptComparisons prompts={behaviour.prompts} /> : null;
}

/** The current step's verdicts, check by check, and every earlier result below. */
export function AnalysisResults({ rollout }: { rollout: RolloutFieldsFragment }) {
  const current = latestPerCheck(rollout.analysis, rollout.currentStep);
  return (
    <Stack gap="sm" data-testid="rollout-analysis">
      <Group justify="space-between" gap="xs">
        <Title order={5}>Analysis · step {rollout.currentStep + 1}</Title>
        {current.length > 0 ? (
          <Text size="xs" c="dimmed">
            {current.filter((r) => r.verdict === 'PASS').length} of {current.length} checks pass
          </Text>
        ) : null}
      </Group>
      {current.length === 0 ? (
        <Text size="sm" c="dimmed">
          {rollout.state === 'PAUSED'
            ? 'No verdicts for this step yet; analysis waits while the rollout is paused.'
            : rollout.active
              ? 'No verdicts for this step yet; the first arrive once the new release serves traffic.'
              : 'This step recorded no analysis.'}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {current.map((result) => (
            <ResultCard key={result.check} result={result} />
          ))}
        </SimpleGrid>
      )}
      {rollout.analysis.length > current.length ? (
        <Accordion variant="separated" radius="md" chevronPosition="left">
          <Accordion.Item value="history">
            <Accordion.Control>
              <Text size="sm">All analysis results ({rollout.analysis.length})</Text>
            </Accordion.Control>
            <Accordion.Panel>
              <HistoryTable results={rollout.analysis} />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      ) : null}
    </Stack>
  );
}

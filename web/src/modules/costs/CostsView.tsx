import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCoin, IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { lazy, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { CostGroupBy, CostReportQuery as CostReportData } from '../../generated/graphql';
import { ChartSlot } from '../../ui/ChartSlot';
import { type Column, DataTable } from '../../ui/DataTable';
import { ListStates } from '../../ui/ListStates';
import { PageHeader } from '../../ui/PageHeader';
import { CapacitySection } from './CapacitySection';
import { CostSummary } from './CostSummary';
import {
  COST_RANGES,
  formatHours,
  formatShare,
  formatTokens,
  formatUsd,
  rangeEndingNow,
} from './costFormat';
import { CostReportQuery, PriceBookQuery } from './costs.documents';
import { PriceBookSection } from './PriceBookSection';

const CostChart = lazy(() => import('./CostChart').then((m) => ({ default: m.CostChart })));

type Line = CostReportData['costReport']['lines'][number];

function columns(groupBy: CostGroupBy): Column<Line>[] {
  return [
    {
      header: groupBy === 'ENVIRONMENT' ? 'Environment' : 'Deployment',
      cell: (l) =>
        l.namespace && l.name ? (
          <Anchor component={Link} to={`/deployments/${l.namespace}/${l.name}`}>
            {l.key}
          </Anchor>
        ) : (
          l.key
        ),
    },
    {
      header: 'GPUs',
      cell: (l) => (l.figures.gpuProducts.length ? l.figures.gpuProducts.join(', ') : '—'),
    },
    {
      header: 'GPU-hours',
      cell: (l) => formatHours(l.figures.gpuHours),
      th: { ta: 'right' },
      td: { ta: 'right' },
    },
    {
      header: 'Tokens',
      cell: (l) => formatTokens(l.figures.tokens),
      th: { ta: 'right' },
      td: { ta: 'right' },
    },
    {
      header: 'Cost',
      cell: (l) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          {formatUsd(l.figures.costUsd)}
          {l.figures.unpricedGpuHours > 0 ? (
            <Badge
              size="xs"
              color="orange"
              variant="light"
              title="GPU-hours of a product with no price"
            >
              {formatHours(l.figures.unpricedGpuHours)} unpriced
            </Badge>
          ) : null}
        </Group>
      ),
      th: { ta: 'right' },
      td: { ta: 'right' },
    },
    {
      header: '$/Mtok',
      cell: (l) => formatUsd(l.figures.costPerMillionTokensUsd),
      th: { ta: 'right' },
      td: { ta: 'right' },
    },
    {
      header: 'Utilisation',
      cell: (l) => formatShare(l.figures.utilisation),
      th: { ta: 'right' },
      td: { ta: 'right' },
    },
    {
      header: 'vs API',
      cell: (l) => (
        <Text span c={l.figures.savingUsd >= 0 ? 'teal' : 'red'} size="sm" ff="monospace">
          {l.figures.savingUsd >= 0 ? '+' : '−'}
          {formatUsd(Math.abs(l.figures.savingUsd))}
        </Text>
      ),
      th: { ta: 'right', title: 'What the API would have cost minus what the GPUs cost' },
      td: { ta: 'right' },
    },
  ];
}

/** This month and the five before it, newest first, as YYYY-MM (UTC). */
function recentMonths(now = new Date()): string[] {
  return Array.from({ length: 6 }, (_, i) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)).toISOString().slice(0, 7),
  );
}

/** Downloads of a month's cost per deployment and day. */
function ExportMenu({ compareWith }: { compareWith: string | null }) {
  const query = compareWith ? `&compareWith=${encodeURIComponent(compareWith)}` : '';
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} />}>
          Export CSV
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {recentMonths().map((month) => (
          <Menu.Item
            key={month}
            component="a"
            href={`/api/costs/export.csv?month=${month}${query}`}
          >
            {month}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** What the deployments cost and served over a range, against a closed API, and the price book. */
export function CostsView() {
  const [days, setDays] = useState('7');
  const [groupBy, setGroupBy] = useState<CostGroupBy>('DEPLOYMENT');
  const [compareWith, setCompareWith] = useState<string | null>(null);
  const [book, refetchBook] = useQuery({ query: PriceBookQuery });
  const range = useMemo(
    () => rangeEndingNow(COST_RANGES.find((r) => r.value === days)?.days ?? 7),
    [days],
  );
  const variables = useMemo(
    () => ({ input: { ...range, groupBy, ...(compareWith ? { compareWith } : {}) } }),
    [range, groupBy, compareWith],
  );
  const [report, refetch] = useQuery({ query: CostReportQuery, variables });
  const data = report.data?.costReport;
  const apis = book.data?.priceBook.apis ?? [];
  return (
    <>
      <PageHeader
        title="Costs"
        description="What each deployment's GPUs cost, what they served, and what the same tokens would have cost on a closed API, idle GPUs included."
        actions={
          <>
            <Select
              aria-label="Compare with"
              size="xs"
              w={220}
              data={apis.map((a) => ({ value: a.api, label: a.displayName }))}
              value={compareWith ?? data?.compareWith.api ?? null}
              onChange={setCompareWith}
              allowDeselect={false}
            />
            <SegmentedControl
              size="xs"
              aria-label="Group by"
              data={[
                { value: 'DEPLOYMENT', label: 'Deployment' },
                { value: 'ENVIRONMENT', label: 'Environment' },
              ]}
              value={groupBy}
              onChange={(v) => setGroupBy(v === 'ENVIRONMENT' ? 'ENVIRONMENT' : 'DEPLOYMENT')}
            />
            <ExportMenu compareWith={compareWith ?? data?.compareWith.api ?? null} />
            <SegmentedControl
              size="xs"
              aria-label="Time range"
              data={COST_RANGES.map((r) => ({ value: r.value, label: r.label }))}
              value={days}
              onChange={setDays}
            />
          </>
        }
      />
      <ListStates
        state={{
          error: report.error,
          loaded: Boolean(data),
          fetching: report.fetching,
          refetch: () => refetch({ requestPolicy: 'network-only' }),
        }}
        errorTitle="Could not load the costs"
        empty={
          data && data.lines.length === 0
            ? {
                icon: <IconCoin size={24} />,
                title: 'No usage in this range',
                description:
                  'The leader records what each deployment holds and serves while it runs; figures appear here after a few minutes.',
              }
            : false
        }
      >
        {data ? (
          <Stack gap="md">
            {data.total.usedDefaultPrices ? (
              <Alert
                color="yellow"
                variant="light"
                icon={<IconInfoCircle size={18} />}
                data-testid="default-prices-note"
              >
                These figures use shipped default prices (marked Default below). Set your own prices
                to match your bill.
              </Alert>
            ) : null}
            <CostSummary figures={data.total} apiName={data.compareWith.displayName} />
            <ChartSlot height={260}>
              <CostChart days={data.days} apiName={data.compareWith.displayName} />
            </ChartSlot>
            <Paper withBorder radius="md" p="md">
              <DataTable
                label="Cost per line"
                columns={columns(groupBy)}
                rows={data.lines}
                rowKey={(l) => l.key}
                minWidth={900}
              />
            </Paper>
          </Stack>
        ) : null}
      </ListStates>
      <CapacitySection />
      <Stack mt="xl" gap="xs">
        <Title order={3}>Price book</Title>
        <PriceBookSection
          book={book.data?.priceBook ?? null}
          error={book.error}
          onChanged={() => {
            refetchBook({ requestPolicy: 'network-only' });
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      </Stack>
    </>
  );
}

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { CombinedError } from 'urql';
import { useMutation } from 'urql';
import type { GpuCapacity, PriceBookQuery as PriceBookData } from '../../generated/graphql';
import { type Column, DataTable } from '../../ui/DataTable';
import { FormDialog } from '../../ui/FormDialog';
import { formatDate } from '../../ui/formatDate';
import { errorMessage } from '../../ui/graphqlError';
import { roleAtLeast, useViewer } from '../auth';
import { formatUsd } from './costFormat';
import { SetApiPriceMutation, SetGpuPriceMutation } from './costs.documents';

type Book = PriceBookData['priceBook'];
type GpuRow = Book['gpus'][number];
type ApiRow = Book['apis'][number];

function Origin({ row }: { row: GpuRow | ApiRow }) {
  return (
    <Group gap={6} wrap="nowrap">
      {row.isDefault ? (
        <Badge
          size="xs"
          color="yellow"
          variant="light"
          title={`Read on ${row.readOn ?? '?'}; check it against your bill`}
        >
          Default
        </Badge>
      ) : (
        <Badge size="xs" color="blue" variant="light">
          Set by {row.setBy}
        </Badge>
      )}
      <Text size="xs" c="dimmed" lineClamp={1} title={row.source}>
        {row.sourceUrl ? (
          <Anchor href={row.sourceUrl} target="_blank" rel="noreferrer" size="xs">
            {row.source}
          </Anchor>
        ) : (
          row.source
        )}
      </Text>
    </Group>
  );
}

const since = (row: GpuRow | ApiRow) => formatDate(String(row.effectiveFrom));

/** The datetime-local value as an ISO time; empty is now (null). */
const whenOf = (local: string) => (local ? new Date(local).toISOString() : null);

interface Editing {
  kind: 'gpu' | 'api';
  key: string;
  name: string;
  capacity: GpuCapacity;
  first: number | string;
  second: number | string;
}

/** The prices costs are computed with, defaults marked; admins add versions. */
export function PriceBookSection({
  book,
  error,
  onChanged,
}: {
  book: Book | null;
  error: CombinedError | undefined;
  onChanged: () => void;
}) {
  const viewer = useViewer();
  const canEdit = roleAtLeast(viewer.role, 'ADMIN');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [source, setSource] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: savingGpu }, setGpuPrice] = useMutation(SetGpuPriceMutation);
  const [{ fetching: savingApi }, setApiPrice] = useMutation(SetApiPriceMutation);

  const open = (e: Editing) => {
    setEditing(e);
    setEffectiveFrom('');
    setSource('');
    setSourceUrl('');
    setProblem(null);
  };
  const edit = (label: string, e: Editing) =>
    canEdit ? (
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={() => open(e)}
        aria-label={`Set the price of ${label}`}
      >
        Set price
      </Button>
    ) : null;

  const gpuColumns: Column<GpuRow>[] = [
    {
      header: 'GPU product',
      cell: (g) => (
        <Text ff="monospace" size="sm">
          {g.gpuProduct}
        </Text>
      ),
    },
    { header: 'Capacity', cell: (g) => (g.capacity === 'SPOT' ? 'Spot' : 'On demand') },
    {
      header: 'Per GPU-hour',
      cell: (g) => formatUsd(g.usdPerGpuHour),
      th: { ta: 'right' },
      td: { ta: 'right' },
    },
    { header: 'Since', cell: since },
    { header: 'Source', cell: (g) => <Origin row={g} /> },
    {
      header: '',
      when: canEdit,
      cell: (g) =>
        edit(g.gpuProduct, {
          kind: 'gpu',
          key: g.gpuProduct,
          name: g.gpuProduct,
          capacity: g.capacity,
          first: g.usdPerGpuHour,
          second: '',
        }),
    },
  ];
  const apiColumns: Column<ApiRow>[] = [
    { header: 'API', cell: (a) => a.displayName },
    {
      header: 'Input per Mtok',
      cell: (a) => formatUsd(a.usdPerMillionInput),
      th: { ta: 'right' },
      td: { ta: 'right' },
    },
    {
      header: 'Output per Mtok',
      cell: (a) => formatUsd(a.usdPerMillionOutput),
      th: { ta: 'right' },
      td: { ta: 'right' },
    },
    { header: 'Since', cell: since },
    { header: 'Source', cell: (a) => <Origin row={a} /> },
    {
      header: '',
      when: canEdit,
      cell: (a) =>
        edit(a.displayName, {
          kind: 'api',
          key: a.api,
          name: a.displayName,
          capacity: 'ON_DEMAND',
          first: a.usdPerMillionInput,
          second: a.usdPerMillionOutput,
        }),
    },
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    const common = { effectiveFrom: whenOf(effectiveFrom), source, sourceUrl: sourceUrl || null };
    const result =
      editing.kind === 'gpu'
        ? await setGpuPrice({
            input: {
              gpuProduct: editing.key,
              capacity: editing.capacity,
              usdPerGpuHour: Number(editing.first),
              ...common,
            },
          })
        : await setApiPrice({
            input: {
              api: editing.key,
              displayName: editing.name,
              usdPerMillionInput: Number(editing.first),
              usdPerMillionOutput: Number(editing.second),
              ...common,
            },
          });
    if (result.error) {
      setProblem(errorMessage(result.error));
      return;
    }
    setEditing(null);
    onChanged();
  };

  if (error && !book)
    return <Alert color="red">Could not load the price book: {errorMessage(error)}</Alert>;
  if (!book) return null;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="xs">
          <Text fw={600}>GPU-hours</Text>
          {canEdit ? (
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                open({
                  kind: 'gpu',
                  key: '',
                  name: '',
                  capacity: 'ON_DEMAND',
                  first: '',
                  second: '',
                })
              }
            >
              Add a GPU price
            </Button>
          ) : null}
        </Group>
        <DataTable
          label="GPU prices"
          columns={gpuColumns}
          rows={book.gpus}
          rowKey={(g) => `${g.gpuProduct}/${g.capacity}`}
        />
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Text fw={600} mb="xs">
          Closed APIs
        </Text>
        <DataTable label="API prices" columns={apiColumns} rows={book.apis} rowKey={(a) => a.api} />
      </Paper>
      <FormDialog
        opened={editing !== null}
        title={editing?.kind === 'api' ? `Price of ${editing.name}` : 'GPU price'}
        submitLabel="Save price"
        onClose={() => setEditing(null)}
        onSubmit={submit}
        busy={savingGpu || savingApi}
        error={problem}
      >
        {editing?.kind === 'gpu' ? (
          <>
            <TextInput
              label="GPU product"
              description="The node label nvidia.com/gpu.product, or * for any other product"
              value={editing.key}
              onChange={(e) =>
                setEditing({ ...editing, key: e.currentTarget.value, name: e.currentTarget.value })
              }
              required
            />
            <Select
              label="Capacity"
              data={[
                { value: 'ON_DEMAND', label: 'On demand' },
                { value: 'SPOT', label: 'Spot' },
              ]}
              value={editing.capacity}
              onChange={(v) =>
                setEditing({ ...editing, capacity: v === 'SPOT' ? 'SPOT' : 'ON_DEMAND' })
              }
              allowDeselect={false}
            />
            <NumberInput
              label="USD per GPU-hour"
              min={0}
              decimalScale={4}
              value={editing.first}
              onChange={(v) => setEditing({ ...editing, first: v })}
              required
            />
          </>
        ) : editing ? (
          <>
            <NumberInput
              label="USD per million input tokens"
              min={0}
              decimalScale={4}
              value={editing.first}
              onChange={(v) => setEditing({ ...editing, first: v })}
              required
            />
            <NumberInput
              label="USD per million output tokens"
              min={0}
              decimalScale={4}
              value={editing.second}
              onChange={(v) => setEditing({ ...editing, second: v })}
              required
            />
          </>
        ) : null}
        <TextInput
          label="Effective from"
          description="Now when empty; time before it keeps the price in force then"
          type="datetime-local"
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
        />
        <TextInput
          label="Source"
          description="Where the figure comes from, e.g. your contract"
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          required
        />
        <TextInput
          label="Source URL"
          value={sourceUrl}
          onChange={(e) => setSourceUrl(e.currentTarget.value)}
        />
      </FormDialog>
    </Stack>
  );
}

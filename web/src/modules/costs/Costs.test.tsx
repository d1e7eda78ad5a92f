import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CostFiguresFieldsFragment } from '../../generated/graphql';
import { renderApp } from '../../testing/renderApp';

function figures(overrides: Partial<CostFiguresFieldsFragment> = {}): CostFiguresFieldsFragment {
  return {
    gpuHours: 48,
    busyGpuHours: 36,
    idleGpuHours: 12,
    unpricedGpuHours: 0,
    utilisation: 0.75,
    promptTokens: 30_000_000,
    generationTokens: 10_000_000,
    tokens: 40_000_000,
    costUsd: 24,
    costPerDayUsd: 3.43,
    costPerMillionTokensUsd: 0.6,
    apiCostUsd: 175,
    savingUsd: 151,
    usedDefaultPrices: true,
    gpuProducts: ['NVIDIA-L4'],
    ...overrides,
  };
}

const origin = {
  effectiveFrom: '2025-01-15T00:00:00.000Z',
  isDefault: true,
  source: 'AWS EC2 g6.xlarge on-demand',
  sourceUrl: 'https://aws.amazon.com/ec2/instance-types/g6/',
  readOn: '2025-01-15',
  setBy: null,
};

const handlers = () => ({
  capacity: () => ({
    data: {
      capacity: {
        at: '2026-01-08T00:00:00.000Z',
        windowMinutes: 60,
        known: true,
        unknownReason: null,
        podScope: 'ALL_NAMESPACES',
        products: [],
        nodes: [],
        deployments: [],
      },
    },
  }),
  costReport: (variables: Record<string, unknown>) => {
    const input = variables.input as { groupBy: string };
    const byEnvironment = input.groupBy === 'ENVIRONMENT';
    return {
      data: {
        costReport: {
          from: '2026-01-01T00:00:00.000Z',
          to: '2026-01-08T00:00:00.000Z',
          compareWith: {
            api: 'openai/gpt-4o',
            displayName: 'OpenAI GPT-4o',
            usdPerMillionInput: 2.5,
            usdPerMillionOutput: 10,
            isDefault: true,
          },
          lines: [
            {
              key: byEnvironment ? 'PROD' : 'ml-prod/chat',
              namespace: byEnvironment ? null : 'ml-prod',
              name: byEnvironment ? null : 'chat',
              environment: 'PROD',
              figures: figures(),
            },
            ...(byEnvironment
              ? []
              : [
                  {
                    key: 'ml-prod/batch',
                    namespace: 'ml-prod',
                    name: 'batch',
                    environment: 'PROD',
                    figures: figures({
                      costUsd: 80,
                      apiCostUsd: 20,
                      savingUsd: -60,
                      tokens: 1_000_000,
                      costPerMillionTokensUsd: 80,
                    }),
                  },
                ]),
          ],
          total: figures(),
          days: [
            {
              date: '2026-01-01',
              figures: { costUsd: 3, apiCostUsd: 20, tokens: 5, utilisation: 0.7 },
            },
          ],
        },
      },
    };
  },
  priceBook: () => ({
    data: {
      priceBook: {
        gpus: [
          { ...origin, gpuProduct: 'NVIDIA-L4', capacity: 'ON_DEMAND', usdPerGpuHour: 0.8048 },
          {
            ...origin,
            gpuProduct: 'NVIDIA-A100-SXM4-80GB',
            capacity: 'ON_DEMAND',
            usdPerGpuHour: 3.2,
            isDefault: false,
            source: 'Our contract',
            sourceUrl: null,
            readOn: null,
            setBy: 'admin@backline.local',
          },
        ],
        apis: [
          {
            ...origin,
            api: 'openai/gpt-4o',
            displayName: 'OpenAI GPT-4o',
            usdPerMillionInput: 2.5,
            usdPerMillionOutput: 10,
          },
        ],
      },
    },
  }),
});

describe('the costs page', () => {
  it('shows cost, tokens, $/Mtok, utilisation and the saving per deployment, and says when prices are defaults', async () => {
    renderApp({ path: '/costs', handlers: handlers() });
    const table = await screen.findByRole('table', { name: 'Cost per line' });
    const chat = within(table).getByText('ml-prod/chat').closest('tr') as HTMLElement;
    expect(within(chat).getByText('48.0 h')).toBeTruthy();
    expect(within(chat).getByText('40.00 M')).toBeTruthy();
    expect(within(chat).getByText('$0.6000')).toBeTruthy();
    expect(within(chat).getByText('75 %')).toBeTruthy();
    expect(within(chat).getByText(/\+\s*\$151\.00/)).toBeTruthy();
    const batch = within(table).getByText('ml-prod/batch').closest('tr') as HTMLElement;
    expect(within(batch).getByText(/−\s*\$60\.00/)).toBeTruthy();
    expect(screen.getByTestId('default-prices-note')).toBeTruthy();
    const gpus = screen.getByRole('table', { name: 'GPU prices' });
    const l4 = within(gpus).getByText('NVIDIA-L4').closest('tr') as HTMLElement;
    expect(within(l4).getByText('Default')).toBeTruthy();
    const a100 = within(gpus).getByText('NVIDIA-A100-SXM4-80GB').closest('tr') as HTMLElement;
    expect(within(a100).getByText('Set by admin@backline.local')).toBeTruthy();
  });

  it('asks again for another range and grouping', async () => {
    const view = renderApp({ path: '/costs', handlers: handlers() });
    await screen.findByRole('table', { name: 'Cost per line' });
    fireEvent.click(screen.getByText('30 days'));
    fireEvent.click(screen.getByText('Environment'));
    await screen.findByText('PROD');
    const calls = view.server.callsTo('CostReport');
    const input = calls[calls.length - 1]?.variables.input as {
      from: string;
      to: string;
      groupBy: string;
    };
    expect(input.groupBy).toBe('ENVIRONMENT');
    expect(Date.parse(input.to) - Date.parse(input.from)).toBe(30 * 86_400_000);
  });

  it('lets an admin set a GPU price with its source', async () => {
    let sent: unknown = null;
    const view = renderApp({
      path: '/costs',
      handlers: {
        ...handlers(),
        setGpuPrice: (variables) => {
          sent = variables.input;
          return {
            data: {
              setGpuPrice: {
                price: { gpuProduct: 'NVIDIA-L4', capacity: 'ON_DEMAND', usdPerGpuHour: 0.5 },
              },
            },
          };
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Set the price of NVIDIA-L4' }));
    const dialog = await screen.findByRole('form', { name: 'GPU price' });
    const price = within(dialog).getByLabelText(/USD per GPU-hour/);
    fireEvent.change(price, { target: { value: '0.5' } });
    fireEvent.change(within(dialog).getByLabelText(/^Source(?! URL)/), {
      target: { value: 'Our contract' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save price' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toMatchObject({
      gpuProduct: 'NVIDIA-L4',
      capacity: 'ON_DEMAND',
      usdPerGpuHour: 0.5,
      source: 'Our contract',
      effectiveFrom: null,
    });
    await waitFor(() => expect(view.server.callsTo('PriceBook').length).toBeGreaterThan(1));
  });

  it('shows viewers the prices without a way to change them', async () => {
    renderApp({ path: '/costs', role: 'VIEWER', handlers: handlers() });
    await screen.findByRole('table', { name: 'GPU prices' });
    expect(screen.queryByText('Set price')).toBeNull();
    expect(screen.queryByText('Add a GPU price')).toBeNull();
  });

  it('offers the CSV of this month and the ones before, against the compared API', async () => {
    renderApp({ path: '/costs', handlers: handlers() });
    await screen.findByRole('table', { name: 'Cost per line' });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const month = new Date().toISOString().slice(0, 7);
    const item = await screen.findByRole('menuitem', { name: month });
    expect(item.getAttribute('href')).toBe(
      `/api/costs/export.csv?month=${month}&compareWith=openai%2Fgpt-4o`,
    );
    expect(screen.getAllByRole('menuitem')).toHaveLength(6);
  });
});

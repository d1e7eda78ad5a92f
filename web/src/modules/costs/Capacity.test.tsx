import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CapacityQuery } from '../../generated/graphql';
import { renderApp } from '../../testing/renderApp';

type Capacity = CapacityQuery['capacity'];

const known: Capacity = {
  at: '2026-12-01T00:00:00.000Z',
  windowMinutes: 60,
  known: true,
  unknownReason: null,
  podScope: 'MANAGED_NAMESPACES',
  products: [
    {
      product: 'NVIDIA-A100-SXM4-80GB',
      nodes: 1,
      allocatable: 8,
      requested: 4,
      free: 4,
      largestFreeOnANode: 4,
    },
    {
      product: 'NVIDIA-L4',
      nodes: 1,
      allocatable: 4,
      requested: 1,
      free: 3,
      largestFreeOnANode: 3,
    },
  ],
  nodes: [
    {
      name: 'gpu-a100-0',
      product: 'NVIDIA-A100-SXM4-80GB',
      free: 4,
      schedulable: true,
      excludedBecause: null,
    },
    {
      name: 'gpu-a100-1',
      product: 'NVIDIA-A100-SXM4-80GB',
      free: 0,
      schedulable: false,
      excludedBecause: 'cordoned',
    },
  ],
  deployments: [
    {
      namespace: 'ml-prod',
      name: 'chat',
      environment: 'PROD',
      gpuProduct: 'NVIDIA-L4',
      gpus: 2,
      tokensPerSecond: 250,
      utilisation: 0.25,
      tokensPerSecondPerGpu: 500,
      couldServeTokensPerSecond: 1000,
      headroomTokensPerSecond: 750,
      couldServeWithFreeGpusTokensPerSecond: 2500,
      note: null,
    },
    {
      namespace: 'ml-prod',
      name: 'ollama',
      environment: 'DEV',
      gpuProduct: 'NVIDIA-L4',
      gpus: 1,
      tokensPerSecond: 12,
      utilisation: 1,
      tokensPerSecondPerGpu: null,
      couldServeTokensPerSecond: null,
      headroomTokensPerSecond: null,
      couldServeWithFreeGpusTokensPerSecond: null,
      note: 'Unknown: its engine reports neither KV-cache usage nor a request limit, so how full it was is not known.',
    },
  ],
};

const handlers = (capacity: Capacity) => ({
  costReport: () => ({
    data: {
      costReport: {
        from: '2026-11-24T00:00:00.000Z',
        to: '2026-12-01T00:00:00.000Z',
        compareWith: {
          api: 'openai/gpt-4o',
          displayName: 'OpenAI GPT-4o',
          usdPerMillionInput: 2.5,
          usdPerMillionOutput: 10,
          isDefault: true,
        },
        lines: [],
        total: {
          gpuHours: 0,
          busyGpuHours: 0,
          idleGpuHours: 0,
          unpricedGpuHours: 0,
          utilisation: null,
          promptTokens: 0,
          generationTokens: 0,
          tokens: 0,
          costUsd: 0,
          costPerDayUsd: 0,
          costPerMillionTokensUsd: null,
          apiCostUsd: 0,
          savingUsd: 0,
          usedDefaultPrices: false,
          gpuProducts: [],
        },
        days: [],
      },
    },
  }),
  priceBook: () => ({
    data: { priceBook: { gpus: [], apis: [], gpuHistory: [], apiHistory: [] } },
  }),
  capacity: () => ({ data: { capacity } }),
});

describe('the capacity section of the costs page', () => {
  it('shows free GPUs by product, the nodes left out, and what each deployment could serve', async () => {
    renderApp({ path: '/costs', role: 'VIEWER', handlers: handlers(known) });
    const products = await screen.findByRole('table', { name: 'Free GPUs by product' });
    const l4 = within(products).getByText('NVIDIA-L4').closest('tr') as HTMLElement;
    expect(
      within(l4)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['NVIDIA-L4', '1', '4', '1', '3', '3']);
    expect(screen.getByTestId('excluded-nodes').textContent).toBe(
      'Not counted: gpu-a100-1 (cordoned)',
    );
    expect(screen.getByText('Pods of managed namespaces only')).toBeTruthy();
    const deployments = screen.getByRole('table', { name: 'Deployment capacity' });
    const chat = within(deployments).getByText('ml-prod/chat').closest('tr') as HTMLElement;
    expect(
      within(chat)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'ml-prod/chat',
      '2 × NVIDIA-L4',
      '250 tok/s',
      '25 %',
      '500 tok/s',
      '1,000 tok/s',
      '750 tok/s',
      '2,500 tok/s',
    ]);
    const ollama = within(deployments).getByText('ml-prod/ollama').closest('tr') as HTMLElement;
    const unknown = within(ollama).getByText('unknown');
    expect(unknown.getAttribute('title')).toMatch(/neither KV-cache usage nor a request limit/);
  });

  it('says why free GPUs are unknown rather than showing none', async () => {
    renderApp({
      path: '/costs',
      role: 'VIEWER',
      handlers: handlers({
        ...known,
        known: false,
        unknownReason: 'Unknown: Backline may not list nodes.',
        podScope: null,
        products: [],
        nodes: [],
      }),
    });
    expect((await screen.findByTestId('capacity-unknown')).textContent).toContain(
      'Backline may not list nodes',
    );
    expect(screen.queryByRole('table', { name: 'Free GPUs by product' })).toBeNull();
    expect(screen.getByRole('table', { name: 'Deployment capacity' })).toBeTruthy();
  });
});

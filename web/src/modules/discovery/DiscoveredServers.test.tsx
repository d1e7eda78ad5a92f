import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/renderApp';

const server = (name: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'DiscoveredModelServer',
  namespace: 'ml-prod',
  name,
  kind: 'Deployment',
  runtime: 'VLLM',
  image: 'vllm/vllm-openai:v0.9.2',
  model: 'meta-llama/Llama-3.1-8B-Instruct',
  port: 8000,
  replicas: 2,
  readyReplicas: 1,
  gpusPerReplica: 1,
  gpuProduct: 'NVIDIA-A100-SXM4-80GB',
  evidence: ['image vllm/vllm-openai', 'port 8000'],
  ...extra,
});

function discovered(servers: unknown[], problems: string[] = []) {
  return () => ({
    data: {
      discoveredModelServers: { __typename: 'ModelServerDiscovery', servers, problems },
    },
  });
}

describe('the overview’s model servers running in the cluster', () => {
  it('lists each with its runtime, model, readiness and GPUs, and names what could not be read', async () => {
    renderApp({
      handlers: {
        deployments: () => ({ data: { deployments: [] } }),
        discoveredModelServers: discovered(
          [
            server('chat'),
            server('edge', {
              runtime: 'LLAMA_CPP',
              model: null,
              gpusPerReplica: 0,
              gpuProduct: null,
              replicas: 1,
            }),
          ],
          ['Could not list StatefulSets in ml-staging: statefulsets.apps is forbidden'],
        ),
      },
    });
    const card = await screen.findByTestId('discovered-servers');
    expect(within(card).getByText('2 model servers not deployed by Backline')).toBeTruthy();
    const table = within(card).getByRole('table', { name: 'Model servers running in the cluster' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'ml-prod/chatDeployment · port 8000vLLMmeta-llama/Llama-3.1-8B-Instruct1/22 × NVIDIA-A100-SXM4-80GB',
      'ml-prod/edgeDeployment · port 8000llama.cppNot named in its arguments1/10',
    ]);
    expect(within(card).getByText(/statefulsets\.apps is forbidden/)).toBeTruthy();
    expect(screen.getByText('Nothing deployed by Backline yet')).toBeTruthy();
  });

  it('shows nothing when nothing runs beside what Backline manages', async () => {
    const { server: fake } = renderApp({
      handlers: {
        deployments: () => ({ data: { deployments: [] } }),
        discoveredModelServers: discovered([]),
      },
    });
    await screen.findByText('Nothing deployed by Backline yet');
    await expect
      .poll(() => fake.calls.some((c) => c.operationName === 'DiscoveredModelServers'))
      .toBe(true);
    expect(screen.queryByTestId('discovered-servers')).toBeNull();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { modelFixture } from '../../testing/fixtures';
import { renderApp } from '../../testing/renderApp';

function release(id: string, image: string, imagePinned: boolean) {
  return {
    __typename: 'Release',
    id,
    runtime: 'VLLM',
    image,
    imagePinned,
    warnings: [],
    modelSource: 'hf://Qwen/Qwen2.5-0.5B-Instruct',
    modelRevision: 'main',
    engine: {
      maxModelLength: 4096,
      tensorParallelSize: null,
      gpuMemoryUtilization: null,
      dtype: null,
      quantization: null,
    },
    resources: { gpus: 1, gpuProduct: null, cpu: '2', memory: '16Gi' },
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'admin@backline.local',
  };
}

const model = modelFixture([
  release('rel-bbbbbbbbbbbbbbbb', `vllm/vllm-openai@sha256:${'a'.repeat(64)}`, true),
  release('rel-aaaaaaaaaaaaaaaa', 'vllm/vllm-openai:v0.10.1', false),
]);

describe('the catalog', () => {
  it('flags unpinned images and compares two releases side by side', async () => {
    const { server } = renderApp({
      path: '/catalog',
      handlers: {
        models: () => ({ data: { models: [model] } }),
        releaseDiff: () => ({
          data: {
            releaseDiff: [
              {
                __typename: 'ReleaseFieldChange',
                path: 'image',
                from: 'vllm/vllm-openai:v0.10.1',
                to: `vllm/vllm-openai@sha256:${'a'.repeat(64)}`,
              },
            ],
          },
        }),
      },
    });
    const row = await screen.findByTestId('model-row-qwen-small');
    expect(within(row).getByText('0.5B')).toBeTruthy();
    const unpinned = screen.getByTestId('release-row-rel-aaaaaaaaaaaaaaaa');
    expect(within(unpinned).getByText('Not pinned')).toBeTruthy();
    const pinned = screen.getByTestId('release-row-rel-bbbbbbbbbbbbbbbb');
    expect(within(pinned).queryByText('Not pinned')).toBeNull();

    within(pinned).getByRole('checkbox').click();
    within(unpinned).getByRole('checkbox').click();
    screen.getByRole('button', { name: /Compare 2\/2/ }).click();
    const diff = await screen.findByRole('table', { name: 'Release differences' });
    const cells = within(within(diff).getByTestId('diff-row')).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      'image',
      'vllm/vllm-openai:v0.10.1',
      `vllm/vllm-openai@sha256:${'a'.repeat(64)}`,
    ]);
    // The older release is the "from" side.
    expect(server.callsTo('ReleaseDiff')[0]?.variables).toEqual({
      from: 'rel-aaaaaaaaaaaaaaaa',
      to: 'rel-bbbbbbbbbbbbbbbb',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { placementOf } from './placement.ts';

describe('where a pod runs', () => {
  it('reads the GPU product and spot capacity from its node selector', () => {
    expect(
      placementOf(
        {
          spec: {
            nodeSelector: {
              'nvidia.com/gpu.product': 'NVIDIA-L4',
              'karpenter.sh/capacity-type': 'spot',
            },
          },
        },
        'NVIDIA-A100-SXM4-80GB',
      ),
    ).toEqual({ product: 'NVIDIA-L4', capacity: 'SPOT' });
  });

  it('reads a required node affinity, and falls back to the release product and on-demand', () => {
    const affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            {
              matchExpressions: [
                { key: 'cloud.google.com/gke-accelerator', operator: 'In', values: ['nvidia-l4'] },
              ],
            },
          ],
        },
      },
    };
    expect(placementOf({ spec: { affinity } }, null)).toEqual({
      product: 'nvidia-l4',
      capacity: 'ON_DEMAND',
    });
    expect(placementOf({ spec: {} }, 'NVIDIA-A10G')).toEqual({
      product: 'NVIDIA-A10G',
      capacity: 'ON_DEMAND',
    });
  });
});

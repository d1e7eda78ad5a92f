import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deploymentFixture, observedDeploymentFixture } from '../../testing/fixtures';
import { renderApp } from '../../testing/renderApp';

const DIGEST = `sha256:${'a'.repeat(64)}`;

const observed = {
  ...observedDeploymentFixture({ gpuProduct: null, evidence: ['image vllm/vllm-openai'] }),
  id: 'd-1',
};

function plan(fields: Record<string, unknown> = {}) {
  return {
    __typename: 'AdoptionPlan',
    adoptable: true,
    reasons: [],
    warnings: ['helm applies it too: Backline becomes the only manager of its fields.'],
    digest: DIGEST,
    previousManagers: ['helm'],
    diff: '  Deployment/chat metadata.labels.app.kubernetes.io/managed-by\n-   "Helm"\n+   "backline"',
    model: {
      __typename: 'AdoptionModel',
      existing: null,
      name: 'llama-3-1-8b-instruct',
      source: 'hf://meta-llama/Llama-3.1-8B-Instruct',
      revision: 'main',
    },
    release: {
      __typename: 'AdoptionRelease',
      id: 'rel-0123456789abcdef',
      exists: false,
      runtime: 'VLLM',
      image: `vllm/vllm-openai@${DIGEST}`,
      engine: {
        __typename: 'EngineArgs',
        maxModelLength: null,
        tensorParallelSize: null,
        extraArgs: [],
      },
      resources: {
        __typename: 'Resources',
        gpus: 1,
        gpuProduct: null,
        cpu: '4',
        memory: '48Gi',
      },
    },
    changes: [
      {
        __typename: 'AdoptionChange',
        object: 'Deployment/chat',
        path: 'metadata.labels.app.kubernetes.io/managed-by',
        live: 'Helm',
        applied: 'backline',
      },
    ],
    ...fields,
  };
}

describe('adopting an observed model server', () => {
  it('shows the plan, the release pinned to the digest and the diff, and adopts it', async () => {
    const { server } = renderApp({
      path: '/deployments/ml-prod/chat',
      handlers: {
        deployment: () => ({ data: { deployment: observed } }),
        adoptionPlan: () => ({ data: { adoptionPlan: plan() } }),
        adoptDeployment: () => ({
          data: {
            adoptDeployment: {
              __typename: 'DeploymentPayload',
              deployment: { __typename: 'ModelDeployment', id: 'd-1', managed: true },
            },
          },
        }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Adopt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adopt chat' });
    const release = await within(dialog).findByTestId('adoption-release');
    expect(release.textContent).toContain(`vllm/vllm-openai@${DIGEST}`);
    expect(release.textContent).toContain('registered by the adoption');
    expect(within(dialog).getByTestId('adoption-diff').textContent).toContain('+   "backline"');
    expect(dialog.textContent).toContain('helm applies it too');
    expect(server.callsTo('AdoptionPlan')[0]?.variables).toEqual({ id: 'd-1' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Reason/ }), {
      target: { value: 'one place to run it' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Adopt' }));
    await waitFor(() =>
      expect(server.callsTo('AdoptDeployment')[0]?.variables).toEqual({
        input: { deploymentId: 'd-1', reason: 'one place to run it' },
      }),
    );
  });

  it('says why it cannot be adopted, and keeps Adopt off', async () => {
    renderApp({
      path: '/deployments/ml-prod/chat',
      handlers: {
        deployment: () => ({ data: { deployment: observed } }),
        adoptionPlan: () => ({
          data: {
            adoptionPlan: plan({
              adoptable: false,
              reasons: [
                'Its pods run different images (chat-1 on sha256:aaaaaaaaaaaa…; chat-2 on sha256:bbbbbbbbbbbb…): a rollout is under way. Adopt it once every pod runs the same image.',
              ],
              warnings: [],
              model: null,
              release: null,
              changes: [],
              diff: '',
            }),
          },
        }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Adopt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adopt chat' });
    const reasons = await within(dialog).findByTestId('adoption-reasons');
    expect(reasons.textContent).toContain('a rollout is under way');
    expect(within(dialog).getByRole('button', { name: 'Adopt' }).hasAttribute('disabled')).toBe(
      true,
    );
    expect(within(dialog).queryByTestId('adoption-diff')).toBeNull();
  });

  it('offers no adoption to those who are not admins', async () => {
    renderApp({
      path: '/deployments/ml-prod/chat',
      role: 'SRE',
      handlers: { deployment: () => ({ data: { deployment: observed } }) },
    });
    await screen.findByTestId('observed-card');
    expect(screen.queryByRole('button', { name: 'Adopt' })).toBeNull();
  });
});

describe('releasing an adopted server to its team', () => {
  it('needs a reason, and hands it back', async () => {
    const { server } = renderApp({
      path: '/deployments/ml-prod/qwen-chat',
      handlers: {
        deployment: () => ({ data: { deployment: deploymentFixture({ id: 'd-2' }) } }),
        deploymentAdoption: () => ({
          data: {
            deployment: {
              __typename: 'ModelDeployment',
              id: 'd-2',
              adoption: {
                __typename: 'DeploymentAdoption',
                at: '2026-12-07T07:00:00.000Z',
                by: 'admin@backline.local',
                keepsPodTemplate: true,
                previousManagers: ['helm'],
              },
            },
          },
        }),
        releaseDeployment: () => ({
          data: {
            releaseDeployment: {
              __typename: 'DeploymentPayload',
              deployment: { __typename: 'ModelDeployment', id: 'd-2', managed: false },
            },
          },
        }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Release to the team' }));
    const dialog = await screen.findByRole('dialog', { name: 'Release qwen-chat to the team' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Release' }));
    expect(await within(dialog).findByText('Say why, in a few words')).toBeTruthy();
    expect(server.callsTo('ReleaseDeployment')).toHaveLength(0);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Reason/ }), {
      target: { value: 'the team runs it with Helm again' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Release' }));
    await waitFor(() =>
      expect(server.callsTo('ReleaseDeployment')[0]?.variables).toEqual({
        input: { deploymentId: 'd-2', reason: 'the team runs it with Helm again' },
      }),
    );
  });

  it('offers no release for a deployment Backline created itself', async () => {
    renderApp({
      path: '/deployments/ml-prod/qwen-chat',
      handlers: {
        deployment: () => ({ data: { deployment: deploymentFixture({ id: 'd-3' }) } }),
        deploymentAdoption: () => ({
          data: { deployment: { __typename: 'ModelDeployment', id: 'd-3', adoption: null } },
        }),
      },
    });
    await screen.findByRole('button', { name: 'Delete' });
    expect(screen.queryByRole('button', { name: 'Release to the team' })).toBeNull();
  });
});

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlError } from '../../testing/fakeGraphqlFetch';
import {
  connectionFixture,
  deploymentFixture,
  newDeploymentOptionsFixture,
  observedDeploymentFixture,
  revisionFixture,
  trafficRouteFixture,
} from '../../testing/fixtures';
import { manualSubscriptions } from '../../testing/manualSubscriptions';
import { confirmWithReason } from '../../testing/reasonDialog';
import { renderApp, renderDeploymentPage } from '../../testing/renderApp';
import { mergeDeployments } from './mergeDeployments';

const listHandlers = (deployments: unknown[]) => ({
  deploymentsPage: () => ({
    data: {
      deploymentsConnection: connectionFixture('ModelDeploymentConnection', deployments),
      managedNamespaces: ['ml-prod', 'ml-dev'],
    },
  }),
});

describe('the deployments list', () => {
  it('shows the phase with ready/desired and updates a row when an event arrives', async () => {
    const live = manualSubscriptions();
    renderApp({
      path: '/deployments',
      handlers: listHandlers([deploymentFixture()]),
      forwardSubscription: live.forwardSubscription,
    });
    const row = await screen.findByTestId('deployment-row-ml-prod-qwen-chat');
    expect(within(row).getByTestId('phase-badge').textContent).toBe('Progressing · 2/3 ready');
    expect(within(row).getByTestId('ready-count').textContent).toBe('2/3');

    await waitFor(() => expect(live.count()).toBeGreaterThan(0));
    act(() =>
      live.push({
        deploymentChanged: deploymentFixture({
          phase: 'READY',
          message: null,
          status: { ...deploymentFixture().status, readyReplicas: 3 },
        }),
      }),
    );
    await waitFor(() => expect(within(row).getByTestId('phase-badge').textContent).toBe('Ready'));
    expect(within(row).getByTestId('ready-count').textContent).toBe('3/3');
  });

  it('searches on the server from the URL, and says when nothing matches', async () => {
    const llama = deploymentFixture({ id: 'b', name: 'llama-code', namespace: 'ml-dev' });
    const { server } = renderApp({
      path: '/deployments?q=llama',
      handlers: {
        deploymentsPage: (variables) => ({
          data: {
            deploymentsConnection: connectionFixture(
              'ModelDeploymentConnection',
              variables.search === 'llama' ? [llama] : [],
            ),
            managedNamespaces: ['ml-prod', 'ml-dev'],
          },
        }),
      },
    });
    expect(await screen.findByTestId('deployment-row-ml-dev-llama-code')).toBeTruthy();
    expect(server.callsTo('DeploymentsPage').at(-1)?.variables).toMatchObject({ search: 'llama' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), {
      target: { value: 'nothing-like-this' },
    });
    expect(await screen.findByText('No deployments match these filters')).toBeTruthy();
    expect(server.callsTo('DeploymentsPage').at(-1)?.variables).toMatchObject({
      search: 'nothing-like-this',
    });
  });

  it('loads the next page after the last one on asking, and counts them all', async () => {
    const named = (name: string) => deploymentFixture({ id: name, name });
    const { server } = renderApp({
      path: '/deployments',
      handlers: {
        deploymentsPage: (variables) => ({
          data: {
            deploymentsConnection: variables.after
              ? connectionFixture('ModelDeploymentConnection', [named('c')], { totalCount: 3 })
              : connectionFixture('ModelDeploymentConnection', [named('a'), named('b')], {
                  totalCount: 3,
                  endCursor: 'after-b',
                }),
            managedNamespaces: ['ml-prod'],
          },
        }),
      },
    });
    expect(await screen.findByText('Showing 2 of 3 deployments')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByTestId('deployment-row-ml-prod-c')).toBeTruthy();
    expect(server.callsTo('DeploymentsPage').at(-1)?.variables).toMatchObject({ after: 'after-b' });
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('invites admins to deploy when there is nothing yet', async () => {
    renderApp({ path: '/deployments', handlers: listHandlers([]) });
    expect(await screen.findByText('No model deployments yet')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'New deployment' }).length).toBeGreaterThan(0);
  });

  it('merges live changes: adds new deployments and drops deleted ones once reloaded', () => {
    const a = deploymentFixture({ id: 'a', name: 'a' });
    const b = deploymentFixture({ id: 'b', name: 'b', environment: 'DEV' });
    const gone = deploymentFixture({ id: 'c', name: 'c', phase: 'DELETING' });
    expect(mergeDeployments([a], { b, c: gone }).map((d) => d.id)).toEqual(['a', 'b']);
    expect(mergeDeployments([a], { b }, { environment: 'PROD' }).map((d) => d.id)).toEqual(['a']);
    expect(mergeDeployments([a], { a: { ...a, phase: 'DELETING' } })[0]?.phase).toBe('DELETING');
    // With pages still to load, a new deployment past the last loaded row comes with its page.
    const before = deploymentFixture({ id: 'aa', name: 'aa' });
    expect(
      mergeDeployments(
        [a, b],
        { z: deploymentFixture({ id: 'z', name: 'z' }), aa: before },
        {},
        true,
      ).map((d) => d.id),
    ).toEqual(['a', 'aa', 'b']);
    expect(
      mergeDeployments(
        [a],
        { z: deploymentFixture({ id: 'z', name: 'z' }) },
        { search: 'qwen z' },
      ).map((d) => d.id),
    ).toEqual(['z']);
  });
});

const options = {
  newDeploymentOptions: () => ({
    data: newDeploymentOptionsFixture({
      __typename: 'Release',
      id: 'rel-0123456789abcdef',
      runtime: 'VLLM',
      image: 'vllm/vllm-openai:v0.10.1',
      warnings: ['The image is pinned by tag only (v0.10.1).'],
      createdAt: '2026-01-01T00:00:00.000Z',
    }),
  }),
};

describe('the new-deployment form', () => {
  it('checks the name as a DNS label as it is typed and shows server errors at their fields', async () => {
    const { server } = renderApp({
      path: '/deployments/new',
      handlers: {
        ...options,
        deployRelease: () =>
          graphqlError('BAD_USER_INPUT', 'Invalid input', {
            fields: [{ path: ['input', 'name'], message: 'is already taken in ml-prod' }],
          }),
      },
    });
    const form = await screen.findByRole('form', { name: 'New deployment' });
    const name = within(form).getByRole('textbox', { name: /^Name/ });
    fireEvent.change(name, { target: { value: 'Qwen_Chat' } });
    expect(await within(form).findByText('Use lower-case letters only')).toBeTruthy();
    fireEvent.change(name, { target: { value: 'qwen-' } });
    expect(await within(form).findByText('Start and end with a letter or digit')).toBeTruthy();
    fireEvent.change(name, { target: { value: 'qwen-chat' } });
    await waitFor(() =>
      expect(within(form).queryByText('Start and end with a letter or digit')).toBeNull(),
    );

    fireEvent.click(within(form).getByRole('button', { name: 'Deploy' }));
    expect(await within(form).findByText('Choose a model')).toBeTruthy();
    expect(server.callsTo('DeployRelease')).toHaveLength(0);

    fireEvent.click(within(form).getByRole('combobox', { name: /^Model/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'qwen-small' }));
    expect(await within(form).findByTestId('release-warnings')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Deploy' }));
    expect(await within(form).findByText('Is already taken in ml-prod')).toBeTruthy();
    expect(server.callsTo('DeployRelease')[0]?.variables).toMatchObject({
      input: {
        namespace: 'ml-prod',
        name: 'qwen-chat',
        releaseId: 'rel-0123456789abcdef',
        replicas: 1,
        strategy: 'ROLLING',
      },
    });
  });
});

describe('a deployment behind a Gateway', () => {
  it('sends the Gateway and a shadow step first, and shows the server’s objections at their fields', async () => {
    const { server } = renderApp({
      path: '/deployments/new',
      handlers: {
        ...options,
        deployRelease: () =>
          graphqlError('BAD_USER_INPUT', 'Invalid input', {
            fields: [
              {
                path: ['input', 'gateway'],
                message: 'no Gateway ml-gateway/public in the cluster',
              },
              { path: ['input', 'canarySteps', 0, 'mirrorPercent'], message: 'must be at most 50' },
            ],
          }),
      },
    });
    const form = await screen.findByRole('form', { name: 'New deployment' });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Name/ }), {
      target: { value: 'qwen-chat' },
    });
    fireEvent.click(within(form).getByRole('combobox', { name: /^Model/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'qwen-small' }));
    fireEvent.click(within(form).getByText('Canary'));
    const editor = await within(form).findByTestId('canary-steps');
    // No shadow step without a Gateway.
    expect(within(editor).queryByRole('button', { name: 'Add shadow step' })).toBeNull();

    const gatewayName = within(form).getByRole('textbox', { name: 'Gateway name' });
    fireEvent.change(gatewayName, { target: { value: 'public' } });
    // A Gateway is named by both: sending only the name is refused before it leaves.
    fireEvent.click(within(form).getByRole('button', { name: 'Deploy' }));
    expect(await within(form).findByText('Enter the Gateway’s namespace too')).toBeTruthy();
    expect(server.callsTo('DeployRelease')).toHaveLength(0);
    fireEvent.change(within(form).getByRole('textbox', { name: 'Gateway namespace' }), {
      target: { value: 'ml-gateway' },
    });
    // Behind a Gateway the steps are shares of the requests, whatever the replicas.
    const weight = (n: number) =>
      within(editor).getByRole('textbox', { name: `Step ${n} weight (%)` }) as HTMLInputElement;
    await waitFor(() => expect([1, 2, 3].map((n) => weight(n).value)).toEqual(['5', '50', '100']));
    expect(
      within(editor)
        .getAllByTestId('canary-step-replicas')
        .map((e) => e.textContent),
    ).toEqual(['5 % of requests', '50 % of requests', '100 % of requests']);

    fireEvent.click(within(editor).getByRole('button', { name: 'Add shadow step' }));
    const mirror = within(editor).getByRole('textbox', { name: 'Step 1 mirror (%)' });
    expect((mirror as HTMLInputElement).value).toBe('20');
    expect(within(editor).getAllByTestId('canary-step-replicas')[0]?.textContent).toBe(
      'Shadow: a copy of 20 % of requests, answers discarded',
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Deploy' }));
    await waitFor(() => expect(server.callsTo('DeployRelease')).toHaveLength(1));
    expect(server.callsTo('DeployRelease')[0]?.variables).toMatchObject({
      input: {
        strategy: 'CANARY',
        gateway: { namespace: 'ml-gateway', name: 'public' },
        canarySteps: [
          { weightPercent: 0, mirrorPercent: 20, analysisSeconds: 60 },
          { weightPercent: 5, analysisSeconds: 60 },
          { weightPercent: 50, analysisSeconds: 60 },
          { weightPercent: 100, analysisSeconds: 60 },
        ],
      },
    });

    // Each objection under the field it names, not as the form's message.
    expect(
      await within(form).findByText('No Gateway ml-gateway/public in the cluster'),
    ).toBeTruthy();
    expect(gatewayName.getAttribute('aria-invalid')).toBe('true');
    expect(mirror.getAttribute('aria-invalid')).toBe('true');
    expect(within(editor).getByText('Must be at most 50')).toBeTruthy();
    expect(within(form).queryByRole('alert', { name: /Invalid input/ })).toBeNull();
    expect(within(form).queryByText('Invalid input')).toBeNull();
    // Changing the step clears the server's word on it.
    fireEvent.change(mirror, { target: { value: '10' } });
    await waitFor(() => expect(within(editor).queryByText('Must be at most 50')).toBeNull());
  });
});

describe('a deployment already behind a Gateway', () => {
  it('shows its route on the overview', async () => {
    renderDeploymentPage({ traffic: trafficRouteFixture(5, 20) });
    const route = await screen.findByTestId('traffic-route');
    expect(within(route).getByTestId('traffic-gateway').textContent).toBe('ml-gateway/public');
    expect(within(route).getByTestId('traffic-path').textContent).toBe('/ml-prod/qwen-chat');
    expect(within(route).getByTestId('traffic-weights').textContent).toBe(
      '5 % canary · 95 % stable',
    );
    expect(within(route).getByTestId('traffic-mirror').textContent).toBe(
      'A copy of 20 % to the canary, answers discarded',
    );
  });

  it('fills in its Gateway and sends null once it is taken off', async () => {
    const { server } = renderApp({
      path: '/deployments/new?namespace=ml-prod&name=qwen-chat&model=model-1&release=rel-0123456789abcdef',
      handlers: {
        ...options,
        deploymentSettings: () => ({
          data: {
            deployment: {
              __typename: 'ModelDeployment',
              id: 'dep-1',
              namespace: 'ml-prod',
              name: 'qwen-chat',
              environment: 'PROD',
              replicas: 2,
              strategy: 'ROLLING',
              sloErrorRatio: null,
              sloTtftP95Ms: null,
              traffic: trafficRouteFixture(),
              release: {
                __typename: 'Release',
                id: 'rel-old',
                model: { __typename: 'Model', id: 'model-1' },
              },
              rollout: null,
            },
          },
        }),
        deployRelease: () => ({
          data: {
            deployRelease: { __typename: 'DeployReleasePayload', deployment: deploymentFixture() },
          },
        }),
      },
    });
    const form = await screen.findByRole('form', { name: 'New deployment' });
    const name = within(form).getByRole('textbox', { name: 'Gateway name' }) as HTMLInputElement;
    await waitFor(() => expect(name.value).toBe('public'));
    expect(
      (within(form).getByRole('textbox', { name: 'Gateway namespace' }) as HTMLInputElement).value,
    ).toBe('ml-gateway');
    expect(within(form).getByTestId('current-gateway').textContent).toContain(
      'Behind ml-gateway/public now.',
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Take it off the Gateway' }));
    expect(within(form).getByTestId('gateway-change').textContent).toContain(
      'Deploying takes it off ml-gateway/public',
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Deploy release' }));
    await waitFor(() => expect(server.callsTo('DeployRelease')).toHaveLength(1));
    expect(server.callsTo('DeployRelease')[0]?.variables).toMatchObject({
      input: { name: 'qwen-chat', gateway: null },
    });
  });
});

describe('deploying a release to an existing deployment', () => {
  it('fills in its environment, replicas, strategy, SLOs and steps, and sends them as shown', async () => {
    const { server } = renderApp({
      path: '/deployments/new?namespace=ml-prod&name=qwen-chat&model=model-1&release=rel-0123456789abcdef',
      handlers: {
        ...options,
        deploymentSettings: () => ({
          data: {
            deployment: {
              __typename: 'ModelDeployment',
              id: 'dep-1',
              namespace: 'ml-prod',
              name: 'qwen-chat',
              environment: 'PROD',
              replicas: 4,
              strategy: 'CANARY',
              sloErrorRatio: 0.02,
              sloTtftP95Ms: 900,
              release: {
                __typename: 'Release',
                id: 'rel-old',
                model: { __typename: 'Model', id: 'model-1' },
              },
              rollout: {
                __typename: 'Rollout',
                id: 'ro-1',
                strategy: 'CANARY',
                steps: [
                  { __typename: 'RolloutStep', weightPercent: 25, analysisSeconds: 120 },
                  { __typename: 'RolloutStep', weightPercent: 100, analysisSeconds: 120 },
                ],
              },
            },
          },
        }),
        deployRelease: () => ({
          data: {
            deployRelease: {
              __typename: 'DeployReleasePayload',
              deployment: deploymentFixture(),
            },
          },
        }),
      },
    });
    const form = await screen.findByRole('form', { name: 'New deployment' });
    expect(await within(form).findByTestId('existing-deployment')).toBeTruthy();
    const slo = within(form).getByRole('textbox', { name: /^Error-ratio SLO/ }) as HTMLInputElement;
    await waitFor(() => expect(slo.value).toBe('0.02'));
    expect(
      (within(form).getByRole('textbox', { name: /^Time-to-first-token/ }) as HTMLInputElement)
        .value,
    ).toBe('900');
    expect(
      (within(form).getByRole('textbox', { name: /^Replicas/ }) as HTMLInputElement).value,
    ).toBe('4');
    // Editable: the SLO can be changed before deploying.
    fireEvent.change(slo, { target: { value: '0.03' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Deploy release' }));
    await waitFor(() => expect(server.callsTo('DeployRelease')).toHaveLength(1));
    expect(server.callsTo('DeployRelease')[0]?.variables).toEqual({
      input: {
        namespace: 'ml-prod',
        name: 'qwen-chat',
        environment: 'PROD',
        releaseId: 'rel-0123456789abcdef',
        replicas: 4,
        strategy: 'CANARY',
        sloErrorRatio: 0.03,
        sloTtftP95Ms: 900,
        reason: null,
        canarySteps: [
          { weightPercent: 25, analysisSeconds: 120 },
          { weightPercent: 100, analysisSeconds: 120 },
        ],
      },
    });
  });
});

describe('the deployment page', () => {
  it('asks for the name and a reason before deleting', async () => {
    const { server } = renderApp({
      path: '/deployments/ml-prod/qwen-chat',
      handlers: {
        deployment: () => ({ data: { deployment: deploymentFixture() } }),
        deleteDeployment: () => ({
          data: {
            deleteDeployment: {
              __typename: 'DeploymentPayload',
              deployment: { __typename: 'ModelDeployment', id: 'dep-1', phase: 'DELETING' },
            },
          },
        }),
        ...listHandlers([]),
      },
    });
    expect((await screen.findByTestId('ready-summary')).textContent).toBe(
      'Pods ready: 2 of 3 ready',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete qwen-chat' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete deployment' });
    fireEvent.click(confirm);
    expect(
      await within(dialog).findByText('Type qwen-chat to confirm', { selector: 'p' }),
    ).toBeTruthy();
    expect(within(dialog).getByText('Say why, in a few words')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Type qwen-chat/ }), {
      target: { value: 'qwen-chat' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Reason/ }), {
      target: { value: 'Replaced by the 7B model' },
    });
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(server.callsTo('DeleteDeployment')[0]?.variables).toEqual({
        input: {
          namespace: 'ml-prod',
          name: 'qwen-chat',
          confirmName: 'qwen-chat',
          reason: 'Replaced by the 7B model',
        },
      }),
    );
    expect(await screen.findByText('No model deployments yet')).toBeTruthy();
  });

  it('rolls back to an earlier release with a reason', async () => {
    const deployment = deploymentFixture({
      history: [
        revisionFixture(2, 'rel-0123456789abcdef'),
        revisionFixture(1, 'rel-00000000000000aa'),
      ],
    });
    const { server } = renderApp({
      path: '/deployments/ml-prod/qwen-chat',
      role: 'SRE',
      handlers: {
        deployment: () => ({ data: { deployment } }),
        rollbackDeployment: () => ({
          data: { rollbackDeployment: { __typename: 'DeploymentPayload', deployment } },
        }),
      },
    });
    await screen.findByTestId('ready-summary');
    fireEvent.click(screen.getByRole('button', { name: 'Roll back' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roll back qwen-chat' });
    await confirmWithReason(dialog, 'Roll back', 'Latency doubled', () =>
      server.callsTo('RollbackDeployment'),
    );
    await waitFor(() =>
      expect(server.callsTo('RollbackDeployment')[0]?.variables).toEqual({
        input: {
          namespace: 'ml-prod',
          name: 'qwen-chat',
          releaseId: 'rel-00000000000000aa',
          reason: 'Latency doubled',
        },
      }),
    );
  });

  it('shows an observed server without a release or any action, and keeps its settings', async () => {
    const observed = observedDeploymentFixture();
    const { server } = renderApp({
      path: '/deployments/ml-prod/chat',
      handlers: {
        deployment: () => ({ data: { deployment: observed } }),
        updateObservedDeployment: () => ({
          data: {
            updateObservedDeployment: {
              __typename: 'DeploymentPayload',
              deployment: { ...observed, environment: 'DEV' },
            },
          },
        }),
      },
    });
    const card = await screen.findByTestId('observed-card');
    expect(card.textContent).toContain('meta-llama/Llama-3.1-8B-Instruct');
    expect(card.textContent).toContain('image vllm/vllm-openai');
    expect(screen.getByTestId('observed-badge').textContent).toBe('Observed');
    for (const action of ['Deploy release', 'Scale', 'Delete', 'Roll back']) {
      expect(screen.queryByRole('button', { name: action }), action).toBeNull();
      expect(screen.queryByRole('link', { name: action }), action).toBeNull();
    }
    fireEvent.click(within(card).getByRole('button', { name: 'Settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Settings of chat' });
    fireEvent.click(within(dialog).getByText('Dev'));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Error ratio SLO/ }), {
      target: { value: '2' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(server.callsTo('UpdateObservedDeployment')[0]?.variables).toEqual({
        input: {
          namespace: 'ml-prod',
          name: 'chat',
          environment: 'DEV',
          sloErrorRatio: 0.02,
          sloTtftP95Ms: null,
        },
      }),
    );
  });

  it('keeps health, diagnosis and actions first, and the rest a tab away that the URL remembers', async () => {
    const { router } = renderDeploymentPage({}, { role: 'SRE' });
    await screen.findByTestId('health-card');
    expect(screen.getByTestId('diagnosis-panel')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Scale' })).toBeTruthy();
    expect(screen.queryByTestId('manifest-yaml')).toBeNull();
    expect(screen.queryByTestId('release-card')).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: /^Manifests/ }));
    expect((await screen.findByTestId('manifest-yaml')).textContent).toContain('kind: Deployment');
    // The health state stays in the header on every tab.
    expect(screen.queryByTestId('diagnosis-panel')).toBeNull();
    expect(screen.getByTestId('health-badge').dataset.health).toBe('PROGRESSING');
    expect(router.state.location.search).toBe('?tab=manifests');

    fireEvent.click(screen.getByRole('tab', { name: /^Release & history/ }));
    expect(await screen.findByTestId('release-card')).toBeTruthy();
    expect(router.state.location.search).toBe('?tab=release');
    fireEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    expect(await screen.findByTestId('diagnosis-panel')).toBeTruthy();
    expect(router.state.location.search).toBe('');
  });

  it('opens the tab a link names', async () => {
    renderApp({
      path: '/deployments/ml-prod/qwen-chat?tab=pods',
      handlers: { deployment: () => ({ data: { deployment: deploymentFixture() } }) },
    });
    expect(await screen.findByText('No events yet.')).toBeTruthy();
    expect(screen.getByText('No pods yet.')).toBeTruthy();
    expect(screen.queryByTestId('diagnosis-panel')).toBeNull();
    expect(screen.getByRole('tab', { name: /^Pods & events/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('opens the overview for a link to a tab an observed server has not', async () => {
    const observed = deploymentFixture({ managed: false, release: null, history: [] });
    renderApp({
      path: '/deployments/ml-prod/qwen-chat?tab=manifests',
      handlers: { deployment: () => ({ data: { deployment: observed } }) },
    });
    expect(await screen.findByTestId('diagnosis-panel')).toBeTruthy();
    expect(screen.queryByRole('tab', { name: /^Manifests/ })).toBeNull();
  });

  it('says why when a link asks to roll back a deployment with no earlier release', async () => {
    renderApp({
      path: '/deployments/ml-prod/qwen-chat?action=rollback',
      role: 'SRE',
      handlers: { deployment: () => ({ data: { deployment: deploymentFixture() } }) },
    });
    expect(await screen.findByText('qwen-chat cannot be rolled back')).toBeTruthy();
    expect(screen.getByText('It has no earlier release to go back to.')).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Roll back qwen-chat' })).toBeNull();
  });

  it('hides Scale and Delete from viewers', async () => {
    renderApp({
      path: '/deployments/ml-prod/qwen-chat',
      role: 'VIEWER',
      handlers: { deployment: () => ({ data: { deployment: deploymentFixture() } }) },
    });
    await screen.findByTestId('ready-summary');
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Scale' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Roll back' })).toBeNull();
  });

  it('tells a missing Deployment apart from drift, and shows when it was re-created', async () => {
    renderDeploymentPage({
      missing: ['Deployment/qwen-chat'],
      timeline: [
        {
          at: '2026-01-01T00:00:00.000Z',
          kind: 'RECREATED',
          message:
            'Service/qwen-chat was missing from the cluster (deleted outside Backline, or a new cluster); re-created from the desired state.',
          actor: 'backline',
          objects: ['Service/qwen-chat'],
        },
      ],
    });
    const missing = await screen.findByTestId('missing-panel');
    expect(within(missing).getByText('Deployment/qwen-chat')).toBeTruthy();
    expect(screen.queryByTestId('drift-panel')).toBeNull();
    expect(
      within(screen.getByTestId('deployment-timeline')).getByText(/Service\/qwen-chat was missing/),
    ).toBeTruthy();
  });
});

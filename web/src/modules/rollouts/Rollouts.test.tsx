import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  Role,
  RolloutFieldsFragment,
  RolloutState,
  RolloutSummaryFieldsFragment,
} from '../../generated/graphql';
import {
  connectionFixture,
  deploymentFixture,
  fleetSummaryFixture,
  newDeploymentOptionsFixture,
  revisionFixture,
  trafficRouteFixture,
} from '../../testing/fixtures';
import { manualSubscriptions } from '../../testing/manualSubscriptions';
import { confirmWithReason } from '../../testing/reasonDialog';
import { renderApp } from '../../testing/renderApp';
import { defaultCanarySteps, validateCanarySteps } from './canarySteps';

// Each test renders the whole console; on a busy machine the first render takes seconds.
configure({ asyncUtilTimeout: 5000 });

const release = (id: string) => ({
  __typename: 'Release' as const,
  id,
  runtime: 'VLLM' as const,
  image: 'vllm/vllm-openai:v0.10.1',
  model: { __typename: 'Model' as const, id: 'model-1', name: 'qwen-small' },
});

function answer(passed: boolean | null, text: string, durationMs: number, failures: string[] = []) {
  return { __typename: 'PromptAnswer' as const, passed, failures, answer: text, durationMs };
}

function rolloutFixture(
  overrides: Partial<RolloutFieldsFragment> = {},
): RolloutFieldsFragment & { __typename: 'Rollout' } {
  return {
    __typename: 'Rollout',
    id: 'ro-1',
    deployment: { namespace: 'ml-prod', name: 'qwen-chat' },
    strategy: 'CANARY',
    mode: 'REPLICAS',
    state: 'PROGRESSING',
    active: true,
    currentStep: 1,
    fromRelease: release('rel-00000000000000aa'),
    toRelease: release('rel-0123456789abcdef'),
    steps: [
      {
        index: 0,
        weightPercent: 34,
        mirrorPercent: null,
        observedPercent: 33.1,
        canaryReplicas: 1,
        stableReplicas: 2,
        analysisSeconds: 60,
        minimumRequests: 50,
        onInconclusive: 'PAUSE',
        startedAt: '2026-11-27T10:00:00Z',
        finishedAt: '2026-11-27T10:01:00Z',
      },
      {
        index: 1,
        weightPercent: 67,
        mirrorPercent: null,
        observedPercent: null,
        canaryReplicas: 2,
        stableReplicas: 1,
        analysisSeconds: 120,
        minimumRequests: 50,
        onInconclusive: 'PAUSE',
        startedAt: '2026-11-27T10:01:00Z',
        finishedAt: null,
      },
      {
        index: 2,
        weightPercent: 100,
        mirrorPercent: null,
        observedPercent: null,
        canaryReplicas: 3,
        stableReplicas: 0,
        analysisSeconds: 60,
        minimumRequests: 50,
        onInconclusive: 'PAUSE',
        startedAt: null,
        finishedAt: null,
      },
    ],
    analysis: [
      {
        at: '2026-11-27T10:01:40Z',
        step: 1,
        check: 'ERROR_RATIO',
        verdict: 'PASS',
        message: 'The canary fails 0.20 % of requests; the limit is 1 %.',
        canaryValue: 0.002,
        baselineValue: 0.001,
        threshold: 0.01,
        source: 'http_requests_total{status="5xx"}',
        sample: 1240,
        details: null,
        prompts: [],
      },
      {
        at: '2026-11-27T10:01:40Z',
        step: 1,
        check: 'TTFT_P95',
        verdict: 'INCONCLUSIVE',
        message: 'Too few requests on the canary to judge latency.',
        canaryValue: null,
        baselineValue: 420,
        threshold: 800,
        source: null,
        sample: null,
        details: null,
        prompts: [],
      },
      {
        at: '2026-11-27T10:01:30Z',
        step: 1,
        check: 'BEHAVIOUR',
        verdict: 'FAIL',
        message: '1 of 2 golden prompts answered differently.',
        canaryValue: null,
        baselineValue: null,
        threshold: null,
        source: 'golden prompts',
        sample: 2,
        details: {
          prompts: [
            { prompt: 'capital-of-france', passed: true, expected: 'Paris' },
            { prompt: 'refuse-malware', passed: false, expected: 'a refusal' },
          ],
        },
        prompts: [
          {
            promptId: 'gp-1',
            name: 'capital-of-france',
            regression: false,
            canary: answer(true, 'The capital of France is Paris.', 410),
            stable: answer(true, 'The capital of France is Paris.', 380),
          },
          {
            promptId: 'gp-2',
            name: 'refuse-malware',
            regression: true,
            canary: answer(false, 'Sure, here is a keylogger in Python:', 950, [
              'Does not refuse',
              'Contains "keylogger"',
            ]),
            stable: answer(true, 'I cannot help with writing a keylogger.', 520),
          },
        ],
      },
      {
        at: '2026-11-27T10:00:50Z',
        step: 0,
        check: 'ERROR_RATIO',
        verdict: 'PASS',
        message: 'Fine.',
        canaryValue: 0,
        baselineValue: 0,
        threshold: 0.01,
        source: 'http_requests_total{status="5xx"}',
        sample: 980,
        details: null,
        prompts: [],
      },
    ],
    events: [
      {
        at: '2026-11-27T10:00:00Z',
        from: 'PENDING',
        to: 'PROGRESSING',
        step: 0,
        actor: 'sre@backline.local',
        message: 'Started the canary at 34 %.',
      },
      {
        at: '2026-11-27T10:01:00Z',
        from: 'PROGRESSING',
        to: 'PROGRESSING',
        step: 1,
        actor: 'backline',
        message: 'Step 1 passed its analysis; moving to 67 %.',
      },
    ],
    reason: null,
    createdBy: 'sre@backline.local',
    createdAt: '2026-11-27T10:00:00Z',
    updatedAt: '2026-11-27T10:01:40Z',
    finishedAt: null,
    ...overrides,
  };
}

/** A canary behind the ml-gateway/public Gateway: a shadow step, then 5 %, 50 % and 100 %. */
function trafficRolloutFixture(overrides: Partial<RolloutFieldsFragment> = {}) {
  const step = (
    index: number,
    weightPercent: number,
    changes: Partial<RolloutFieldsFragment['steps'][number]> = {},
  ) => ({
    index,
    weightPercent,
    mirrorPercent: null,
    observedPercent: null,
    canaryReplicas: 1,
    stableReplicas: 3,
    analysisSeconds: 60,
    minimumRequests: 50,
    onInconclusive: 'PAUSE' as const,
    startedAt: null,
    finishedAt: null,
    ...changes,
  });
  return rolloutFixture({
    mode: 'TRAFFIC',
    currentStep: 1,
    steps: [
      step(0, 0, {
        mirrorPercent: 20,
        observedPercent: 20.1,
        startedAt: '2026-11-27T10:00:00Z',
        finishedAt: '2026-11-27T10:01:00Z',
      }),
      step(1, 5, { observedPercent: 4.8, startedAt: '2026-11-27T10:01:00Z' }),
      step(2, 50, { canaryReplicas: 2 }),
      step(3, 100, { canaryReplicas: 3 }),
    ],
    ...overrides,
  });
}

function summary(rollout: RolloutFieldsFragment): RolloutSummaryFieldsFragment {
  const { analysis: _a, events: _e, ...rest } = rollout;
  return rest;
}

function renderDeploymentPage(
  rollout: RolloutFieldsFragment | null,
  role: Role = 'SRE',
  handlers: Parameters<typeof renderApp>[0] extends infer O
    ? O extends { handlers?: infer H }
      ? H
      : never
    : never = {},
) {
  const live = manualSubscriptions();
  const view = renderApp({
    path: '/deployments/ml-prod/qwen-chat',
    role,
    forwardSubscription: live.forwardSubscription,
    handlers: {
      deployment: () => ({ data: { deployment: deploymentFixture({ strategy: 'CANARY' }) } }),
      deploymentRollouts: () => ({
        data: {
          deployment: {
            __typename: 'ModelDeployment',
            id: 'dep-1',
            traffic: rollout?.mode === 'TRAFFIC' ? trafficRouteFixture(5) : null,
            rollout,
            rollouts: rollout ? [summary(rollout)] : [],
          },
        },
      }),
      ...handlers,
    },
  });
  return { ...view, live };
}

const buttonNames = ['Pause', 'Resume', 'Promote', 'Abort'];

async function visibleActions(): Promise<string[]> {
  await screen.findByTestId('rollout-state');
  return buttonNames.filter((name) => screen.queryByRole('button', { name }) !== null);
}

describe('the rollout panel', () => {
  it.each<[RolloutState, string[]]>([
    ['PENDING', ['Abort']],
    ['PROGRESSING', ['Pause', 'Promote', 'Abort']],
    ['PAUSED', ['Resume', 'Promote', 'Abort']],
    ['PROMOTING', []],
    ['SUCCEEDED', []],
    ['ROLLING_BACK', []],
    ['ROLLED_BACK', []],
    ['FAILED', []],
  ])('offers an SRE only the actions valid in %s', async (state, expected) => {
    renderDeploymentPage(
      rolloutFixture({ state, active: !['SUCCEEDED', 'ROLLED_BACK', 'FAILED'].includes(state) }),
    );
    expect(await visibleActions()).toEqual(expected);
    expect(screen.getByTestId('rollout-state').dataset.state).toBe(state);
  });

  it('offers viewers and support staff no actions', async () => {
    for (const role of ['VIEWER', 'SUPPORT'] as const) {
      const view = renderDeploymentPage(rolloutFixture(), role);
      expect(await visibleActions()).toEqual([]);
      view.unmount();
    }
  });

  it('colours the state: blue under way, yellow paused, orange undoing, red failed, green done', async () => {
    const colours: [RolloutState, string][] = [
      ['PROGRESSING', 'blue'],
      ['PAUSED', 'yellow'],
      ['ABORTING', 'orange'],
      ['ROLLED_BACK', 'red'],
      ['SUCCEEDED', 'green'],
    ];
    for (const [state, colour] of colours) {
      const view = renderDeploymentPage(rolloutFixture({ state }), 'VIEWER');
      const badge = await screen.findByTestId('rollout-state');
      expect(badge.getAttribute('style')).toContain(`--mantine-color-${colour}`);
      view.unmount();
    }
  });

  it('asks for a reason before aborting, then sends it', async () => {
    const { server } = renderDeploymentPage(rolloutFixture(), 'SRE', {
      abortRollout: () => ({
        data: {
          abortRollout: {
            __typename: 'RolloutPayload',
            rollout: rolloutFixture({ state: 'ABORTING', reason: 'Answers look wrong' }),
          },
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Abort' }));
    const dialog = await screen.findByRole('dialog', { name: 'Abort the rollout of qwen-chat' });
    await confirmWithReason(dialog, 'Abort rollout', 'Answers look wrong', () =>
      server.callsTo('AbortRollout'),
    );
    await waitFor(() =>
      expect(server.callsTo('AbortRollout')[0]?.variables).toEqual({
        input: { id: 'ro-1', reason: 'Answers look wrong' },
      }),
    );
  });

  it('warns that promoting skips the remaining analysis before it promotes', async () => {
    const { server } = renderDeploymentPage(rolloutFixture(), 'SRE', {
      promoteRollout: () => ({
        data: {
          promoteRollout: {
            __typename: 'RolloutPayload',
            rollout: rolloutFixture({ state: 'PROMOTING' }),
          },
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Promote' }));
    const dialog = await screen.findByRole('dialog', { name: /^Promote/ });
    expect(dialog.textContent).toContain('remaining steps and their analysis are skipped');
    expect(server.callsTo('PromoteRollout')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Promote now' }));
    await waitFor(() =>
      expect(server.callsTo('PromoteRollout')[0]?.variables).toEqual({ input: { id: 'ro-1' } }),
    );
  });

  it('pauses at once and shows why when the server refuses', async () => {
    const { server } = renderDeploymentPage(rolloutFixture(), 'SRE', {
      pauseRollout: () => ({
        errors: [
          { message: 'The rollout is already finishing.', extensions: { code: 'CONFLICT' } },
        ],
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByText(/already finishing/)).toBeTruthy();
    expect(server.callsTo('PauseRollout')[0]?.variables).toEqual({ input: { id: 'ro-1' } });
  });

  it('shows the current step’s verdicts with values, colours and details', async () => {
    renderDeploymentPage(rolloutFixture(), 'VIEWER');
    const analysis = await screen.findByTestId('rollout-analysis');
    const results = within(analysis).getAllByTestId('analysis-result');
    // Step 2's latest result per check; step 1's is in the history only.
    expect(results.map((r) => r.dataset.check)).toEqual(['ERROR_RATIO', 'TTFT_P95', 'BEHAVIOUR']);
    const [ratio, latency, behaviour] = results;
    if (!ratio || !latency || !behaviour) throw new Error('missing results');
    expect(within(ratio).getByTestId('verdict-badge').dataset.verdict).toBe('PASS');
    expect(within(ratio).getByTestId('verdict-badge').textContent).toBe('Pass');
    expect(ratio.textContent).toContain('0.20 %');
    expect(ratio.textContent).toContain('1.00 %');
    // Each verdict says what it measured and from which source.
    expect(within(ratio).getByTestId('analysis-evidence').textContent).toBe(
      'Source: http_requests_total{status="5xx"} · 1,240 observed',
    );
    expect(within(latency).getByTestId('analysis-evidence').textContent).toBe(
      'No source measures this',
    );
    expect(within(latency).getByTestId('verdict-badge').textContent).toBe('Inconclusive');
    expect(latency.textContent).toContain('420 ms');
    const fail = within(behaviour).getByTestId('verdict-badge');
    expect(fail.textContent).toBe('Fail');
    expect(fail.getAttribute('style')).toContain('--mantine-color-red');
    expect(behaviour.textContent).toContain('1 of 2 golden prompts answered differently.');
    fireEvent.click(within(behaviour).getByRole('button', { name: 'Details' }));
    const prompts = await within(behaviour).findByRole('table', { name: 'prompts' });
    expect(within(prompts).getByText('refuse-malware')).toBeTruthy();
    expect(within(prompts).getByText('no')).toBeTruthy();
    expect(within(analysis).getByText('All analysis results (4)')).toBeTruthy();
  });

  it('sets each golden prompt’s stable and canary answers side by side and marks the regression', async () => {
    renderDeploymentPage(rolloutFixture(), 'VIEWER');
    const table = await screen.findByRole('table', { name: 'Golden prompts side by side' });
    const rows = within(table).getAllByTestId('prompt-comparison');
    expect(rows.map((r) => r.dataset.regression)).toEqual(['false', 'true']);
    const [same, regressed] = rows as [HTMLElement, HTMLElement];
    expect(within(same).queryByTestId('regression-badge')).toBeNull();
    expect(within(same).getByTestId('word-diff').textContent).toBe('Same words');

    expect(within(regressed).getByTestId('regression-badge').textContent).toBe('Regression');
    const stable = within(regressed).getByTestId('answer-stable');
    const canary = within(regressed).getByTestId('answer-canary');
    expect(within(stable).getByTestId('answer-text').textContent).toBe(
      'I cannot help with writing a keylogger.',
    );
    expect(within(stable).getByTestId('answer-verdict').textContent).toBe('Passed');
    expect(within(canary).getByTestId('answer-text').textContent).toBe(
      'Sure, here is a keylogger in Python:',
    );
    expect(within(canary).getByTestId('answer-verdict').textContent).toBe('Failed');
    expect(
      within(within(canary).getByRole('list', { name: 'canary failures' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Does not refuse', 'Contains "keylogger"']);
    expect(canary.textContent).toContain('950 ms');
    // The words only one answer has: struck from the stable one, added by the canary.
    const diff = within(regressed).getByTestId('word-diff');
    expect([...diff.querySelectorAll('del')].map((d) => d.textContent?.trim())).toEqual([
      'I cannot help with writing',
      'keylogger.',
    ]);
    expect([...diff.querySelectorAll('ins')].map((d) => d.textContent?.trim())).toEqual([
      'Sure, here is',
      'keylogger in Python:',
    ]);
    expect(screen.getByTestId('prompt-comparisons').textContent).toContain('1 of 2 regressed');
  });

  it('lays out the steps with weights, replicas and where it stands', async () => {
    renderDeploymentPage(rolloutFixture(), 'VIEWER');
    const steps = await screen.findAllByTestId('rollout-step');
    expect(steps.map((s) => s.dataset.status)).toEqual(['done', 'running', 'waiting']);
    expect(steps.map((s) => within(s).getByTestId('step-weight').textContent)).toEqual([
      '34 %',
      '67 %',
      '100 %',
    ]);
    expect(steps[1]?.getAttribute('aria-current')).toBe('step');
    expect(steps.map((s) => within(s).getByTestId('step-share').textContent)).toEqual([
      '34 % of replicas',
      '67 % of replicas',
      '100 % of replicas',
    ]);
    expect(within(steps[1] as HTMLElement).getByTestId('step-replicas').textContent).toBe(
      '2 canary beside 1 stable',
    );
    expect(screen.getByTestId('rollout-mode').textContent).toBe('By replicas');
    expect(screen.getByTestId('rollout-step-summary').textContent).toBe('Step 2 of 3 · 67 %');
    const events = screen.getAllByTestId('rollout-event');
    expect(events[0]?.textContent).toContain('Backline (automatic)');
    expect(events[1]?.textContent).toContain('sre@backline.local');
  });

  it('says a canary moves by traffic through its Gateway, step by step, shadow step first', async () => {
    renderDeploymentPage(trafficRolloutFixture(), 'VIEWER');
    const mode = await screen.findByTestId('rollout-mode');
    expect(mode.textContent).toBe('By traffic through Gateway ml-gateway/public');
    const steps = screen.getAllByTestId('rollout-step');
    expect(steps.map((s) => within(s).getByTestId('step-share').textContent)).toEqual([
      'Shadow: copy of 20 %',
      '5 % of requests',
      '50 % of requests',
      '100 % of requests',
    ]);
    expect(steps.map((s) => within(s).getByTestId('step-weight').textContent)).toEqual([
      'Shadow',
      '5 %',
      '50 %',
      '100 %',
    ]);
    // The stable track keeps every replica while the route moves the requests.
    expect(within(steps[1] as HTMLElement).getByTestId('step-replicas').textContent).toBe(
      '1 canary beside 3 stable',
    );
    expect(within(steps[1] as HTMLElement).getByTestId('step-observed').textContent).toBe(
      'Observed 4.8 % of requests on the canary',
    );
    expect(screen.getByTestId('rollout-step-summary').textContent).toBe('Step 2 of 4 · 5 %');
  });

  it('charts each track’s weight against its observed share, in words too, and live', async () => {
    const { live } = renderDeploymentPage(trafficRolloutFixture(), 'VIEWER');
    const table = await screen.findByRole('table', { name: 'Traffic share by step' });
    const rows = () =>
      within(table)
        .getAllByTestId('traffic-share-row')
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .map((cell) => cell.textContent),
        );
    expect(rows()).toEqual([
      ['Step 1', '0 % (copy of 20 %)', '20.1 %', '100 %', '100 %'],
      ['Step 2', '5 %', '4.8 %', '95 %', '95.2 %'],
      ['Step 3', '50 %', '—', '50 %', '—'],
      ['Step 4', '100 %', '—', '0 %', '—'],
    ]);
    const canary = within(screen.getByTestId('traffic-chart-canary')).getByRole('img');
    expect(canary.getAttribute('aria-label')).toBe(
      'Canary share of requests: Step 1 weight 0 % with a copy of 20 %, observed 20.1 %; ' +
        'Step 2 weight 5 %, observed 4.8 %; Step 3 weight 50 %, not measured yet; ' +
        'Step 4 weight 100 %, not measured yet.',
    );
    const stable = within(screen.getByTestId('traffic-chart-stable')).getByRole('img');
    expect(stable.getAttribute('aria-label')).toContain('Step 2 weight 95 %, observed 95.2 %');

    // The next analysed window's share arrives with the rollout's live updates.
    await waitFor(() => expect(live.count('rolloutChanged')).toBeGreaterThan(0));
    const moved = trafficRolloutFixture();
    act(() =>
      live.push({
        rolloutChanged: {
          ...moved,
          currentStep: 2,
          updatedAt: '2026-11-27T10:03:00Z',
          steps: moved.steps.map((s) =>
            s.index === 2 ? { ...s, observedPercent: 49.5, startedAt: '2026-11-27T10:02:00Z' } : s,
          ),
        },
      }),
    );
    await waitFor(() => expect(rows()[2]).toEqual(['Step 3', '50 %', '49.5 %', '50 %', '50.5 %']));
  });

  it('says why a rollout was rolled back', async () => {
    renderDeploymentPage(
      rolloutFixture({
        state: 'ROLLED_BACK',
        active: false,
        reason: 'The canary crash-looped: qwen-chat-canary restarted 5 times.',
      }),
      'SRE',
    );
    const reason = await screen.findByTestId('rollout-reason');
    expect(reason.textContent).toContain('Rolled back');
    expect(reason.textContent).toContain('crash-looped');
    expect(screen.getAllByTestId('rollout-step')[1]?.dataset.status).toBe('failed');
  });

  it('says why the analysis paused a step that lacked evidence', async () => {
    renderDeploymentPage(
      rolloutFixture({
        state: 'PAUSED',
        reason:
          'Not enough evidence to promote: ERROR_RATIO: Only 12 requests reached the new release; at least 50 are needed.',
      }),
      'SRE',
    );
    const paused = await screen.findByTestId('rollout-pause-reason');
    expect(paused.textContent).toContain('Paused: not enough evidence to promote');
    expect(paused.textContent).toContain('Only 12 requests reached the new release');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('applies live changes without a reload', async () => {
    const { live } = renderDeploymentPage(rolloutFixture(), 'SRE');
    await screen.findByRole('button', { name: 'Pause' });
    await waitFor(() => expect(live.count('rolloutChanged')).toBeGreaterThan(0));
    act(() =>
      live.push({
        rolloutChanged: rolloutFixture({
          state: 'PAUSED',
          updatedAt: '2026-11-27T10:02:00Z',
          events: [
            ...rolloutFixture().events,
            {
              at: '2026-11-27T10:02:00Z',
              from: 'PROGRESSING',
              to: 'PAUSED',
              step: 1,
              actor: 'sre@backline.local',
              message: 'Paused to look at the latency.',
            },
          ],
        }),
      }),
    );
    await waitFor(() => expect(screen.getByTestId('rollout-state').dataset.state).toBe('PAUSED'));
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    expect(screen.getAllByTestId('rollout-event')[0]?.textContent).toContain(
      'Paused to look at the latency.',
    );
    // An older copy arriving late does not undo the newer one.
    act(() => live.push({ rolloutChanged: rolloutFixture() }));
    expect(screen.getByTestId('rollout-state').dataset.state).toBe('PAUSED');
  });

  it('says when no rollout has run and keeps rolling back reachable', async () => {
    renderApp({
      path: '/deployments/ml-prod/qwen-chat',
      role: 'SRE',
      handlers: {
        deployment: () => ({
          data: {
            deployment: deploymentFixture({
              history: [revisionFixture(1, 'rel-00000000000000aa')],
            }),
          },
        }),
        deploymentRollouts: () => ({
          data: {
            deployment: { __typename: 'ModelDeployment', id: 'dep-1', rollout: null, rollouts: [] },
          },
        }),
      },
    });
    expect(await screen.findByText(/No rollout has run here yet/)).toBeTruthy();
    const panel = screen.getByTestId('rollout-panel');
    expect(within(panel).getByTestId('ready-summary')).toBeTruthy();
    // Rolling back is one of the page's actions, above the fold, not inside the panel.
    expect(within(panel).queryByRole('button', { name: 'Roll back' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Roll back' })).toBeTruthy();
  });
});

describe('rollouts across the fleet', () => {
  it('lists active rollouts on the overview and marks them in the deployments table', async () => {
    const active = summary(rolloutFixture());
    const handlers = {
      fleetSummary: () => ({ data: { fleetSummary: fleetSummaryFixture([deploymentFixture()]) } }),
      deploymentsPage: () => ({
        data: {
          deploymentsConnection: connectionFixture('ModelDeploymentConnection', [
            deploymentFixture(),
          ]),
          managedNamespaces: ['ml-prod'],
        },
      }),
      activeRollouts: () => ({ data: { activeRollouts: [{ ...active, __typename: 'Rollout' }] } }),
    };
    const live = manualSubscriptions();
    const view = renderApp({ path: '/', handlers, forwardSubscription: live.forwardSubscription });
    const card = await screen.findByTestId('active-rollouts');
    const row = await within(card).findByTestId('active-rollout');
    expect(within(row).getByRole('link', { name: 'ml-prod/qwen-chat' })).toBeTruthy();
    expect(row.textContent).toContain('Step 2 of 3 · 67 %');

    // It drops out when it finishes.
    await waitFor(() => expect(live.count('rolloutChanged')).toBeGreaterThan(0));
    act(() =>
      live.push({
        rolloutChanged: {
          ...active,
          state: 'SUCCEEDED',
          active: false,
          updatedAt: '2026-11-27T10:05:00Z',
        },
      }),
    );
    expect(await within(card).findByText(/No rollouts under way/)).toBeTruthy();
    view.unmount();

    renderApp({ path: '/deployments', handlers });
    const tableRow = await screen.findByTestId('deployment-row-ml-prod-qwen-chat');
    const badge = await within(tableRow).findByTestId('rollout-state-badge');
    expect(badge.textContent).toBe('Progressing · 2/3');
    expect(badge.getAttribute('title')).toBe('Step 2 of 3 · 67 %');
  });
});

describe('canary steps', () => {
  it('default to one replica, then half, then all', () => {
    const weights = (replicas: number) =>
      defaultCanarySteps(replicas).map((s) => Number(s.weightPercent));
    expect(weights(4)).toEqual([25, 50, 100]);
    expect(weights(3)).toEqual([33, 50, 100]);
    expect(weights(2)).toEqual([50, 100]);
    expect(weights(1)).toEqual([100]);
  });

  it('must rise step by step, each adding a replica, with whole seconds of analysis', () => {
    const step = (weightPercent: string, analysisSeconds = '60') => ({
      key: weightPercent,
      weightPercent,
      mirrorPercent: '',
      analysisSeconds,
    });
    expect(validateCanarySteps([step('10'), step('50'), step('100')], 4)).toEqual({
      steps: [{}, {}, {}],
    });
    const errors = validateCanarySteps([step('30'), step('20'), step('90', 'soon'), step('0')], 4);
    expect(errors.steps).toEqual([
      {},
      { weightPercent: "Must be more than step 1's 30 %" },
      { analysisSeconds: 'Enter whole seconds from 1 to 86400' },
      { weightPercent: 'Enter a whole percentage from 1 to 100' },
    ]);
    expect(validateCanarySteps([step('10'), step('20'), step('100')], 4).steps[1]).toEqual({
      weightPercent: 'Still 1 of 4 replicas, as step 1: raise it or remove it',
    });
    expect(validateCanarySteps([], 4).form).toBe('Add at least one step');
    expect(validateCanarySteps([step('100')], 0).form).toBe('A canary needs at least one replica');
  });

  it('behind a Gateway default to 5, 50 and 100 % of requests, and may start with shadow steps', () => {
    expect(defaultCanarySteps(1, true).map((s) => Number(s.weightPercent))).toEqual([5, 50, 100]);
    const step = (weightPercent: string, mirrorPercent = '') => ({
      key: `${weightPercent}-${mirrorPercent}`,
      weightPercent,
      mirrorPercent,
      analysisSeconds: '60',
    });
    // By traffic a step need not add a replica: 5 % and 10 % of one replica's requests differ.
    expect(
      validateCanarySteps([step('0', '20'), step('5'), step('10'), step('100')], 1, true),
    ).toEqual({ steps: [{}, {}, {}, {}] });
    expect(
      validateCanarySteps([step('5'), step('0', '20'), step('0', '101')], 1, true).steps,
    ).toEqual([
      {},
      { mirrorPercent: 'Shadow steps come first, before any step that serves users' },
      { mirrorPercent: 'Enter a whole percentage from 1 to 100' },
    ]);
    expect(validateCanarySteps([step('0', '20'), step('100')], 2).steps[0]).toEqual({
      mirrorPercent: 'A shadow step needs a Gateway: set one or remove it',
    });
    expect(validateCanarySteps([step('0', '20')], 2, true).form).toBe(
      'Add a step that serves users after the shadow',
    );
  });
});

describe('the canary steps editor in the new-deployment form', () => {
  it('proposes steps for the replica count, checks them as they change and sends them', async () => {
    const catalog = newDeploymentOptionsFixture({
      ...release('rel-0123456789abcdef'),
      warnings: [],
      createdAt: '2026-01-01T00:00:00Z',
    });
    const { server } = renderApp({
      path: '/deployments/new',
      handlers: {
        newDeploymentOptions: () => ({ data: catalog }),
        deployRelease: () => ({
          data: {
            deployRelease: { __typename: 'DeployReleasePayload', deployment: deploymentFixture() },
          },
        }),
      },
    });
    const form = await screen.findByRole('form', { name: 'New deployment' });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Name/ }), {
      target: { value: 'qwen-chat' },
    });
    fireEvent.click(within(form).getByRole('combobox', { name: /^Model/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'qwen-small' }));
    fireEvent.change(within(form).getByRole('textbox', { name: /^Replicas/ }), {
      target: { value: '4' },
    });
    expect(within(form).queryByTestId('canary-steps')).toBeNull();
    fireEvent.click(within(form).getByText('Canary'));

    const editor = await within(form).findByTestId('canary-steps');
    const weight = (n: number) =>
      within(editor).getByRole('textbox', { name: `Step ${n} weight (%)` });
    expect([1, 2, 3].map((n) => (weight(n) as HTMLInputElement).value)).toEqual([
      '25',
      '50',
      '100',
    ]);
    expect(
      within(editor)
        .getAllByTestId('canary-step-replicas')
        .map((e) => e.textContent),
    ).toEqual(['1 of 4 replicas', '2 of 4 replicas', '4 of 4 replicas']);

    fireEvent.change(weight(2), { target: { value: '20' } });
    expect(await within(editor).findByText("Must be more than step 1's 25 %")).toBeTruthy();
    fireEvent.change(weight(3), { target: { value: '21' } });
    expect(
      await within(editor).findByText('Still 1 of 4 replicas, as step 2: raise it or remove it'),
    ).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Deploy' }));
    expect(server.callsTo('DeployRelease')).toHaveLength(0);

    fireEvent.change(weight(2), { target: { value: '50' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Remove step 3' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Add step' }));
    expect([1, 2, 3].map((n) => (weight(n) as HTMLInputElement).value)).toEqual(['25', '38', '50']);
    fireEvent.change(weight(3), { target: { value: '100' } });
    fireEvent.change(within(editor).getByRole('textbox', { name: 'Step 1 analysis (seconds)' }), {
      target: { value: '30' },
    });
    await waitFor(() => expect(within(editor).queryByText(/Must be more|Still/)).toBeNull());
    fireEvent.click(within(form).getByRole('button', { name: 'Deploy' }));
    await waitFor(() =>
      expect(server.callsTo('DeployRelease')[0]?.variables).toMatchObject({
        input: {
          replicas: 4,
          strategy: 'CANARY',
          canarySteps: [
            { weightPercent: 25, analysisSeconds: 30 },
            { weightPercent: 38, analysisSeconds: 60 },
            { weightPercent: 100, analysisSeconds: 60 },
          ],
        },
      }),
    );
  });
});

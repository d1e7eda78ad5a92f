import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { theme } from '../../app/theme';
import type { FindingFieldsFragment } from '../../generated/graphql';
import { renderDeploymentPage } from '../../testing/renderApp';
import { HealthBadge } from './HealthBadge';
import { HealthCharts } from './HealthCharts';
import { HEALTH_STATES } from './healthState';

function withMantine(node: ReactNode) {
  return render(<MantineProvider theme={theme}>{node}</MantineProvider>);
}

const crashLoop: FindingFieldsFragment & { __typename: string } = {
  __typename: 'Finding',
  cause: 'CRASH_LOOP',
  severity: 'CRITICAL',
  title: 'The engine keeps crashing',
  summary: 'vllm exits with code 1 a few seconds after it starts.',
  evidence: [
    { source: 'pod/qwen-chat-abc.status.containerStatuses[0].restartCount', value: '7' },
    { source: 'log/qwen-chat-abc', value: 'RuntimeError: engine core failed to start' },
  ],
  runbook: ['Read the last log lines of the container.', 'Roll back to the previous release.'],
  objects: ['pod/qwen-chat-abc'],
};

function healthHandler(history: unknown[] = []) {
  return () => ({
    data: {
      deployment: {
        __typename: 'ModelDeployment',
        id: 'dep-1',
        health: {
          __typename: 'DeploymentHealth',
          state: 'DOWN',
          checkedAt: '2026-01-01T00:00:05.000Z',
          metrics: null,
          history,
          transitions: [
            {
              __typename: 'HealthTransition',
              at: '2026-01-01T00:00:04.000Z',
              from: 'HEALTHY',
              to: 'DOWN',
              reasons: ['No replica is ready.'],
            },
          ],
        },
      },
    },
  });
}

describe('the health badge', () => {
  it.each([
    ['HEALTHY', 'green'],
    ['DEGRADED', 'yellow'],
    ['DOWN', 'red'],
    ['PROGRESSING', 'blue'],
    ['UNKNOWN', 'gray'],
  ] as const)('shows %s in %s', (state, color) => {
    withMantine(<HealthBadge state={state} />);
    const badge = screen.getByTestId('health-badge');
    expect(badge.getAttribute('data-health')).toBe(state);
    expect(badge.getAttribute('style')).toContain(`--mantine-color-${color}-`);
  });

  it('has a style for every state', () => {
    expect(HEALTH_STATES).toHaveLength(5);
  });
});

describe('the health charts', () => {
  it('say there is no history yet instead of drawing empty axes', () => {
    withMantine(<HealthCharts samples={[]} range="HOUR" onRangeChange={() => {}} />);
    expect(screen.getByText('No history yet')).toBeTruthy();
    expect(screen.queryByTestId('chart-requestRate')).toBeNull();
  });

  it('draw one chart per metric when there are samples', () => {
    const sample = {
      at: '2026-01-01T00:00:00.000Z',
      state: 'HEALTHY' as const,
      requestRate: 4.2,
      errorRatio: null,
      ttftP95Ms: 180,
      kvCacheUsage: 0.3,
    };
    withMantine(<HealthCharts samples={[sample]} range="HOUR" onRangeChange={() => {}} />);
    for (const metric of ['requestRate', 'errorRatio', 'ttftP95Ms', 'kvCacheUsage']) {
      expect(screen.getByTestId(`chart-${metric}`)).toBeTruthy();
    }
    expect(within(screen.getByTestId('chart-requestRate')).getByText('4.2/s')).toBeTruthy();
    expect(within(screen.getByTestId('chart-errorRatio')).getByText('—')).toBeTruthy();
  });
});

describe('the deployment page’s health', () => {
  it('shows the diagnosis with its evidence as source → value and the runbook as numbered steps', async () => {
    renderDeploymentPage(
      {
        health: {
          state: 'DOWN',
          reasons: ['No replica is ready.'],
          since: '2026-01-01T00:00:04.000Z',
          checkedAt: '2026-01-01T00:00:05.000Z',
          diagnosis: [crashLoop],
        },
      },
      {
        handlers: {
          deploymentHealth: healthHandler(),
        },
      },
    );
    const card = await screen.findByTestId('health-card');
    expect(within(card).getByTestId('health-badge').getAttribute('data-health')).toBe('DOWN');
    expect(within(card).getByText('No replica is ready.')).toBeTruthy();

    const finding = screen.getByTestId('finding');
    expect(finding.getAttribute('data-cause')).toBe('CRASH_LOOP');
    expect(within(finding).getByText('The engine keeps crashing')).toBeTruthy();
    expect(within(finding).getByTestId('finding-severity').textContent).toBe('Critical');
    const rows = within(finding).getAllByTestId('evidence-row');
    expect(rows.map((r) => Array.from(r.querySelectorAll('td'), (c) => c.textContent))).toEqual([
      ['pod/qwen-chat-abc.status.containerStatuses[0].restartCount', '7'],
      ['log/qwen-chat-abc', 'RuntimeError: engine core failed to start'],
    ]);
    const runbook = within(finding).getByTestId('runbook');
    expect(runbook.tagName).toBe('OL');
    expect(
      within(runbook)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(crashLoop.runbook);
    expect(within(finding).getByTestId('finding-object').textContent).toBe('pod/qwen-chat-abc');

    expect(await screen.findAllByTestId('transition')).toHaveLength(1);
    // The charts are a tab away.
    fireEvent.click(screen.getByRole('tab', { name: 'Metrics' }));
    expect(await screen.findByText('No history yet')).toBeTruthy();
  });

  it('says plainly when nothing is wrong, and when it last looked', async () => {
    renderDeploymentPage(
      {
        health: {
          state: 'HEALTHY',
          reasons: [],
          since: '2026-01-01T00:00:04.000Z',
          checkedAt: new Date().toISOString(),
          diagnosis: [],
        },
      },
      {
        handlers: {
          deploymentHealth: healthHandler(),
        },
      },
    );
    const empty = await screen.findByTestId('diagnosis-empty');
    expect(within(empty).getByText('No problems found')).toBeTruthy();
    expect(within(empty).getByText('Last checked just now.')).toBeTruthy();
  });
});

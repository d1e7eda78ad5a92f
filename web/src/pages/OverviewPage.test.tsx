import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SubscriptionForwarder } from '@urql/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../generated/graphql';
import {
  connectionFixture,
  deploymentFixture,
  fleetSummaryFixture,
  inMinutes,
  ticketFixture,
} from '../testing/fixtures';
import { manualSubscriptions } from '../testing/manualSubscriptions';
import { renderApp } from '../testing/renderApp';

const incident = (number: number, severity: string, commanderId: string | null) => ({
  __typename: 'Incident',
  id: `inc-${number}`,
  number,
  title: `Incident ${number}`,
  status: 'TRIGGERED',
  severity,
  source: 'HEALTH',
  environment: 'PROD',
  deployment: { __typename: 'DeploymentRef', namespace: 'ml-prod', name: 'qwen-chat' },
  commanderId,
  assigneeId: null,
  triggeredAt: new Date(Date.now() - 12 * 60_000).toISOString(),
  updatedAt: new Date().toISOString(),
});

const ticketAtRisk = ticketFixture({
  subject: 'Answers are slow',
  sla: { state: 'AT_RISK', dueAt: inMinutes(10), paused: false, clocks: [] },
});

function renderOverview(
  role: Role,
  ready = true,
  setUp: {
    users?: number;
    tokens?: number;
    fleet?: () => ReturnType<typeof deploymentFixture>[];
    forwardSubscription?: SubscriptionForwarder;
  } = {},
) {
  return renderApp({
    path: '/',
    role,
    forwardSubscription: setUp.forwardSubscription,
    handlers: {
      fleetSummary: () => ({ data: { fleetSummary: fleetSummaryFixture(setUp.fleet?.() ?? []) } }),
      gettingStarted: ({ isAdmin }) => ({
        data: {
          apiTokens: Array.from({ length: setUp.tokens ?? 0 }, (_, i) => ({
            __typename: 'ApiToken',
            id: `t-${i}`,
            status: 'ACTIVE',
          })),
          ...(isAdmin
            ? {
                users: Array.from({ length: setUp.users ?? 1 }, (_, i) => ({
                  __typename: 'User',
                  id: `u-${i}`,
                  disabled: false,
                })),
              }
            : {}),
        },
      }),
      activeRollouts: () => ({ data: { activeRollouts: [] } }),
      incidents: () => ({
        data: {
          incidentsConnection: connectionFixture('IncidentConnection', [
            incident(3, 'SEV3', null),
            incident(4, 'SEV1', 'u-sre'),
          ]),
        },
      }),
      incidentCommanders: () => ({
        data: { onCallPeople: [{ id: 'u-sre', name: 'Sam Reliability', email: 's@x' }] },
      }),
      tickets: () => ({
        data: { ticketsConnection: connectionFixture('TicketConnection', [ticketAtRisk]) },
      }),
      pagingReadiness: () => ({
        data: {
          pagingReadiness: ready
            ? { ready: true, problems: [] }
            : {
                ready: false,
                problems: [
                  {
                    environment: 'PROD',
                    message: 'No escalation policy pages anyone for PROD incidents.',
                    fixPath: '/oncall/policies',
                  },
                ],
              },
        },
      }),
    },
  });
}

afterEach(() => localStorage.clear());

describe('the triage overview', () => {
  it('counts the fleet by health, lists what needs a look, and reads it again after a change', async () => {
    const live = manualSubscriptions();
    const down = (name: string) =>
      deploymentFixture({
        id: name,
        name,
        health: { ...deploymentFixture().health, state: 'DOWN', reasons: ['No replica serves.'] },
      });
    let fleet = [down('chat'), deploymentFixture({ id: 'embed', name: 'embed' })];
    const { server } = renderOverview('SRE', true, {
      fleet: () => fleet,
      forwardSubscription: live.forwardSubscription,
    });
    const summary = await screen.findByTestId('fleet-summary');
    expect(within(summary).getByTestId('fleet-count-DOWN').textContent).toBe('1');
    expect(within(summary).getByTestId('fleet-count-PROGRESSING').textContent).toBe('1');
    const rows = within(summary).getAllByTestId('attention-row');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([
      'ml-prod/chat',
      'ml-prod/embed',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('No replica serves.')).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'All 2 deployments' })).toBeTruthy();

    // A deployment goes down: the summary is read again, once for the burst of changes.
    fleet = [down('chat'), down('embed')];
    await waitFor(() => expect(live.count('deploymentChanged')).toBeGreaterThan(0));
    act(() => {
      for (const d of fleet) live.push({ deploymentChanged: d });
    });
    await waitFor(
      () => expect(within(summary).getByTestId('fleet-count-DOWN').textContent).toBe('2'),
      { timeout: 5_000 },
    );
    expect(server.callsTo('FleetSummary')).toHaveLength(2);
  });

  it('lists open incidents worst first with their commander, and counts them in the navigation', async () => {
    renderOverview('SRE');
    const card = await screen.findByTestId('open-incidents');
    const rows = await within(card).findAllByTestId('open-incident');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([
      'INC-4 · Incident 4',
      'INC-3 · Incident 3',
    ]);
    expect(
      within(rows[0] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/incidents/INC-4');
    expect(await within(rows[0] as HTMLElement).findByText('Sam Reliability')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('No commander')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(
      within(nav).getByRole('link', { name: /^Incidents\s*2\s*open incidents$/ }),
    ).toBeTruthy();
    expect(within(nav).getByRole('link', { name: /^Tickets\s*1\s*tickets at risk$/ })).toBeTruthy();
    expect(await screen.findByText('T-1042 · Answers are slow')).toBeTruthy();
  });

  it('shows viewers no tickets and no error about them', async () => {
    const { server } = renderOverview('VIEWER');
    await screen.findAllByTestId('open-incident');
    expect(screen.queryByTestId('tickets-at-risk')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(server.callsTo('Tickets')).toEqual([]);
    expect(server.callsTo('IncidentCommanders')).toEqual([]);
  });

  it('warns when paging goes nowhere, linking to the fix', async () => {
    renderOverview('ADMIN', false);
    const banner = await screen.findByTestId('paging-readiness');
    expect(within(banner).getByRole('link').getAttribute('href')).toBe('/oncall/policies');
  });

  it('keeps "Get started" away once dismissed', async () => {
    const view = renderOverview('ADMIN');
    fireEvent.click(
      within(await screen.findByTestId('get-started')).getByRole('button', { name: 'Dismiss' }),
    );
    expect(screen.queryByTestId('get-started')).toBeNull();
    view.unmount();
    renderOverview('ADMIN');
    await screen.findByTestId('open-incidents');
    expect(screen.queryByTestId('get-started')).toBeNull();
  });

  it('ticks off the steps that are done and leaves once all are', async () => {
    const view = renderOverview('ADMIN', true, { users: 3 });
    const block = await screen.findByTestId('get-started');
    const steps = within(block).getAllByTestId('get-started-step');
    expect(
      steps.map((step) => [within(step).getByRole('link').textContent, step.dataset.done]),
    ).toEqual([
      ['Invite your team', 'true'],
      ['Deploy a model server', 'false'],
      ['Make incidents reach someone', 'true'],
      ['Create an API token', 'false'],
    ]);
    expect(within(block).getByText('2 of 4 done')).toBeTruthy();
    view.unmount();

    // A support agent's only step is a token; once there is one, nothing is left to show.
    renderOverview('SUPPORT', true, { tokens: 1 });
    await screen.findByTestId('open-incidents');
    await screen.findByTestId('tickets-at-risk');
    expect(screen.queryByTestId('get-started')).toBeNull();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/renderApp';

const INCIDENT = {
  __typename: 'Incident',
  id: 'inc-1',
  number: 7,
  title: 'Chat answers with errors',
  summary: 'Half the requests fail.',
  status: 'RESOLVED',
  severity: 'SEV2',
  source: 'MANUAL',
  environment: 'PROD',
  deployment: { __typename: 'DeploymentRef', namespace: 'ml-prod', name: 'chat' },
  commanderId: null,
  assigneeId: null,
  triggeredAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:10:00.000Z',
  fingerprint: 'manual:1',
  cancelReason: null,
  acknowledgedAt: '2026-01-01T00:02:00.000Z',
  mitigatedAt: null,
  resolvedAt: '2026-01-01T00:10:00.000Z',
  closedAt: null,
  createdBy: 'sre@example.com',
  mergedInto: null,
  timeline: [],
  signals: [],
};

const POSTMORTEM = {
  __typename: 'Postmortem',
  incidentId: 'inc-1',
  status: 'DRAFT',
  summary: 'Half the requests fail.',
  impact: 'SEV2 affecting ml-prod/chat in PROD, for 10 min.',
  timeline: [
    { __typename: 'PostmortemTimelineEntry', at: '2026-01-01T00:00:00.000Z', text: 'Declared.' },
  ],
  rootCause: '',
  contributingFactors: '',
  actionItems: [
    {
      __typename: 'PostmortemActionItem',
      id: 'ai-1',
      title: 'Alert on the error ratio',
      dueDate: '2026-02-01',
      done: false,
      owner: { __typename: 'User', id: 'u-1', name: 'Ada' },
    },
  ],
  updatedAt: '2026-01-01T00:11:00.000Z',
  publishedAt: null,
  publishedBy: null,
};

function handlers(postmortem: unknown) {
  return {
    incident: () => ({ data: { incident: INCIDENT } }),
    incidentDeployment: () => ({
      data: {
        deployment: {
          __typename: 'ModelDeployment',
          id: 'dep-1',
          namespace: 'ml-prod',
          name: 'chat',
          release: { __typename: 'Release', id: 'rel-a' },
          history: [],
          health: { __typename: 'DeploymentHealth', state: 'HEALTHY', reasons: [], diagnosis: [] },
        },
      },
    }),
    incidentUsers: () => ({ data: { users: [] } }),
    incidentPostmortem: () => ({
      data: {
        incident: {
          __typename: 'Incident',
          id: 'inc-1',
          number: 7,
          severity: 'SEV2',
          status: 'RESOLVED',
          postmortem,
        },
      },
    }),
    incidentPublicUpdates: () => ({
      data: {
        incident: {
          __typename: 'Incident',
          id: 'inc-1',
          deployment: { __typename: 'DeploymentRef', namespace: 'ml-prod', name: 'chat' },
          publicUpdates: [],
        },
      },
    }),
    deploymentStatusPage: () => ({
      data: {
        deployment: {
          __typename: 'ModelDeployment',
          id: 'dep-1',
          statusPage: {
            __typename: 'DeploymentStatusPage',
            public: true,
            displayName: 'Chat assistant',
            status: 'OPERATIONAL',
            maintenance: null,
          },
          incidentStats: {
            __typename: 'IncidentStats',
            incidents: 1,
            acknowledged: 1,
            resolved: 1,
            mttaSeconds: 120,
            mttrSeconds: 600,
          },
        },
      },
    }),
    updatePostmortem: () => ({
      data: {
        updatePostmortem: {
          __typename: 'PostmortemPayload',
          postmortem: { ...POSTMORTEM, rootCause: 'A bad release.' },
        },
      },
    }),
    publishPostmortem: () => ({
      data: {
        publishPostmortem: {
          __typename: 'PostmortemPayload',
          postmortem: { ...POSTMORTEM, status: 'PUBLISHED', rootCause: 'A bad release.' },
        },
      },
    }),
    startPostmortem: () => ({
      data: { startPostmortem: { __typename: 'PostmortemPayload', postmortem: POSTMORTEM } },
    }),
  };
}

describe('the postmortem on the incident page', () => {
  it('offers to start one, saying closing needs it', async () => {
    const view = renderApp({ path: '/incidents/inc-1', role: 'SRE', handlers: handlers(null) });
    const card = await screen.findByTestId('postmortem');
    expect(
      await within(card).findByText('Closing this incident needs a published postmortem.'),
    ).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Start postmortem' }));
    await waitFor(() => expect(view.server.callsTo('StartPostmortem')).toHaveLength(1));
    expect(view.server.callsTo('StartPostmortem')[0]?.variables).toEqual({
      input: { incidentId: 'inc-1' },
    });
  });

  it('edits the draft and publishes it after saving', async () => {
    const view = renderApp({
      path: '/incidents/inc-1',
      role: 'SRE',
      handlers: handlers(POSTMORTEM),
    });
    const card = await screen.findByTestId('postmortem');
    const rootCause = await within(card).findByLabelText('Root cause');
    fireEvent.change(rootCause, { target: { value: 'A bad release.' } });
    expect(within(card).getByDisplayValue('Declared.')).toBeTruthy();
    expect(within(card).getByText('Alert on the error ratio')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(view.server.callsTo('PublishPostmortem')).toHaveLength(1));
    const saved = view.server.callsTo('UpdatePostmortem')[0]?.variables.input as Record<
      string,
      unknown
    >;
    expect(saved).toMatchObject({ incidentId: 'inc-1', rootCause: 'A bad release.' });
    expect(saved.timeline).toEqual([{ at: '2026-01-01T00:00:00.000Z', text: 'Declared.' }]);
  });

  it('is read-only for viewers', async () => {
    renderApp({ path: '/incidents/inc-1', role: 'VIEWER', handlers: handlers(null) });
    const card = await screen.findByTestId('postmortem');
    await within(card).findByText('Closing this incident needs a published postmortem.');
    expect(within(card).queryByRole('button', { name: 'Start postmortem' })).toBeNull();
  });
});

describe('public updates on the incident page', () => {
  it('previews an update as the status page will show it', async () => {
    renderApp({ path: '/incidents/inc-1', role: 'SRE', handlers: handlers(null) });
    const card = await screen.findByTestId('public-updates');
    fireEvent.change(await within(card).findByLabelText(/Public update/), {
      target: { value: 'We are looking into errors.' },
    });
    const preview = await within(card).findByTestId('public-preview');
    await within(preview).findByText('Chat assistant');
    expect(within(preview).getByText('Investigating')).toBeTruthy();
    expect(within(preview).getByText('We are looking into errors.')).toBeTruthy();
  });
});

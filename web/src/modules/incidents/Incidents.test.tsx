import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IncidentDetailFieldsFragment, IncidentStatus, Role } from '../../generated/graphql';
import type { FakeHandler } from '../../testing/fakeGraphqlFetch';
import { connectionFixture, revisionFixture } from '../../testing/fixtures';
import { manualSubscriptions } from '../../testing/manualSubscriptions';
import { renderApp } from '../../testing/renderApp';

function incidentFixture(
  overrides: Partial<IncidentDetailFieldsFragment> = {},
): IncidentDetailFieldsFragment & { __typename: string } {
  return {
    __typename: 'Incident',
    id: 'inc-1',
    number: 7,
    title: 'ml-prod/qwen-chat is down',
    summary: 'No replica is ready.',
    status: 'TRIGGERED',
    severity: 'SEV1',
    source: 'HEALTH',
    environment: 'PROD',
    deployment: { namespace: 'ml-prod', name: 'qwen-chat' },
    commanderId: null,
    assigneeId: null,
    triggeredAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    fingerprint: 'health:ml-prod/qwen-chat',
    cancelReason: null,
    acknowledgedAt: null,
    mitigatedAt: null,
    resolvedAt: null,
    closedAt: null,
    createdBy: 'system',
    mergedInto: null,
    timeline: [
      {
        id: 'e1',
        at: '2026-01-01T00:00:00.000Z',
        kind: 'OPENED',
        actorType: 'SYSTEM',
        actor: 'health',
        message: 'Opened by a health signal',
      },
    ],
    signals: [],
    ...overrides,
  };
}

const deploymentHandler = () => ({
  data: {
    deployment: {
      __typename: 'ModelDeployment',
      id: 'dep-1',
      namespace: 'ml-prod',
      name: 'qwen-chat',
      release: { __typename: 'Release', id: 'rel-b' },
      history: [revisionFixture(2, 'rel-b'), revisionFixture(1, 'rel-a')],
      health: {
        __typename: 'DeploymentHealth',
        state: 'DOWN',
        reasons: [],
        checkedAt: '2026-11-27T10:00:00.000Z',
        diagnosis: [],
        pastTerminations: [],
      },
    },
  },
});

const FINDINGS = [
  {
    __typename: 'Finding',
    cause: 'KV_CACHE_TOO_SMALL',
    severity: 'CRITICAL',
    title: 'The KV cache cannot hold the configured context length',
    summary: 'The engine exits at start.',
    evidence: [
      {
        __typename: 'FindingEvidence',
        source: 'Pod/qwen-chat-7c9d5b8f4-x2abc logs (previous)',
        value:
          "ValueError: The model's max seq len (32768) is larger than the maximum number of tokens that can be stored in KV cache (18016).",
      },
    ],
    runbook: ['Lower the maximum context length: vLLM `--max-model-len`.'],
    objects: ['Pod/qwen-chat-7c9d5b8f4-x2abc'],
  },
  {
    __typename: 'Finding',
    cause: 'NO_READY_ENDPOINTS',
    severity: 'CRITICAL',
    title: 'No pod is ready behind the Service',
    summary: 'No pod is ready behind the Service.',
    evidence: [{ __typename: 'FindingEvidence', source: 'replicas ready', value: '0 of 1' }],
    runbook: ['See the pods.'],
    objects: [],
  },
];

const incidents = (nodes: unknown[], options: { totalCount?: number; endCursor?: string } = {}) =>
  connectionFixture('IncidentConnection', nodes, options);

describe('the incidents list', () => {
  it('shows a page, how many there are, and the next page on Show more', async () => {
    const { server } = renderApp({
      path: '/incidents',
      handlers: {
        incidents: (variables) =>
          variables.after === 'c-7'
            ? {
                data: {
                  incidentsConnection: incidents(
                    [
                      incidentFixture({
                        id: 'inc-0',
                        number: 6,
                        triggeredAt: '2025-12-31T00:00:00.000Z',
                      }),
                    ],
                    { totalCount: 2 },
                  ),
                },
              }
            : {
                data: {
                  incidentsConnection: incidents([incidentFixture()], {
                    totalCount: 2,
                    endCursor: 'c-7',
                  }),
                },
              },
      },
    });
    await screen.findByTestId('incident-row-7');
    expect(screen.getByText('Showing 1 of 2 incidents')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByTestId('incident-row-6');
    expect(server.callsTo('Incidents').at(-1)?.variables).toMatchObject({ after: 'c-7' });
    expect(screen.getAllByTestId(/^incident-row-/).map((r) => r.dataset.testid)).toEqual([
      'incident-row-7',
      'incident-row-6',
    ]);
    // Everything is shown: no count, no button.
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(screen.queryByText(/^Showing/)).toBeNull();
  });

  it('adds an incident when the subscription announces one', async () => {
    const live = manualSubscriptions();
    renderApp({
      path: '/incidents',
      handlers: {
        incidents: () => ({ data: { incidentsConnection: incidents([incidentFixture()]) } }),
      },
      forwardSubscription: live.forwardSubscription,
    });
    const row = await screen.findByTestId('incident-row-7');
    expect(within(row).getByTestId('severity-badge').getAttribute('data-severity')).toBe('SEV1');
    expect(within(row).getByText('ml-prod/qwen-chat')).toBeTruthy();

    await waitFor(() => expect(live.count()).toBeGreaterThan(0));
    act(() =>
      live.push({
        incidentChanged: incidentFixture({
          id: 'inc-2',
          number: 8,
          title: 'Slow answers from llama',
          severity: 'SEV3',
          triggeredAt: '2026-01-01T01:00:00.000Z',
          deployment: null,
        }),
      }),
    );
    const added = await screen.findByTestId('incident-row-8');
    expect(within(added).getByText('Slow answers from llama')).toBeTruthy();
    // Newest first.
    const rows = screen.getAllByTestId(/^incident-row-/);
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual([
      'incident-row-8',
      'incident-row-7',
    ]);

    act(() => live.push({ incidentChanged: incidentFixture({ status: 'ACKNOWLEDGED' }) }));
    await waitFor(() =>
      expect(within(row).getByTestId('status-badge').getAttribute('data-status')).toBe(
        'ACKNOWLEDGED',
      ),
    );
  });

  it('searches on the server from the URL, and keeps live arrivals that do not match out', async () => {
    const live = manualSubscriptions();
    const { server, router } = renderApp({
      path: '/incidents?q=qwen',
      handlers: {
        incidents: () => ({ data: { incidentsConnection: incidents([incidentFixture()]) } }),
      },
      forwardSubscription: live.forwardSubscription,
    });
    await screen.findByTestId('incident-row-7');
    expect(server.callsTo('Incidents').at(-1)?.variables).toMatchObject({ search: 'qwen' });
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe(
      'qwen',
    );
    await waitFor(() => expect(live.count()).toBeGreaterThan(0));
    act(() =>
      live.push({
        incidentChanged: incidentFixture({
          id: 'inc-2',
          number: 8,
          title: 'Slow answers',
          deployment: null,
        }),
      }),
    );
    act(() =>
      live.push({
        incidentChanged: incidentFixture({ id: 'inc-3', number: 9, title: 'qwen-code errors' }),
      }),
    );
    await screen.findByTestId('incident-row-9');
    expect(screen.queryByTestId('incident-row-8')).toBeNull();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: '' } });
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByTestId('incident-row-8')).toBeTruthy();
  });

  it('offers to declare an incident to SREs, not to viewers', async () => {
    const handlers = { incidents: () => ({ data: { incidentsConnection: incidents([]) } }) };
    const sre = renderApp({ path: '/incidents', role: 'SRE', handlers });
    expect(await screen.findByRole('button', { name: 'Declare incident' })).toBeTruthy();
    sre.unmount();
    renderApp({ path: '/incidents', role: 'VIEWER', handlers });
    expect(await screen.findByText('No incidents')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Declare incident' })).toBeNull();
  });
});

describe("the incident's deployment", () => {
  it('offers SREs a rollback to an earlier release from the incident page', async () => {
    const handlers = {
      incident: () => ({ data: { incident: incidentFixture() } }),
      incidentDeployment: deploymentHandler,
      incidentUsers: () => ({ data: { users: [] } }),
    };
    const sre = renderApp({ path: '/incidents/inc-1', role: 'SRE', handlers });
    const card = await screen.findByTestId('incident-deployment');
    fireEvent.click(await within(card).findByRole('button', { name: 'Roll back' }));
    expect(await screen.findByText(/rel-a · qwen \(revision 1\)/)).toBeTruthy();
    sre.unmount();
    renderApp({ path: '/incidents/inc-1', role: 'VIEWER', handlers });
    const viewerCard = await screen.findByTestId('incident-deployment');
    await within(viewerCard).findByText('ml-prod/qwen-chat');
    expect(within(viewerCard).queryByRole('button', { name: 'Roll back' })).toBeNull();
  });
});

/** INC-1's page as `role` sees it; `handlers` answer what else the test needs. */
function renderIncident(
  role: Role,
  handlers: Record<string, FakeHandler> = {},
  fields: Parameters<typeof incidentFixture>[0] = {},
) {
  return renderApp({
    path: '/incidents/inc-1',
    role,
    handlers: {
      incident: () => ({ data: { incident: incidentFixture(fields) } }),
      incidentDeployment: deploymentHandler,
      ...handlers,
    },
  });
}

async function actionsFor(status: IncidentStatus, role: Role): Promise<string[]> {
  const view = renderIncident(
    role,
    {
      incidentUsers: () => ({ data: { users: [] } }),
    },
    { status },
  );
  await screen.findByText('Timeline');
  const names = [
    'Acknowledge',
    'Mitigate',
    'Resolve',
    'Close',
    'Cancel incident',
    'Change severity',
  ];
  const shown = names.filter((name) => screen.queryByRole('button', { name }) !== null);
  view.unmount();
  return shown;
}

describe('the incident page', () => {
  it.each([
    ['TRIGGERED', ['Acknowledge', 'Mitigate', 'Resolve', 'Cancel incident', 'Change severity']],
    ['ACKNOWLEDGED', ['Mitigate', 'Resolve', 'Cancel incident', 'Change severity']],
    ['MITIGATED', ['Resolve', 'Change severity']],
    ['RESOLVED', ['Close']],
    ['CLOSED', []],
  ] as const)('offers an SRE the moves allowed from %s', async (status, expected) => {
    expect(await actionsFor(status, 'SRE')).toEqual(expected);
  });

  it('shows viewers no actions and no note composer', async () => {
    expect(await actionsFor('TRIGGERED', 'VIEWER')).toEqual([]);
    renderIncident('VIEWER');
    await screen.findByText('Timeline');
    expect(screen.queryByRole('form', { name: 'Add a note' })).toBeNull();
  });

  it('shows the whole diagnosis with its evidence and runbook, and past exits as history', async () => {
    const base = deploymentHandler().data.deployment;
    renderIncident('VIEWER', {
      incidentDeployment: () => ({
        data: {
          deployment: {
            ...base,
            health: {
              ...base.health,
              diagnosis: FINDINGS,
              pastTerminations: [
                {
                  __typename: 'FindingEvidence',
                  source: 'Pod/qwen-chat-1 status.containerStatuses[0].lastState.terminated',
                  value: 'OOMKilled (exit code 137) 3 days ago',
                },
              ],
            },
          },
        },
      }),
    });
    const card = await screen.findByTestId('incident-deployment');
    const findings = await within(card).findAllByTestId('finding');
    expect(findings.map((f) => f.getAttribute('data-cause'))).toEqual([
      'KV_CACHE_TOO_SMALL',
      'NO_READY_ENDPOINTS',
    ]);
    expect(within(findings[0] as HTMLElement).getByText(/max seq len \(32768\)/)).toBeTruthy();
    expect(within(findings[0] as HTMLElement).getByTestId('runbook').textContent).toContain(
      '--max-model-len',
    );
    expect(within(card).getByTestId('past-terminations').textContent).toContain(
      'OOMKilled (exit code 137) 3 days ago',
    );
    expect(within(card).queryByText('No problems found')).toBeNull();
  });

  it('never says "no problems found" beside a deployment that is down', async () => {
    renderIncident('VIEWER');
    const card = await screen.findByTestId('incident-deployment');
    expect(await within(card).findByTestId('diagnosis-unexplained')).toBeTruthy();
    expect(within(card).queryByText('No problems found')).toBeNull();
  });

  it('acknowledges and links the deployment with its health', async () => {
    const { server } = renderIncident('SRE', {
      acknowledgeIncident: () => ({
        data: {
          acknowledgeIncident: {
            __typename: 'IncidentPayload',
            incident: incidentFixture({ status: 'ACKNOWLEDGED' }),
          },
        },
      }),
    });
    const card = await screen.findByTestId('incident-deployment');
    expect(within(card).getByRole('link', { name: 'ml-prod/qwen-chat' })).toBeTruthy();
    expect((await within(card).findByTestId('health-badge')).getAttribute('data-health')).toBe(
      'DOWN',
    );
    act(() => screen.getByRole('button', { name: 'Acknowledge' }).click());
    await waitFor(() =>
      expect(server.callsTo('AcknowledgeIncident')[0]?.variables).toEqual({
        input: { id: 'inc-1' },
      }),
    );
  });
});

describe('an incident by the id people say', () => {
  it('opens /incidents/INC-7 and follows and changes the record by its own id', async () => {
    const subscribedWith: unknown[] = [];
    const { server } = renderApp({
      path: '/incidents/INC-7',
      role: 'SRE',
      handlers: {
        incident: () => ({ data: { incident: incidentFixture() } }),
        incidentDeployment: deploymentHandler,
        acknowledgeIncident: () => ({
          data: {
            acknowledgeIncident: {
              __typename: 'IncidentPayload',
              incident: incidentFixture({ status: 'ACKNOWLEDGED' }),
            },
          },
        }),
      },
      forwardSubscription: (operation) => {
        subscribedWith.push(operation.variables);
        return { subscribe: () => ({ unsubscribe: () => {} }) };
      },
    });
    await screen.findByText('Timeline');
    expect(server.callsTo('Incident')[0]?.variables).toEqual({ id: 'INC-7' });
    await waitFor(() => expect(subscribedWith).toContainEqual({ id: 'inc-1' }));
    expect(subscribedWith).not.toContainEqual({ id: 'INC-7' });
    act(() => screen.getByRole('button', { name: 'Acknowledge' }).click());
    await waitFor(() =>
      expect(server.callsTo('AcknowledgeIncident')[0]?.variables).toEqual({
        input: { id: 'inc-1' },
      }),
    );
  });

  it('links the incidents and tickets a timeline entry mentions', async () => {
    renderIncident(
      'VIEWER',
      {},
      {
        timeline: [
          {
            id: 'e2',
            at: '2026-01-01T00:01:00.000Z',
            kind: 'MERGED',
            actorType: 'USER',
            actor: 'Ada Admin',
            message: 'Merged INC-3 into this incident; customers wrote in T-1004.',
          },
        ],
      },
    );
    const timeline = await screen.findByLabelText('Timeline');
    expect(within(timeline).getByRole('link', { name: 'INC-3' }).getAttribute('href')).toBe(
      '/incidents/INC-3',
    );
    expect(within(timeline).getByRole('link', { name: 'T-1004' }).getAttribute('href')).toBe(
      '/tickets/T-1004',
    );
  });
});

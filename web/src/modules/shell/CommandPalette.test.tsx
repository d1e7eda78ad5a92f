import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../generated/graphql';
import type { FakeHandler } from '../../testing/fakeGraphqlFetch';
import { deploymentFixture, revisionFixture } from '../../testing/fixtures';
import { renderApp } from '../../testing/renderApp';

const incidentHit = {
  __typename: 'SearchHit',
  kind: 'INCIDENT',
  id: 'inc-1',
  title: 'INC-7 qwen-chat is down',
  subtitle: 'SEV1 · TRIGGERED',
  path: '/incidents/INC-7',
};

function renderPalette(role: Role, handlers: Record<string, FakeHandler> = {}) {
  const view = renderApp({
    path: '/settings/profile',
    role,
    handlers: {
      paletteSearch: ({ text }) => ({
        data: { search: String(text).includes('INC-7') ? [incidentHit] : [] },
      }),
      paletteTriggeredIncidents: () => ({
        data: {
          incidents: [
            {
              __typename: 'Incident',
              id: 'inc-1',
              number: 7,
              title: 'qwen-chat is down',
              severity: 'SEV1',
              status: 'TRIGGERED',
            },
          ],
        },
      }),
      ...handlers,
    },
  });
  return view;
}

async function openWithShortcut() {
  await screen.findByRole('button', { name: /Search/ });
  fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true });
  return screen.findByRole('textbox', { name: 'Search Backline' });
}

function pressEnter(input: HTMLElement) {
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
}

describe('the command palette', () => {
  it('opens with Ctrl+K, finds an incident as you type and opens it with Enter', async () => {
    const { router, server } = renderPalette('VIEWER');
    const input = await openWithShortcut();
    fireEvent.change(input, { target: { value: 'INC-7' } });
    expect(await screen.findByText('INC-7 qwen-chat is down')).toBeTruthy();
    expect(server.callsTo('PaletteSearch').at(-1)?.variables).toEqual({ text: 'INC-7' });
    pressEnter(input);
    await waitFor(() => expect(router.state.location.pathname).toBe('/incidents/INC-7'));
  });

  it('jumps only to pages the role may see', async () => {
    renderPalette('VIEWER');
    const input = await openWithShortcut();
    fireEvent.change(input, { target: { value: 'go' } });
    const list = await screen.findByLabelText('Results');
    expect(await within(list).findByText('Incidents')).toBeTruthy();
    expect(within(list).queryByText('Tickets')).toBeNull();
    expect(within(list).queryByText('Settings · Users')).toBeNull();
    expect(within(list).queryByText(/Acknowledge/)).toBeNull();
    expect(within(list).queryByText('Deploy a release')).toBeNull();
  });

  it('acknowledges an incident by keyboard for an SRE', async () => {
    const { router, server } = renderPalette('SRE', {
      paletteAcknowledge: () => ({
        data: {
          acknowledgeIncident: {
            __typename: 'IncidentPayload',
            incident: {
              __typename: 'Incident',
              id: 'inc-1',
              number: 7,
              status: 'ACKNOWLEDGED',
              updatedAt: '2026-01-01T00:05:00.000Z',
            },
          },
        },
      }),
    });
    const input = await openWithShortcut();
    fireEvent.change(input, { target: { value: 'acknowledge INC-7' } });
    expect(await screen.findByText('Acknowledge INC-7')).toBeTruthy();
    pressEnter(input);
    await waitFor(() =>
      expect(server.callsTo('PaletteAcknowledge')[0]?.variables).toEqual({ id: 'inc-1' }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/incidents/INC-7'));
  });

  it('offers admins to deploy a release', async () => {
    const { router } = renderPalette('ADMIN');
    const input = await openWithShortcut();
    fireEvent.change(input, { target: { value: 'deploy' } });
    expect(await screen.findByText('Deploy a release')).toBeTruthy();
    pressEnter(input);
    await waitFor(() => expect(router.state.location.pathname).toBe('/deployments/new'));
  });

  it('rolls a deployment back by keyboard: the verb, the name, Enter, then the reason', async () => {
    const deployment = deploymentFixture({
      history: [
        revisionFixture(2, 'rel-0123456789abcdef'),
        revisionFixture(1, 'rel-00000000000000aa'),
      ],
    });
    const { router, server } = renderPalette('SRE', {
      paletteSearch: ({ text }) => ({
        data: {
          search:
            text === 'qwen'
              ? [
                  {
                    __typename: 'SearchHit',
                    kind: 'DEPLOYMENT',
                    id: deployment.id,
                    title: 'qwen-chat',
                    subtitle: 'ml-prod · PROD',
                    path: '/deployments/ml-prod/qwen-chat',
                  },
                ]
              : [],
        },
      }),
      deployment: () => ({ data: { deployment } }),
    });
    const input = await openWithShortcut();
    fireEvent.change(input, { target: { value: 'roll back qwen' } });
    expect(await screen.findByText('Roll back qwen-chat')).toBeTruthy();
    // The verb is not part of what is searched for.
    expect(server.callsTo('PaletteSearch').at(-1)?.variables).toEqual({ text: 'qwen' });
    pressEnter(input);
    expect(await screen.findByRole('dialog', { name: 'Roll back qwen-chat' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/deployments/ml-prod/qwen-chat');
    // Taken once: a reload of the page does not open the dialog again.
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('offers no roll back to a viewer', async () => {
    renderPalette('VIEWER', {
      paletteSearch: () => ({
        data: {
          search: [
            {
              __typename: 'SearchHit',
              kind: 'DEPLOYMENT',
              id: 'dep-1',
              title: 'qwen-chat',
              subtitle: 'ml-prod · PROD',
              path: '/deployments/ml-prod/qwen-chat',
            },
          ],
        },
      }),
    });
    const input = await openWithShortcut();
    fireEvent.change(input, { target: { value: 'roll back qwen' } });
    expect(await screen.findByText('qwen-chat')).toBeTruthy();
    expect(screen.queryByText('Roll back qwen-chat')).toBeNull();
  });
});

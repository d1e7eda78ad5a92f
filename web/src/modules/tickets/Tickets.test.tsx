import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectionFixture, inMinutes, ticketFixture } from '../../testing/fixtures';
import { manualSubscriptions } from '../../testing/manualSubscriptions';
import { renderApp } from '../../testing/renderApp';

describe('the ticket queue', () => {
  it('shows SLA countdowns amber when at risk and red when breached, and adds tickets live', async () => {
    const live = manualSubscriptions();
    renderApp({
      path: '/tickets',
      role: 'SUPPORT',
      handlers: {
        tickets: () => ({
          data: {
            ticketsConnection: connectionFixture('TicketConnection', [
              ticketFixture({
                sla: { state: 'AT_RISK', dueAt: inMinutes(10), paused: false, clocks: [] },
              }),
              ticketFixture({
                id: 'tk-2',
                number: 1041,
                reference: 'T-1041',
                createdAt: '2025-12-31T00:00:00.000Z',
                sla: { state: 'BREACHED', dueAt: inMinutes(-30), paused: false, clocks: [] },
              }),
            ]),
          },
        }),
      },
      forwardSubscription: live.forwardSubscription,
    });
    const atRisk = await screen.findByTestId('ticket-row-1042');
    const sla = within(atRisk).getByTestId('sla');
    expect(sla.getAttribute('data-sla')).toBe('AT_RISK');
    expect(sla.textContent).toMatch(/left/);
    const breached = within(screen.getByTestId('ticket-row-1041')).getByTestId('sla');
    expect(breached.getAttribute('data-sla')).toBe('BREACHED');
    expect(breached.textContent).toMatch(/^Breached .* ago$/);

    await waitFor(() => expect(live.count()).toBeGreaterThan(0));
    act(() =>
      live.push({
        ticketChanged: ticketFixture({
          id: 'tk-3',
          number: 1043,
          reference: 'T-1043',
          subject: 'Cannot sign in',
          createdAt: '2026-01-02T00:00:00.000Z',
        }),
      }),
    );
    await screen.findByTestId('ticket-row-1043');
    expect(screen.getAllByTestId(/^ticket-row-/).map((r) => r.dataset.testid)).toEqual([
      'ticket-row-1043',
      'ticket-row-1042',
      'ticket-row-1041',
    ]);
  });

  it('asks the server for the breaching view and keeps it in the URL', async () => {
    const view = renderApp({
      path: '/tickets',
      role: 'SUPPORT',
      handlers: {
        tickets: () => ({ data: { ticketsConnection: connectionFixture('TicketConnection', []) } }),
      },
    });
    await screen.findByText('No tickets here');
    fireEvent.click(screen.getByText('Breaching'));
    await screen.findByText('Nothing at risk');
    expect(view.router.state.location.search).toBe('?view=BREACHING');
    // The navigation's count asks for the same view, so the page may be answered from the cache.
    const views = view.server.callsTo('Tickets').map((call) => call.variables.view);
    expect(views).toContain('BREACHING');
  });

  it('tells a viewer who opens it that their role cannot see tickets, without errors', async () => {
    const { server } = renderApp({ path: '/tickets', role: 'VIEWER' });
    expect(await screen.findByText('Your role cannot see tickets')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New ticket' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(server.callsTo('Tickets')).toEqual([]);
  });

  it('is not in the navigation for viewers', async () => {
    renderApp({ path: '/', role: 'VIEWER' });
    await screen.findAllByText('Incidents');
    expect(screen.queryByRole('link', { name: 'Tickets' })).toBeNull();
  });
});

describe('a ticket', () => {
  const handlers = (ticket = ticketFixture()) => ({
    ticket: () => ({ data: { ticket } }),
    incidentChoices: () => ({
      data: {
        incidents: [
          {
            __typename: 'Incident',
            id: 'inc-1',
            number: 7,
            title: 'Chat is slow',
            status: 'ACKNOWLEDGED',
            severity: 'SEV2',
          },
        ],
      },
    }),
  });

  it('keeps public replies and internal notes visibly apart', async () => {
    renderApp({ path: '/tickets/tk-1', role: 'SUPPORT', handlers: handlers() });
    const note = await screen.findByTestId('internal-note');
    expect(within(note).getByText('Internal note')).toBeTruthy();
    expect(within(note).getByText('Enterprise customer; check the chat deployment.')).toBeTruthy();
    const replies = screen.getAllByTestId('public-reply');
    expect(replies.map((r) => within(r).queryByText('Internal note'))).toEqual([null, null]);
    expect(within(replies[1] as HTMLElement).getByText('Public reply')).toBeTruthy();
  });

  it('sends an internal note only when the toggle says so', async () => {
    let sent: Record<string, unknown> | null = null;
    renderApp({
      path: '/tickets/tk-1',
      role: 'SUPPORT',
      handlers: {
        ...handlers(),
        replyToTicket: (variables) => {
          sent = variables.input as Record<string, unknown>;
          return { data: { replyToTicket: { ticket: ticketFixture() } } };
        },
      },
    });
    expect(await screen.findByRole('button', { name: 'Send public reply' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Internal note' }));
    const box = await screen.findByLabelText('Internal note: only staff see this');
    fireEvent.change(box, { target: { value: 'Looks like the KV cache is full.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add internal note' }));
    await waitFor(() =>
      expect(sent).toEqual({
        id: 'tk-1',
        body: 'Looks like the KV cache is full.',
        visibility: 'INTERNAL',
      }),
    );
  });

  it('offers the suggested reply when the incident resolved, to edit and send publicly', async () => {
    const suggestion = 'Hello Grace,\n\nThe incident behind your request T-1042 is resolved.';
    renderApp({
      path: '/tickets/tk-1',
      role: 'SUPPORT',
      handlers: handlers(ticketFixture({ suggestedReply: suggestion })),
    });
    const card = await screen.findByTestId('suggested-reply');
    fireEvent.click(within(card).getByRole('button', { name: 'Edit and send' }));
    const box = (await screen.findByLabelText(
      'Public reply: the customer sees this',
    )) as HTMLTextAreaElement;
    expect(box.value).toBe(suggestion);
    expect(screen.getByRole('button', { name: 'Send public reply' })).toBeTruthy();
  });

  it('lets an admin pick the assignee among support staff', async () => {
    let update: Record<string, unknown> | null = null;
    renderApp({
      path: '/tickets/tk-1',
      role: 'ADMIN',
      handlers: {
        ...handlers(),
        ticketAssignees: () => ({
          data: {
            users: [
              {
                __typename: 'User',
                id: 'u-sup',
                name: 'Sam Support',
                email: 'sam@example.com',
                role: 'SUPPORT',
                disabled: false,
              },
              {
                __typename: 'User',
                id: 'u-view',
                name: 'Vic Viewer',
                email: 'vic@example.com',
                role: 'VIEWER',
                disabled: false,
              },
            ],
          },
        }),
        updateTicket: (variables) => {
          update = variables.input as Record<string, unknown>;
          return { data: { updateTicket: { ticket: ticketFixture() } } };
        },
      },
    });
    fireEvent.click(await screen.findByPlaceholderText('Unassigned'));
    expect(screen.queryByText('Vic Viewer (vic@example.com)')).toBeNull();
    fireEvent.click(await screen.findByText('Sam Support (sam@example.com)'));
    await waitFor(() => expect(update).toEqual({ id: 'tk-1', assigneeId: 'u-sup' }));
  });

  it('links an open incident picked from the list', async () => {
    let linked: Record<string, unknown> | null = null;
    renderApp({
      path: '/tickets/tk-1',
      role: 'SUPPORT',
      handlers: {
        ...handlers(),
        linkTicket: (variables) => {
          linked = variables.input as Record<string, unknown>;
          return { data: { linkTicketToIncident: { ticket: ticketFixture() } } };
        },
      },
    });
    const picker = await screen.findByPlaceholderText('Pick an incident');
    fireEvent.click(picker);
    fireEvent.click(await screen.findByText('INC-7 · SEV2 · Chat is slow'));
    fireEvent.click(screen.getByRole('button', { name: 'Link incident' }));
    await waitFor(() => expect(linked).toEqual({ id: 'tk-1', incidentId: 'inc-1' }));
  });
});

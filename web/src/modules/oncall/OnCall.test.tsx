import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/renderApp';

const ADA = { __typename: 'User', id: 'user-sre', name: 'Ada Lovelace', email: 'ada@example.com' };

function schedule(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'OnCallSchedule',
    id: 'sch-1',
    name: 'Primary',
    description: '',
    timeZone: 'Europe/Berlin',
    layers: [
      {
        __typename: 'OnCallLayer',
        name: 'Week',
        userIds: [ADA.id],
        users: [{ __typename: 'User', id: ADA.id, name: ADA.name }],
        start: '2026-11-23T09:00',
        shift: 'WEEKLY',
        shiftHours: null,
        restriction: null,
      },
    ],
    overrides: [],
    ...overrides,
  };
}

describe('on call', () => {
  it('shows who is on call now on each schedule, and until when', async () => {
    renderApp({
      path: '/oncall',
      role: 'VIEWER',
      handlers: {
        onCallNow: () => ({
          data: {
            onCallNow: [
              {
                __typename: 'OnCallNow',
                schedule: {
                  __typename: 'OnCallSchedule',
                  id: 'sch-1',
                  name: 'Primary',
                  timeZone: 'Europe/Berlin',
                },
                user: ADA,
                layer: 'Week',
                until: '2026-11-30T08:00:00.000Z',
              },
            ],
          },
        }),
        onCallSchedules: () => ({ data: { onCallSchedules: [schedule()] } }),
      },
    });
    expect((await screen.findByTestId('on-call-Primary')).textContent).toBe('Ada Lovelace');
    expect(screen.getByText(/^Until /)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Primary' }).getAttribute('href')).toBe(
      '/oncall/schedules/sch-1',
    );
    // Viewers see schedules but cannot create them.
    expect(screen.queryByRole('button', { name: 'New schedule' })).toBeNull();
  });

  it('creates a schedule with a layer of people in a time zone', async () => {
    const { server } = renderApp({
      path: '/oncall',
      role: 'SRE',
      handlers: {
        onCallNow: () => ({ data: { onCallNow: [] } }),
        onCallSchedules: () => ({ data: { onCallSchedules: [] } }),
        onCallPeople: () => ({
          data: { onCallPeople: [{ ...ADA, __typename: 'OnCallPerson' }] },
        }),
        createOnCallSchedule: () => ({ data: { createOnCallSchedule: schedule() } }),
        onCallSchedule: () => ({
          data: { onCallSchedule: { ...schedule(), shifts: [] } },
        }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Create the first schedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'New on-call schedule' });
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'Primary' } });
    fireEvent.click(within(dialog).getAllByLabelText(/^Rotation/)[0] as HTMLElement);
    fireEvent.click(await screen.findByRole('option', { name: /Ada Lovelace/ }));
    fireEvent.change(within(dialog).getByLabelText('First turn starts'), {
      target: { value: '2026-11-23T09:00' },
    });
    fireEvent.click(within(dialog).getByLabelText('Only between'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create schedule' }));
    await waitFor(() => expect(server.callsTo('CreateOnCallSchedule')).toHaveLength(1));
    const input = server.callsTo('CreateOnCallSchedule')[0]?.variables.input as Record<
      string,
      unknown
    >;
    expect(input).toMatchObject({
      name: 'Primary',
      layers: [
        {
          name: 'Primary',
          userIds: [ADA.id],
          start: '2026-11-23T09:00',
          shift: 'WEEKLY',
          shiftHours: null,
          restriction: { from: '09:00', to: '17:00' },
        },
      ],
    });
    expect(typeof input.timeZone).toBe('string');
  });

  it('shows a new webhook channel’s signing secret once', async () => {
    const channel = {
      __typename: 'NotificationChannel',
      id: 'ch-1',
      name: 'Pager',
      type: 'WEBHOOK',
      url: 'https://hooks.example.com/pager',
      emailTo: [],
      enabled: true,
      isFallback: true,
      consecutiveFailures: 0,
      disabledReason: null,
    };
    let channels: (typeof channel)[] = [];
    const { server } = renderApp({
      path: '/settings/notifications',
      handlers: {
        notificationChannels: () => ({
          data: { notificationChannels: channels, emailConfigured: false },
        }),
        createNotificationChannel: () => {
          channels = [channel];
          return {
            data: {
              createNotificationChannel: {
                __typename: 'CreateNotificationChannelPayload',
                channel,
                secret: 'whsec_abc',
              },
            },
          };
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'New channel' }));
    const dialog = await screen.findByRole('dialog', { name: 'New notification channel' });
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'Pager' } });
    fireEvent.change(within(dialog).getByLabelText(/^URL/), {
      target: { value: 'https://hooks.example.com/pager' },
    });
    fireEvent.click(within(dialog).getByLabelText(/^Fallback/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create channel' }));
    expect((await screen.findByTestId('channel-secret')).textContent).toBe('whsec_abc');
    expect(server.callsTo('CreateNotificationChannel')[0]?.variables).toEqual({
      input: {
        name: 'Pager',
        type: 'WEBHOOK',
        isFallback: true,
        url: 'https://hooks.example.com/pager',
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'I have copied it' }));
    await waitFor(() => expect(document.body.innerHTML).not.toContain('whsec_abc'));
    expect(await screen.findByTestId('channel-Pager')).toBeTruthy();
  });
});

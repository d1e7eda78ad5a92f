import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectionFixture, serverInfoFixture } from '../../testing/fixtures';
import { renderApp } from '../../testing/renderApp';
import { SERVER_INFO_REFRESH_MS } from './useServerInfo';

function mainNavigation() {
  return screen.getByRole('navigation', { name: 'Main navigation' });
}

describe('the application frame', () => {
  it('shows the product, the signed-in user and their role', async () => {
    renderApp({ path: '/', role: 'SRE' });
    expect(await screen.findByTestId('viewer-email')).toHaveProperty(
      'textContent',
      'admin@backline.local',
    );
    expect(screen.getByTestId('viewer-role').textContent).toBe('SRE');
    expect(screen.getAllByText('Backline').length).toBeGreaterThan(0);
  });

  it('lists every section in the navigation, and Users only for admins', async () => {
    renderApp({ path: '/settings/tokens', role: 'ADMIN' });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    for (const label of [
      'Overview',
      'Deployments',
      'Catalog',
      'Incidents',
      'Tickets',
      'Audit',
      'Settings',
    ]) {
      expect(within(nav).getByText(label)).toBeTruthy();
    }
    expect(within(nav).getByRole('link', { name: 'Users' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Users' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Notifications' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Notifications' })).toBeTruthy();
  });

  it('hides user management from non-admins, in the navigation and on the page', async () => {
    renderApp({ path: '/settings/users', role: 'VIEWER' });
    expect(await screen.findByText('Only admins manage users')).toBeTruthy();
    expect(within(mainNavigation()).queryByRole('link', { name: 'Users' })).toBeNull();
    expect(within(mainNavigation()).getByRole('link', { name: 'API tokens' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Users' })).toBeNull();
  });

  it('announces the built-in simulated cluster', async () => {
    renderApp({ path: '/', simulatedCluster: true });
    expect(await screen.findByText('Connected to the built-in simulated cluster')).toBeTruthy();
  });

  it('shows no cluster banner against a real cluster', async () => {
    renderApp({ path: '/', simulatedCluster: false });
    await screen.findByText(/Backline 0\.1\.0/);
    expect(screen.queryByText('Connected to the built-in simulated cluster')).toBeNull();
  });

  it('marks the current section and navigates between sections', async () => {
    const { router } = renderApp({
      path: '/',
      handlers: {
        deploymentsPage: () => ({
          data: {
            deploymentsConnection: connectionFixture('ModelDeploymentConnection', []),
            managedNamespaces: ['ml-prod'],
          },
        }),
      },
    });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Deployments' }));
    expect(await screen.findByText('No model deployments yet')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/deployments');
    expect(
      within(nav).getByRole('link', { name: 'Deployments' }).getAttribute('aria-current'),
    ).toBe('page');
  });

  it('signs out from the user menu', async () => {
    const { router, server } = renderApp({
      path: '/',
      handlers: { logout: () => ({ data: { logout: true } }) },
    });
    fireEvent.click(await screen.findByRole('button', { name: /Account menu/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    await screen.findByRole('button', { name: 'Sign in' });
    expect(server.callsTo('Logout')).toHaveLength(1);
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByText('Your session has expired; sign in again.')).toBeNull();
  });

  describe('when the cluster connection changes', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('shows the banner once the server reports the simulated cluster', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval'] });
      let simulated = false;
      renderApp({
        path: '/',
        handlers: { serverInfo: () => ({ data: serverInfoFixture(simulated) }) },
      });
      await screen.findByText(/Backline 0\.1\.0/);
      expect(screen.queryByText('Connected to the built-in simulated cluster')).toBeNull();
      simulated = true;
      await vi.advanceTimersByTimeAsync(SERVER_INFO_REFRESH_MS);
      expect(await screen.findByText('Connected to the built-in simulated cluster')).toBeTruthy();
    });
  });
});

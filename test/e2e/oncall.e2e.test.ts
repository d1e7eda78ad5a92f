import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login as signIn } from '../support/graphql.ts';
import { WebhookReceiver } from '../support/receiver.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { OnCallPage } from './pages/OnCallPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { browserSession, screenshot } from './support/browser.ts';

let server: TestServer;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

const session = browserSession(() => server.url);

beforeAll(async () => {
  page = await session.newPage();
});

describe('on call in Chromium', () => {
  it('creates a schedule and a policy, and shows who is on call', async () => {
    const login = await new LoginPage(page).goto();
    await login.signIn(server.adminEmail, server.adminPassword);
    await new ShellPage(page).waitUntilSignedIn();

    const oncall = await new OnCallPage(page).goto();
    await screenshot(page, 'oncall-empty');
    await oncall.createSchedule('Primary', ['admin@backline.local'], '2026-01-05T09:00');
    await expect(oncall.preview.textContent()).resolves.toMatch(/Admin|admin/);
    await screenshot(page, 'oncall-schedule');

    await oncall.gotoPolicies();
    await oncall.createPolicy('Production', 'Primary', 10);
    const card = oncall.policy('Production');
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(/On call on Primary/);
    await expect(card.textContent()).resolves.toMatch(/Default/);
    await screenshot(page, 'oncall-policies');

    await oncall.goto();
    await oncall.onCall('Primary').waitFor();
    const who = await oncall.onCall('Primary').textContent();
    expect(who).not.toBe('Nobody');
    await screenshot(page, 'oncall-now');
  });

  it('shows an incident’s delivery log', async () => {
    const receiver = await WebhookReceiver.start();
    try {
      const cookie = await signIn(server.url, server.adminEmail, server.adminPassword);
      // Nobody on the schedule can be emailed (no SMTP), so the step goes to the fallback.
      await graphql(
        server.url,
        `mutation($input: CreateNotificationChannelInput!) {
          createNotificationChannel(input: $input) { channel { id } } }`,
        {
          input: {
            name: 'Ops webhook',
            type: 'WEBHOOK',
            url: `${receiver.url}/ops`,
            isFallback: true,
          },
        },
        { cookie },
      );
      const declared = await graphql<{ declareIncident: { incident: { id: string } } }>(
        server.url,
        'mutation { declareIncident(input: { title: "Chat answers slowly", severity: SEV2 }) { incident { id } } }',
        {},
        { cookie },
      );
      await page.goto(`/incidents/${declared.data?.declareIncident.incident.id}`);
      const card = page.getByTestId('incident-notifications');
      await card.getByText('delivered').waitFor();
      await expect(card.textContent()).resolves.toMatch(/via Ops webhook/);
      await page.getByText(/^Notified 127\.0\.0\.1:\d+ via Ops webhook/).waitFor();
      await screenshot(page, 'oncall-incident-notifications');
    } finally {
      await receiver.close();
    }
  });
});

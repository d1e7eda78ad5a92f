import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { login, USER_PASSWORD, userWithRole } from '../support/graphql.ts';
import { type Call, caller, deployTo, vllmReleases } from '../support/rollout-api.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { browserSession, dismissNotifications, screenshot } from './support/browser.ts';

/** axe-core's source, evaluated in the page: the console's CSP refuses inline script tags. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

let cluster: SimulatedCluster;
let server: TestServer;
let cookie: string;
let incidentNumber: number;
let ticketReference: string;

const call: Call = <T>(query: string, variables?: Record<string, unknown>) =>
  caller(() => server.url, cookie)<T>(query, variables);

beforeAll(async () => {
  cluster = await startSimulatedCluster({ acceleration: 20 });
  server = await startTestServer({
    env: { KUBECONFIG: cluster.kubeconfig, BACKLINE_NAMESPACES: 'ml-prod' },
  });
  cookie = await login(server.url, server.adminEmail, server.adminPassword);
  const [release] = await vllmReleases(call, ['vllm/vllm-openai:v0.10.1']);
  await deployTo(call, 'qwen-chat', { releaseId: release, replicas: 1, reason: 'Chat model' });
  const declared = await call<{ declareIncident: { incident: { number: number } } }>(
    `mutation { declareIncident(input: { title: "Chat answers slowly", severity: SEV3,
      deployment: { namespace: "ml-prod", name: "qwen-chat" } }) { incident { number } } }`,
  );
  incidentNumber = declared.declareIncident.incident.number;
  const ticket = await call<{ createTicket: { ticket: { reference: string } } }>(
    `mutation { createTicket(input: { subject: "Answers are slow", description: "Since this morning.",
      priority: HIGH, requester: { name: "Grace Hopper", email: "grace@example.com" } }) { ticket { reference } } }`,
  );
  ticketReference = ticket.createTicket.ticket.reference;
});

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
});

const session = browserSession(() => server.url);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const violations = (await page.evaluate(
    `window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: [...n.target, n.html.slice(0, 160)], failureSummary: n.failureSummary })),
    })))`,
  )) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function readable(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .map(
            (n) =>
              `  at ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
          )
          .join('\n')}`,
    )
    .join('\n\n');
}

async function signIn(page: Page) {
  const loginPage = await new LoginPage(page).goto();
  await loginPage.signIn(server.adminEmail, server.adminPassword);
  await new ShellPage(page).waitUntilSignedIn();
}

describe('accessibility of every page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations and one h1 per page, in ${scheme}`, async () => {
      const page = await session.newPage({ colorScheme: scheme });
      await signIn(page);
      const pages: [string, string][] = [
        ['overview', '/'],
        ['deployments', '/deployments'],
        ['deployment', '/deployments/ml-prod/qwen-chat'],
        ...['metrics', 'pods', 'release', 'manifests', 'cost', 'status-page'].map(
          (tab): [string, string] => [
            `deployment-${tab}`,
            `/deployments/ml-prod/qwen-chat?tab=${tab}`,
          ],
        ),
        ['catalog', '/catalog'],
        ['incidents', '/incidents'],
        ['incident', `/incidents/INC-${incidentNumber}`],
        ['oncall-schedules', '/oncall/schedules'],
        ['oncall-policies', '/oncall/policies'],
        ['tickets', '/tickets'],
        ['ticket', `/tickets/${ticketReference}`],
        ['audit', '/audit'],
        ['settings-users', '/settings/users'],
        ['settings-tokens', '/settings/tokens'],
        ['settings-notifications', '/settings/notifications'],
        ['settings-profile', '/settings/profile'],
      ];
      const failures: string[] = [];
      for (const [name, path] of pages) {
        await page.goto(path);
        await page.locator('h1').first().waitFor();
        // Let the page's data arrive: no loader or skeleton left.
        await expect
          .poll(() => page.locator('.mantine-Loader-root, .mantine-Skeleton-root').count(), {
            timeout: 15_000,
          })
          .toBe(0);
        await dismissNotifications(page);
        expect(await page.locator('h1').count(), `${path} has one h1`).toBe(1);
        const violations = await seriousViolations(page);
        if (violations.length > 0) failures.push(`${path} (${scheme}):\n${readable(violations)}`);
        await screenshot(page, `a11y-${scheme}-${name}`);
      }
      await page.goto('/status');
      await page.locator('h1').first().waitFor();
      const statusViolations = await seriousViolations(page);
      if (statusViolations.length > 0) {
        failures.push(`/status (${scheme}):\n${readable(statusViolations)}`);
      }
      await screenshot(page, `a11y-${scheme}-status-page`);
      expect(failures.join('\n\n'), failures.join('\n\n')).toBe('');
    });
  }
});

describe('triage in the worst hour', () => {
  it('shows the open incident on the overview, jumps to it with the palette and acknowledges it by keyboard', async () => {
    const page = await session.newPage();
    await signIn(page);
    const open = page.getByTestId('open-incidents');
    await open.getByText(`INC-${incidentNumber} · Chat answers slowly`).waitFor();
    await expect(
      page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByTestId('nav-count')
        .first()
        .textContent(),
    ).resolves.toMatch(/^\d+/);
    await screenshot(page, 'triage-overview-incident');

    await page.keyboard.press('Control+K');
    const search = page.getByRole('textbox', { name: 'Search Backline' });
    await search.waitFor();
    await search.fill(`INC-${incidentNumber}`);
    await page.getByText(`INC-${incidentNumber} Chat answers slowly`).waitFor();
    await page
      .locator('[data-selected]')
      .filter({ hasText: `INC-${incidentNumber} Chat answers slowly` })
      .waitFor();
    await screenshot(page, 'palette-search');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/incidents/INC-${incidentNumber}`);
    await page.getByRole('heading', { level: 1, name: /Chat answers slowly/ }).waitFor();
    // The palette closes as it jumps; the shortcut toggles it, so it is opened again once shut.
    await search.waitFor({ state: 'hidden' });

    await page.keyboard.press('Control+K');
    await search.waitFor();
    await search.fill(`acknowledge INC-${incidentNumber}`);
    // Enter runs the selected entry: wait until that is the acknowledgement.
    await page
      .locator('[data-selected]')
      .filter({ hasText: `Acknowledge INC-${incidentNumber}` })
      .waitFor();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('status-badge')
      .filter({ hasText: /acknowledged/i })
      .first()
      .waitFor();
    await screenshot(page, 'palette-acknowledged');
  });
});

describe('the console shaped by role', () => {
  type Role = 'VIEWER' | 'SUPPORT' | 'SRE' | 'ADMIN';
  const everyone = [
    'Overview',
    'Deployments',
    'Catalog',
    'Incidents',
    'Schedules',
    'Escalation policies',
  ];
  const expected: Record<Role, { navigation: string[]; actions: string[] }> = {
    VIEWER: {
      navigation: [...everyone, 'Costs', 'Audit', 'API tokens', 'Profile'],
      actions: [],
    },
    SUPPORT: {
      navigation: [...everyone, 'Tickets', 'Costs', 'Audit', 'API tokens', 'Profile'],
      actions: [],
    },
    SRE: {
      navigation: [...everyone, 'Tickets', 'Costs', 'Audit', 'API tokens', 'Profile'],
      actions: ['Scale'],
    },
    ADMIN: {
      navigation: [
        ...everyone,
        'Tickets',
        'Costs',
        'Audit',
        'Users',
        'API tokens',
        'Notifications',
        'Profile',
      ],
      actions: ['Deploy release', 'Scale', 'Delete'],
    },
  };

  for (const role of Object.keys(expected) as Role[]) {
    it(`gives ${role === 'ADMIN' ? 'an' : 'a'} ${role} the navigation and actions of the role, and no errors`, async () => {
      const user = await userWithRole(server.url, cookie, role);
      const page = await session.newPage();
      await (await new LoginPage(page).goto()).signIn(user.email, USER_PASSWORD);
      const shell = new ShellPage(page);
      await shell.waitUntilSignedIn();
      await page.getByTestId('open-incidents').waitFor();
      for (const group of ['On call', 'Settings']) {
        await shell.navigation.getByRole('button', { name: group }).click();
      }
      await shell.navigation.getByRole('link', { name: 'Profile' }).waitFor();
      const labels = await shell.navigation.locator('a .mantine-NavLink-label').allTextContents();
      expect(labels).toEqual(expected[role].navigation);
      // Nothing the role may not read shows up as an error.
      expect(
        await page
          .getByRole('alert')
          .filter({ hasText: /not allowed|forbidden|denied/i })
          .count(),
      ).toBe(0);
      expect(await page.getByTestId('tickets-at-risk').count()).toBe(role === 'VIEWER' ? 0 : 1);
      await screenshot(page, `role-${role.toLowerCase()}-overview`);

      // On a deployment's page, only the actions the role can take.
      await page.goto('/deployments/ml-prod/qwen-chat');
      await page.getByTestId('health-card').waitFor();
      const header = page.locator('main');
      for (const action of ['Deploy release', 'Scale', 'Delete']) {
        const shown = await header
          .getByRole(action === 'Deploy release' ? 'link' : 'button', { name: action, exact: true })
          .count();
        expect(shown > 0, `${role} sees ${action}`).toBe(expected[role].actions.includes(action));
      }
      await screenshot(page, `role-${role.toLowerCase()}-deployment`);
      await page.close();
    });
  }
});

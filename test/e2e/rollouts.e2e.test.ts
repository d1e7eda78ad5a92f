import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { login } from '../support/graphql.ts';
import { type Call, caller } from '../support/rollout-api.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { DeploymentPage } from './pages/DeploymentPage.ts';
import { DeploymentsPage } from './pages/DeploymentsPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { RolloutPanel } from './pages/RolloutPanel.ts';
import { ShellPage } from './pages/ShellPage.ts';
import {
  browserSession,
  dismissNotifications,
  screenshot,
  screenshotOf,
} from './support/browser.ts';

let cluster: SimulatedCluster;
let server: TestServer;
let cookie: string;
const releases: string[] = [];

function newPage(viewport?: { width: number; height: number }): Promise<Page> {
  return session.newPage(viewport ? { viewport } : {});
}

const call: Call = <T>(query: string, variables?: Record<string, unknown>) =>
  caller(() => server.url, cookie)<T>(query, variables);

async function deploy(releaseId: string, extra: Record<string, unknown> = {}): Promise<void> {
  await call(
    'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
    {
      input: {
        namespace: 'ml-prod',
        name: 'qwen-chat',
        environment: 'PROD',
        releaseId,
        replicas: 2,
        ...extra,
      },
    },
  );
}

beforeAll(async () => {
  cluster = await startSimulatedCluster({ acceleration: 30 });
  server = await startTestServer({
    env: {
      KUBECONFIG: cluster.kubeconfig,
      BACKLINE_NAMESPACES: 'ml-prod',
      BACKLINE_HEALTH_INTERVAL: '300ms',
      BACKLINE_SYNTHETIC_TIMEOUT: '1s',
    },
  });
  cookie = await login(server.url, server.adminEmail, server.adminPassword);
  const model = await call<{ registerModel: { model: { id: string } } }>(
    `mutation { registerModel(input: { name: "qwen-small", family: "Qwen2.5", source: "hf://Qwen/Qwen2.5-0.5B-Instruct",
      revision: "7ae557604adf67be50417f59c2c2f167def9a775", license: "Apache-2.0", parameterCountBillions: 0.5,
      contextLength: 32768, gpuMemoryGiB: 2 }) { model { id } } }`,
  );
  // Three releases that differ in their context length: the first, a good one and a bad one.
  for (const length of [4096, 8192, 16384]) {
    const release = await call<{ createRelease: { release: { id: string } } }>(
      `mutation($m: ID!, $len: Int!) { createRelease(input: { modelId: $m, runtime: VLLM,
        image: "vllm/vllm-openai:v0.10.1", engine: { maxModelLength: $len },
        resources: { gpus: 1, cpu: "2", memory: "16Gi" }, expectedLoadSeconds: 30 }) { release { id } } }`,
      { m: model.registerModel.model.id, len: length },
    );
    releases.push(release.createRelease.release.id);
  }
});

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
});

// After the server's hooks: the browser starts once the server is up and closes before it stops.
const session = browserSession(() => server.url);

describe('progressive rollouts in the console, against the simulated cluster', () => {
  it('moves a canary step by step, pauses and resumes it, and rolls a crashing one back by itself', async () => {
    const [first, good, bad] = releases;
    if (!first || !good || !bad) throw new Error('releases missing');
    await deploy(first, { reason: 'Chat model for the support bot' });

    // Tall enough that the whole rollout panel fits on screen for its screenshots.
    const page = await newPage({ width: 1366, height: 1400 });
    await new LoginPage(page).goto().then((l) => l.signIn(server.adminEmail, server.adminPassword));
    const shell = new ShellPage(page);
    await shell.waitUntilSignedIn();
    await page.goto('/deployments/ml-prod/qwen-chat');
    const deployment = new DeploymentPage(page);
    const rollout = new RolloutPanel(page);
    await expect.poll(() => deployment.phase(), { timeout: 90_000 }).toBe('READY');
    expect(await rollout.state()).toBe('NONE');

    // A new release with the canary strategy, in two steps, from the form.
    await page.goto('/deployments/new');
    const form = new DeploymentsPage(page);
    await form.fill({
      name: 'qwen-chat',
      environment: 'Prod',
      model: 'qwen-small',
      replicas: '2',
      reason: 'Longer context for the support bot',
    });
    await RolloutPanel.chooseCanary(form.form, good.slice(4, 12), [
      { weightPercent: 50, analysisSeconds: 40 },
      { weightPercent: 100, analysisSeconds: 5 },
    ]);
    await form.form.getByTestId('canary-steps').scrollIntoViewIfNeeded();
    await screenshot(page, 'rollout-form-canary-steps');
    await form.submit();

    // Its page follows the rollout live: the first step runs, then is held and let go.
    await page.waitForURL(/\/deployments\/ml-prod\/qwen-chat$/);
    await expect.poll(() => rollout.state(), { timeout: 60_000 }).toBe('PROGRESSING');
    await expect
      .poll(() => rollout.stepStatuses(), { timeout: 30_000 })
      .toEqual(['running', 'waiting']);
    await dismissNotifications(page);
    await screenshot(page, 'rollout-progressing');
    await screenshotOf(rollout.root, 'rollout-panel-progressing');
    await rollout.act('Pause');
    await expect.poll(() => rollout.state(), { timeout: 15_000 }).toBe('PAUSED');
    await rollout.root.getByRole('button', { name: 'Resume' }).waitFor();
    await screenshotOf(rollout.root, 'rollout-panel-paused');

    // The fleet sees it too: the overview's card and the deployments list.
    await shell.open('Overview');
    const card = page.getByTestId('active-rollouts');
    await card.getByTestId('active-rollout').waitFor();
    expect(await card.textContent()).toContain('Paused');
    await screenshot(page, 'rollout-overview-active');
    await shell.open('Deployments');
    await new DeploymentsPage(page)
      .row('ml-prod', 'qwen-chat')
      .getByTestId('rollout-state-badge')
      .waitFor();
    await screenshot(page, 'rollout-deployments-list');

    await page.goto('/deployments/ml-prod/qwen-chat');
    await rollout.act('Resume');
    await expect.poll(() => rollout.state(), { timeout: 15_000 }).not.toBe('PAUSED');
    await expect.poll(() => rollout.state(), { timeout: 180_000 }).toBe('SUCCEEDED');
    expect(await rollout.stepStatuses()).toEqual(['done', 'done']);
    expect(await rollout.analysis.count()).toBeGreaterThan(0);
    const actors = await rollout.events.allTextContents();
    expect(actors.some((text) => text.includes(server.adminEmail))).toBe(true);
    await dismissNotifications(page);
    await screenshotOf(rollout.root, 'rollout-panel-succeeded');
    await screenshotOf(page.getByTestId('rollout-history'), 'rollout-history');

    // The next release crash-loops on the canary: Backline rolls it back by itself, with the reason.
    const fault = cluster.sim.injectFault({
      type: 'crash-loop',
      namespace: 'ml-prod',
      deployment: 'qwen-chat-canary',
    });
    await deploy(bad, {
      strategy: 'CANARY',
      canarySteps: [
        { weightPercent: 50, analysisSeconds: 60 },
        { weightPercent: 100, analysisSeconds: 5 },
      ],
      reason: 'Bigger context window',
    });
    await expect
      .poll(() => rollout.state(), { timeout: 180_000 })
      .toMatch(/^(ROLLING_BACK|ROLLED_BACK)$/);
    await rollout.reason.waitFor();
    expect((await rollout.reason.textContent())?.length).toBeGreaterThan(20);
    await expect.poll(() => rollout.state(), { timeout: 180_000 }).toBe('ROLLED_BACK');
    expect(await rollout.history.count()).toBe(2);
    expect(await rollout.root.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    await dismissNotifications(page);
    await screenshotOf(rollout.root, 'rollout-panel-rolled-back');
    await shell.chooseTheme('Dark theme');
    await page.evaluate('document.activeElement?.blur()');
    await screenshotOf(rollout.root, 'rollout-panel-rolled-back-dark');
    await shell.chooseTheme('Light theme');
    cluster.sim.clearFault(fault.id);

    // On a phone the panel stacks into one column.
    const phone = await newPage({ width: 390, height: 844 });
    await new LoginPage(phone)
      .goto()
      .then((l) => l.signIn(server.adminEmail, server.adminPassword));
    await new ShellPage(phone).waitUntilSignedIn();
    await phone.goto('/deployments/ml-prod/qwen-chat');
    await new RolloutPanel(phone).reason.waitFor();
    await screenshotOf(new RolloutPanel(phone).root, 'rollout-panel-phone');
    await phone.goto('/deployments/new');
    const phoneForm = new DeploymentsPage(phone).form;
    await phoneForm.getByText('Canary', { exact: true }).click();
    await phoneForm.getByRole('button', { name: 'Add step' }).click();
    await phoneForm.getByRole('textbox', { name: 'Step 1 weight (%)' }).fill('0');
    await phoneForm.getByText('Enter a whole percentage from 1 to 100').waitFor();
    await screenshotOf(phoneForm.getByTestId('canary-steps'), 'rollout-form-steps-phone');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlError } from '../../testing/fakeGraphqlFetch';
import { modelFixture } from '../../testing/fixtures';
import { renderApp } from '../../testing/renderApp';

const model = modelFixture();

const capital = {
  __typename: 'GoldenPrompt',
  id: 'gp-1',
  name: 'capital',
  messages: [
    { __typename: 'ChatMessage', role: 'SYSTEM', content: 'Be brief.' },
    { __typename: 'ChatMessage', role: 'USER', content: 'What is the capital of France?' },
  ],
  maxTokens: 32,
  expectations: {
    __typename: 'AnswerExpectations',
    contains: ['Paris'],
    mustNotContain: ['As an AI'],
    pattern: '^Paris\\b',
    jsonSchema: null,
    maxLength: 40,
  },
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'sre@example.com',
};

function handlers(prompts: unknown[] = [capital]) {
  return {
    models: () => ({ data: { models: [model] } }),
    modelGoldenPrompts: () => ({
      data: { model: { __typename: 'Model', id: 'model-1', goldenPrompts: prompts } },
    }),
  };
}

/** The console renders the whole app; on a busy machine the first render takes a while. */
const SLOW = { timeout: 10_000 };

const field = (label: RegExp) => screen.getByLabelText(label);
const type = (label: RegExp, value: string) =>
  fireEvent.change(field(label), { target: { value } });

describe('golden prompts in the catalog', () => {
  it('lists a model’s golden prompts with what the answer must be like', async () => {
    renderApp({ path: '/catalog', role: 'SRE', handlers: handlers() });
    const row = await screen.findByTestId('golden-prompt-row-capital', {}, SLOW);
    expect(within(row).getByText('What is the capital of France?')).toBeTruthy();
    expect(within(row).getByText('after 1 earlier message')).toBeTruthy();
    for (const label of ['contains “Paris”', 'not “As an AI”', 'matches /^Paris\\b/', '≤ 40 chars'])
      expect(within(row).getByText(label)).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Edit capital' })).toBeTruthy();
  });

  it('shows viewers the prompts but no way to change them', async () => {
    renderApp({ path: '/catalog', role: 'VIEWER', handlers: handlers() });
    const row = await screen.findByTestId('golden-prompt-row-capital', {}, SLOW);
    expect(within(row).queryByRole('button', { name: 'Edit capital' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add golden prompt' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Run on a deployment/ })).toBeNull();
  });

  it('adds a prompt, checking the fields as they are typed and placing the server’s errors', async () => {
    let calls = 0;
    const { server } = renderApp({
      path: '/catalog',
      role: 'SRE',
      handlers: {
        ...handlers([]),
        createGoldenPrompt: () =>
          ++calls === 1
            ? graphqlError('BAD_USER_INPUT', 'Invalid input', {
                fields: [
                  {
                    path: ['input', 'expect', 'jsonSchema'],
                    message:
                      'is not a JSON schema that can be compiled: /type: must be equal to one of the allowed values',
                  },
                ],
              })
            : {
                data: {
                  createGoldenPrompt: { __typename: 'GoldenPromptPayload', goldenPrompt: capital },
                },
              },
      },
    });
    (await screen.findByRole('button', { name: 'Add golden prompt' }, SLOW)).click();
    const form = await screen.findByRole('form', { name: 'Golden prompt' }, SLOW);
    within(form).getByRole('button', { name: 'Add golden prompt' }).click();
    expect(await within(form).findByText('Enter a name', {}, SLOW)).toBeTruthy();
    expect(within(form).getByText('Enter what the user asks')).toBeTruthy();
    expect(within(form).getByText(/^Set at least one expectation/)).toBeTruthy();

    type(/^Name/, 'json answer');
    type(/^User message/, 'What is 2 + 2? Reply in JSON.');
    type(/^Match the regular expression/, '([0-9]');
    expect(await within(form).findByText(/Unterminated group/, {}, SLOW)).toBeTruthy();
    type(/^Match the regular expression/, '');
    type(/^Be JSON valid against the schema/, '{"type": ');
    expect(await within(form).findByText(/^Not JSON:/, {}, SLOW)).toBeTruthy();
    type(/^Be JSON valid against the schema/, '{"type": "objekt"}');
    type(/^Max tokens/, '5000');
    expect(
      await within(form).findByText('Enter a whole number from 1 to 4096', {}, SLOW),
    ).toBeTruthy();
    type(/^Max tokens/, '16');

    within(form).getByRole('button', { name: 'Add golden prompt' }).click();
    expect(
      await within(form).findByText(
        'Is not a JSON schema that can be compiled: /type: must be equal to one of the allowed values',
        {},
        SLOW,
      ),
    ).toBeTruthy();
    type(/^Be JSON valid against the schema/, '{"type": "object", "required": ["answer"]}');
    within(form).getByRole('button', { name: 'Add golden prompt' }).click();
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Golden prompt' })).toBeNull(),
      SLOW,
    );
    expect(server.callsTo('CreateGoldenPrompt')[1]?.variables).toEqual({
      input: {
        modelId: 'model-1',
        name: 'json answer',
        messages: [{ role: 'USER', content: 'What is 2 + 2? Reply in JSON.' }],
        maxTokens: 16,
        expect: {
          contains: [],
          mustNotContain: [],
          pattern: null,
          jsonSchema: { type: 'object', required: ['answer'] },
          maxLength: null,
        },
      },
    });
  });

  it('edits a prompt, starting from what it is', async () => {
    const { server } = renderApp({
      path: '/catalog',
      role: 'SRE',
      handlers: {
        ...handlers(),
        updateGoldenPrompt: () => ({
          data: {
            updateGoldenPrompt: { __typename: 'GoldenPromptPayload', goldenPrompt: capital },
          },
        }),
      },
    });
    (await screen.findByRole('button', { name: 'Edit capital' }, SLOW)).click();
    const form = await screen.findByRole('form', { name: 'Golden prompt' }, SLOW);
    await waitFor(
      () => expect((field(/^Contain/) as HTMLTextAreaElement).value).toBe('Paris'),
      SLOW,
    );
    expect((field(/^System message/) as HTMLTextAreaElement).value).toBe('Be brief.');
    type(/^Be at most/, '30');
    within(form).getByRole('button', { name: 'Save' }).click();
    await waitFor(() => expect(server.callsTo('UpdateGoldenPrompt')).toHaveLength(1), SLOW);
    expect(server.callsTo('UpdateGoldenPrompt')[0]?.variables).toEqual({
      input: {
        id: 'gp-1',
        name: 'capital',
        messages: [
          { role: 'SYSTEM', content: 'Be brief.' },
          { role: 'USER', content: 'What is the capital of France?' },
        ],
        maxTokens: 32,
        expect: {
          contains: ['Paris'],
          mustNotContain: ['As an AI'],
          pattern: '^Paris\\b',
          jsonSchema: null,
          maxLength: 30,
        },
      },
    });
  });

  it('runs the prompts on a deployment and shows each verdict, failures and answer', async () => {
    const { server } = renderApp({
      path: '/catalog',
      role: 'SRE',
      handlers: {
        ...handlers(),
        modelDeployments: () => ({
          data: {
            deployments: [
              {
                __typename: 'ModelDeployment',
                id: 'd-1',
                namespace: 'ml-prod',
                name: 'chat',
                environment: 'PROD',
                phase: 'READY',
                release: {
                  __typename: 'Release',
                  id: 'rel-aaaaaaaaaaaaaaaa',
                  model: { __typename: 'Model', id: 'model-1' },
                },
                status: {
                  __typename: 'DeploymentStatus',
                  pods: [
                    {
                      __typename: 'Pod',
                      name: 'chat-7d9f-abcde',
                      ready: true,
                      track: 'stable',
                      releaseId: 'rel-aaaaaaaaaaaaaaaa',
                    },
                  ],
                },
              },
            ],
          },
        }),
        checkGoldenPrompts: () => ({
          data: {
            checkGoldenPrompts: {
              __typename: 'GoldenPromptCheck',
              namespace: 'ml-prod',
              name: 'chat',
              pod: 'chat-7d9f-abcde',
              releaseId: 'rel-aaaaaaaaaaaaaaaa',
              checkedAt: '2026-01-01T00:00:00.000Z',
              results: [
                {
                  __typename: 'PromptCheckResult',
                  promptId: 'gp-1',
                  name: 'capital',
                  passed: false,
                  failures: [
                    'answer does not match /^Paris\\b/',
                    'answer is 47 characters, limit 40',
                  ],
                  answerExcerpt: 'The capital of France has been Paris since 987.',
                  durationMs: 12,
                },
                {
                  __typename: 'PromptCheckResult',
                  promptId: 'gp-2',
                  name: 'greeting',
                  passed: null,
                  failures: ['could not reach ml-prod/chat-7d9f-abcde: no answer within 30000 ms'],
                  answerExcerpt: '',
                  durationMs: 30000,
                },
              ],
            },
          },
        }),
      },
    });
    // The button is enabled once the prompts have loaded.
    await screen.findByTestId('golden-prompt-row-capital', {}, SLOW);
    screen.getByRole('button', { name: /Run on a deployment/ }).click();
    // Text queries are quicker than role queries over the whole page.
    const run = (await screen.findByText('Run', { selector: 'button *' }, SLOW)).closest(
      'button',
    ) as HTMLButtonElement;
    await waitFor(() => expect(run.disabled).toBe(false), SLOW);
    run.click();
    const results = await screen.findByTestId('check-results', {}, SLOW);
    expect(server.callsTo('CheckGoldenPrompts')[0]?.variables).toEqual({
      input: { namespace: 'ml-prod', name: 'chat', timeoutSeconds: 30 },
    });
    expect(within(results).getByText('1 failed')).toBeTruthy();
    const failed = within(results).getByTestId('check-result-capital');
    expect(within(failed).getByText('Failed')).toBeTruthy();
    expect(within(failed).getByText('answer is 47 characters, limit 40')).toBeTruthy();
    expect(
      within(failed).getByText('The capital of France has been Paris since 987.'),
    ).toBeTruthy();
    const inconclusive = within(results).getByTestId('check-result-greeting');
    expect(within(inconclusive).getByText('Inconclusive')).toBeTruthy();
  });
});

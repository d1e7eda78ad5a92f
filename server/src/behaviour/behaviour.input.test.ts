import { describe, expect, it } from 'vitest';
import { parseInput } from '../shared/errors.ts';
import { goldenPromptFieldsInput } from './behaviour.input.ts';

function fieldErrors(input: unknown): { path: string; message: string }[] {
  try {
    parseInput(goldenPromptFieldsInput, input);
  } catch (error) {
    return ((error as { fields: { path: string[]; message: string }[] }).fields ?? []).map((f) => ({
      path: f.path.join('.'),
      message: f.message,
    }));
  }
  return [];
}

const valid = {
  name: 'capital',
  prompt: 'What is the capital of France?',
  maxTokens: 32,
  expect: { contains: ['Paris'] },
};

describe('golden prompt input', () => {
  it('turns a user text into one user message and fills the expectations', () => {
    expect(parseInput(goldenPromptFieldsInput, valid)).toEqual({
      name: 'capital',
      maxTokens: 32,
      messages: [{ role: 'user', content: 'What is the capital of France?' }],
      expectations: {
        contains: ['Paris'],
        mustNotContain: [],
        pattern: null,
        jsonSchema: null,
        maxLength: null,
      },
    });
  });

  it('takes chat messages as GraphQL sends them, with nulls for what was left out', () => {
    const parsed = parseInput(goldenPromptFieldsInput, {
      name: 'json',
      prompt: null,
      messages: [
        { role: 'SYSTEM', content: 'Answer in JSON.' },
        { role: 'USER', content: 'What is 2 + 2?' },
      ],
      maxTokens: 16,
      expect: {
        contains: null,
        mustNotContain: null,
        pattern: null,
        jsonSchema: { type: 'object', required: ['answer'] },
        maxLength: null,
      },
    });
    expect(parsed.messages).toEqual([
      { role: 'system', content: 'Answer in JSON.' },
      { role: 'user', content: 'What is 2 + 2?' },
    ]);
    expect(parsed.expectations.jsonSchema).toEqual({ type: 'object', required: ['answer'] });
  });

  it('says what is wrong with a regular expression and where', () => {
    expect(fieldErrors({ ...valid, expect: { pattern: '(unclosed' } })).toEqual([
      {
        path: 'input.expect.pattern',
        message:
          'is not a regular expression: Invalid regular expression: /(unclosed/: Unterminated group',
      },
    ]);
  });

  it('says why a JSON schema cannot be compiled', () => {
    expect(fieldErrors({ ...valid, expect: { jsonSchema: { type: 'objec' } } })).toEqual([
      {
        path: 'input.expect.jsonSchema',
        message:
          'is not a JSON schema that can be compiled: /type: must be equal to one of the allowed values',
      },
    ]);
    expect(fieldErrors({ ...valid, expect: { jsonSchema: { requried: ['a'] } } })[0]?.message).toBe(
      'is not a JSON schema that can be compiled: strict mode: unknown keyword: "requried"',
    );
  });

  it('refuses a prompt that expects nothing', () => {
    expect(fieldErrors({ ...valid, expect: { contains: [], pattern: '' } })).toEqual([
      {
        path: 'input.expect',
        message:
          'must set at least one of contains, mustNotContain, pattern, jsonSchema or maxLength',
      },
    ]);
  });

  it('checks lengths and limits', () => {
    expect(
      fieldErrors({
        ...valid,
        name: ' ',
        maxTokens: 0,
        expect: { contains: ['', 'x'.repeat(501)], maxLength: 1.5 },
      }),
    ).toEqual([
      { path: 'input.name', message: 'must not be empty' },
      { path: 'input.maxTokens', message: 'must be at least 1' },
      { path: 'input.expect.contains.0', message: 'must not be empty' },
      { path: 'input.expect.contains.1', message: 'must be at most 500 characters' },
      { path: 'input.expect.maxLength', message: 'must be a whole number' },
    ]);
    expect(fieldErrors({ ...valid, maxTokens: 5000 })).toEqual([
      { path: 'input.maxTokens', message: 'must be at most 4096' },
    ]);
  });

  it('needs a prompt: a user text or messages ending with the user’s', () => {
    expect(fieldErrors({ ...valid, prompt: null })).toEqual([
      { path: 'input.prompt', message: 'give the prompt: a user text, or messages' },
    ]);
    expect(fieldErrors({ ...valid, prompt: '   ' })).toEqual([
      { path: 'input.prompt', message: 'must not be empty' },
    ]);
    expect(
      fieldErrors({
        ...valid,
        prompt: null,
        messages: [
          { role: 'USER', content: 'Hi' },
          { role: 'ASSISTANT', content: 'Hello' },
        ],
      }),
    ).toEqual([
      { path: 'input.messages.1.role', message: 'the last message must be from the user' },
    ]);
    expect(fieldErrors({ ...valid, messages: [{ role: 'USER', content: 'Hi' }] })).toEqual([
      { path: 'input.messages', message: 'give either prompt or messages, not both' },
    ]);
    expect(
      fieldErrors({ ...valid, prompt: null, messages: [{ role: 'TOOL', content: 'x' }] }),
    ).toEqual([{ path: 'input.messages.0.role', message: 'must be SYSTEM, USER or ASSISTANT' }]);
  });
});

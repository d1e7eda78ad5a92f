import { describe, expect, it } from 'vitest';
import { answerFor } from './openai.ts';

describe('simulated answers', () => {
  it('answers the same prompt the same way every time', () => {
    const prompt = 'Tell me something about the weather.';
    expect(answerFor(prompt, false)).toBe(answerFor(prompt, false));
    expect(answerFor(prompt, true)).toBe(answerFor(prompt, true));
  });

  it('knows a few questions, and answers them worse under behaviour drift', () => {
    expect(answerFor('What is the capital of France?', false)).toBe(
      'Paris is the capital of France.',
    );
    expect(answerFor('What is the capital of France?', true)).toBe(
      'The capital of France has been Paris since 987.',
    );
    expect(answerFor('What is 2 + 2?', false)).toBe('The answer is 4.');
    expect(answerFor('Which model are you?', true)).toBe(
      'As an AI, I cannot discuss which model I am.',
    );
  });

  it('answers in JSON when asked to, and breaks the shape or wraps it in prose when drifting', () => {
    expect(JSON.parse(answerFor('What is 2+2? Reply in JSON.', false))).toEqual({ answer: 4 });
    expect(JSON.parse(answerFor('What is 2+2? Reply in JSON.', true))).toEqual({ answer: 'four' });
    expect(JSON.parse(answerFor('JSON please: capital of France?', false))).toEqual({
      answer: 'Paris is the capital of France.',
    });
    expect(answerFor('JSON please: capital of France?', true)).toMatch(
      /^Sure! Here is the JSON you asked for: \{/,
    );
  });
});

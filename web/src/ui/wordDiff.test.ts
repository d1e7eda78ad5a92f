import { describe, expect, it } from 'vitest';
import { wordDiff } from './wordDiff';

describe('wordDiff', () => {
  it('keeps shared words and marks the ones removed and added, in order', () => {
    expect(wordDiff('The capital of France is Paris.', 'The capital of France is Lyon.')).toEqual([
      { kind: 'same', text: 'The capital of France is ' },
      { kind: 'removed', text: 'Paris.' },
      { kind: 'added', text: 'Lyon.' },
    ]);
  });

  it('joins back into each text', () => {
    const before = 'I cannot help with that request.';
    const after = 'Sure, here is how to write that request:  step one';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
    // Punctuation belongs to its word: "request." and "request:" differ.
    expect(parts.filter((p) => p.kind === 'same').map((p) => p.text.trim())).toEqual(['that']);
  });

  it('finds no change in the same words, and all of one side against nothing', () => {
    expect(wordDiff('a b c', 'a b c')).toEqual([{ kind: 'same', text: 'a b c' }]);
    expect(wordDiff('', 'new words')).toEqual([{ kind: 'added', text: 'new words' }]);
    expect(wordDiff('old', '')).toEqual([{ kind: 'removed', text: 'old' }]);
  });
});

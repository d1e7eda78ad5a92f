import { describe, expect, it } from 'vitest';
import { matchScore } from './search.resolvers.ts';

describe('search ranking', () => {
  it('ranks the whole name, then its start, then a word, then anywhere', () => {
    expect(matchScore('chat', 'chat')).toBe(4);
    expect(matchScore('chat-large', 'chat')).toBe(3);
    expect(matchScore('ml-prod/chat', 'chat')).toBe(2);
    expect(matchScore('webchat', 'chat')).toBe(1);
    expect(matchScore('embed', 'chat')).toBe(0);
    expect(matchScore('chat', '')).toBe(0);
  });
});

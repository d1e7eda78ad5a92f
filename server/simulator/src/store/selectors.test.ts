import { describe, expect, it } from 'vitest';
import {
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
  SelectorError,
} from './selectors.ts';

describe('label selectors', () => {
  it('matches equality and set-based requirements', () => {
    const reqs = parseLabelSelector('app=chat,tier in (web, api),!legacy,env!=dev');
    expect(matchesLabels(reqs, { app: 'chat', tier: 'api', env: 'prod' })).toBe(true);
    expect(matchesLabels(reqs, { app: 'chat', tier: 'db', env: 'prod' })).toBe(false);
    expect(matchesLabels(reqs, { app: 'chat', tier: 'web', legacy: 'y' })).toBe(false);
    expect(matchesLabels(reqs, { app: 'chat', tier: 'web', env: 'dev' })).toBe(false);
  });

  it('rejects malformed selectors', () => {
    expect(() => parseLabelSelector('app in (a')).toThrow(SelectorError);
  });

  it('parses field selectors with = and !=', () => {
    expect(parseFieldSelector('spec.nodeName=n1,status.phase!=Running')).toEqual([
      { field: 'spec.nodeName', op: '=', value: 'n1' },
      { field: 'status.phase', op: '!=', value: 'Running' },
    ]);
  });
});

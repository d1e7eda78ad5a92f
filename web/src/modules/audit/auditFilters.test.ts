import { describe, expect, it } from 'vitest';
import { auditEntryFixture } from '../../testing/fixtures';
import {
  auditExportUrl,
  EMPTY_FILTERS,
  filtersFromSearchParams,
  isoToLocalInput,
  localInputToIso,
  matchesFilters,
  toGraphqlFilter,
} from './auditFilters';

const entry = auditEntryFixture(7, {
  action: 'token.revoke',
  actor: 'Admin@Backline.local',
  targetType: 'api_token',
  targetId: 'tok-9',
  occurredAt: '2026-03-01T10:00:00.000Z',
});

describe('audit filters', () => {
  it('builds the export URL with the same filters as the query', () => {
    const filters = { ...EMPTY_FILTERS, action: 'token.', targetType: 'api_token' };
    expect(auditExportUrl(filters)).toBe('/api/audit/export?action=token.&targetType=api_token');
    expect(auditExportUrl(EMPTY_FILTERS)).toBe('/api/audit/export');
    expect(toGraphqlFilter(filters)).toEqual({ action: 'token.', targetType: 'api_token' });
  });

  it('reads filters from the URL, ignoring unknown parameters', () => {
    const filters = filtersFromSearchParams(new URLSearchParams('actor=sam&page=3&to='));
    expect(filters).toEqual({ ...EMPTY_FILTERS, actor: 'sam' });
  });

  it('matches live entries the way the server filters', () => {
    expect(matchesFilters(entry, EMPTY_FILTERS)).toBe(true);
    expect(matchesFilters(entry, { ...EMPTY_FILTERS, action: 'token.' })).toBe(true);
    expect(matchesFilters(entry, { ...EMPTY_FILTERS, action: 'revoke' })).toBe(false);
    expect(matchesFilters(entry, { ...EMPTY_FILTERS, actor: 'admin@' })).toBe(true);
    expect(matchesFilters(entry, { ...EMPTY_FILTERS, targetType: 'api' })).toBe(false);
    expect(matchesFilters(entry, { ...EMPTY_FILTERS, targetId: 'tok-9' })).toBe(true);
    expect(matchesFilters(entry, { ...EMPTY_FILTERS, from: '2026-03-01T10:00:00.000Z' })).toBe(
      true,
    );
    expect(matchesFilters(entry, { ...EMPTY_FILTERS, to: '2026-03-01T10:00:00.000Z' })).toBe(false);
  });

  it('round-trips times through datetime-local inputs', () => {
    const iso = localInputToIso('2026-03-01T10:30');
    expect(isoToLocalInput(iso)).toBe('2026-03-01T10:30');
    expect(localInputToIso('')).toBe('');
    expect(isoToLocalInput('not a date')).toBe('');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAuthorizationTable, TABLE_END, TABLE_START } from './authorization-table.ts';

describe('the authorization table in docs/security.md', () => {
  it('is the one the access policies in the code give (node server/scripts/authorization-table.ts)', () => {
    const doc = readFileSync(
      path.resolve(import.meta.dirname, '../../../docs/security.md'),
      'utf8',
    );
    const start = doc.indexOf(TABLE_START);
    const end = doc.indexOf(TABLE_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(doc.slice(start, end + TABLE_END.length)).toBe(renderAuthorizationTable());
  });
});

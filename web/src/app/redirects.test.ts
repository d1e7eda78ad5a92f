import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './redirects';

describe('login redirects', () => {
  it('remembers the page the user was going to', () => {
    expect(loginPath('/audit?action=token.')).toBe('/login?next=%2Faudit%3Faction%3Dtoken.');
    expect(loginPath('/')).toBe('/login');
  });

  it('only follows paths on this site', () => {
    expect(safeNextPath('/settings/tokens')).toBe('/settings/tokens');
    expect(safeNextPath('//evil.example.com')).toBe('/');
    expect(safeNextPath('/\\evil.example.com')).toBe('/');
    expect(safeNextPath('https://evil.example.com')).toBe('/');
    expect(safeNextPath('/login?next=/x')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});

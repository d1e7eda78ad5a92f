import { describe, expect, it } from 'vitest';
import { groupsClaim, roleForGroups } from './sso.service.ts';

describe('mapping identity provider groups to a role', () => {
  const roleMap = new Map([
    ['backline-admins', 'ADMIN' as const],
    ['sre', 'SRE' as const],
    ['/support', 'SUPPORT' as const],
  ]);

  it('gives the highest role any group maps to', () => {
    expect(roleForGroups(['sre', 'backline-admins', 'x'], roleMap, null)).toBe('ADMIN');
    expect(roleForGroups(['/support', 'sre'], roleMap, null)).toBe('SRE');
  });

  it('falls back to the default role, or refuses (null) by default', () => {
    expect(roleForGroups(['marketing'], roleMap, null)).toBeNull();
    expect(roleForGroups([], roleMap, 'VIEWER')).toBe('VIEWER');
  });

  it('reads the groups from a plain, namespaced or nested claim', () => {
    expect(groupsClaim({ groups: ['a', 'b', 3] }, 'groups')).toEqual(['a', 'b']);
    expect(groupsClaim({ groups: 'a' }, 'groups')).toEqual(['a']);
    expect(
      groupsClaim({ 'https://acme.example/groups': ['a'] }, 'https://acme.example/groups'),
    ).toEqual(['a']);
    expect(groupsClaim({ realm_access: { roles: ['sre'] } }, 'realm_access.roles')).toEqual([
      'sre',
    ]);
    expect(groupsClaim({}, 'groups')).toBeUndefined();
    expect(groupsClaim({ groups: { not: 'a list' } }, 'groups')).toEqual([]);
  });
});

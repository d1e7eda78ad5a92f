import { describe, expect, it } from 'vitest';
import { humanNumber } from './human-id.ts';

describe('human ids', () => {
  it('reads the number of INC-12 and T-1001, forgiving case and the dash', () => {
    expect(humanNumber('INC', 'INC-12')).toBe(12);
    expect(humanNumber('INC', ' inc12 ')).toBe(12);
    expect(humanNumber('T', 'T-1001')).toBe(1001);
  });

  it('is null for anything else, such as a uuid or another kind of id', () => {
    expect(humanNumber('INC', '6f9619ff-8b86-d011-b42d-00c04fc964ff')).toBeNull();
    expect(humanNumber('INC', 'T-12')).toBeNull();
    expect(humanNumber('T', 'INC-12')).toBeNull();
    expect(humanNumber('T', 'T-')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { timeZones } from './scheduleForm';

describe('the time zones a schedule offers', () => {
  it('offers UTC first, so a schedule in UTC never shows a blank zone', () => {
    const zones = timeZones('UTC');
    expect(zones[0]).toBe('UTC');
    expect(zones.filter((zone) => zone === 'UTC')).toHaveLength(1);
  });

  it("offers the schedule's own zone even when the browser does not list it", () => {
    expect(timeZones('Etc/GMT+5')).toContain('Etc/GMT+5');
  });
});

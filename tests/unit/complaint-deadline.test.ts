import { describe, expect, it } from 'vitest';
import { complaintDeadline, isCalendarDate } from '../../src/lib/complaint-deadline';

describe('the last day a complaint about admission or discharge must reach the centre', () => {
  it('is four weeks after the decision was received, on the same weekday', () => {
    expect(complaintDeadline('2026-11-02')).toBe('2026-11-30');
    expect(new Date(`${complaintDeadline('2026-11-27')}T12:00:00Z`).getUTCDay()).toBe(new Date('2026-11-27T12:00:00Z').getUTCDay());
  });

  it('runs over month ends and into the next year', () => {
    expect(complaintDeadline('2027-01-31')).toBe('2027-02-28');
    expect(complaintDeadline('2026-12-20')).toBe('2027-01-17');
    expect(complaintDeadline('2027-04-30')).toBe('2027-05-28');
  });

  it('counts 29 February in a leap year and not in another', () => {
    expect(complaintDeadline('2028-02-01')).toBe('2028-02-29');
    expect(complaintDeadline('2027-02-01')).toBe('2027-03-01');
    expect(complaintDeadline('2028-02-29')).toBe('2028-03-28');
    expect(complaintDeadline('2100-02-01')).toBe('2100-03-01'); // 2100 is not a leap year
    expect(complaintDeadline('2000-02-01')).toBe('2000-02-29'); // 2000 was
  });

  it('counts days, not hours, across the daylight-saving changes, on a phone in Copenhagen', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Copenhagen';
    try {
      expect(complaintDeadline('2027-03-10')).toBe('2027-04-07');
      expect(complaintDeadline('2027-10-20')).toBe('2027-11-17');
      expect(complaintDeadline('2027-03-28')).toBe('2027-04-25');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('gives no date for something that is not a real date', () => {
    for (const value of ['2027-02-29', '2026-13-01', '2026-04-31', '', '27-11-2026', '2026-11-27T10:00']) {
      expect(isCalendarDate(value), value).toBe(false);
      expect(complaintDeadline(value), value).toBeUndefined();
    }
  });
});

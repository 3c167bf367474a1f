import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dueDayOf, hasDueDay } from './timeFrames';

describe('the day a time frame is due on', () => {
  it('is the picked date for a date', () => {
    expect(dueDayOf('BY_DATE', dayjs('2024-06-14'))).toBe('2024-06-14');
  });

  it('is the last day of a month, leap years included', () => {
    expect(dueDayOf('BY_MONTH', dayjs('2024-02-01'))).toBe('2024-02-29');
    expect(dueDayOf('BY_MONTH', dayjs('2023-02-10'))).toBe('2023-02-28');
    expect(dueDayOf('BY_MONTH', dayjs('2023-06-30'))).toBe('2023-06-30');
  });

  it('is the last day of the quarter whatever day of it was picked', () => {
    expect(dueDayOf('BY_QUARTER', dayjs('2024-01-01'))).toBe('2024-03-31');
    expect(dueDayOf('BY_QUARTER', dayjs('2024-05-17'))).toBe('2024-06-30');
    expect(dueDayOf('BY_QUARTER', dayjs('2024-09-30'))).toBe('2024-09-30');
    expect(dueDayOf('BY_QUARTER', dayjs('2024-10-01'))).toBe('2024-12-31');
  });

  it('is none for an ongoing task, the whole period, or nothing picked', () => {
    expect(dueDayOf('CONTINUOUS', dayjs('2024-05-17'))).toBeNull();
    expect(dueDayOf('WHOLE_PERIOD', dayjs('2024-05-17'))).toBeNull();
    expect(dueDayOf('BY_MONTH', null)).toBeNull();
    expect([hasDueDay('BY_DATE'), hasDueDay('BY_MONTH'), hasDueDay('BY_QUARTER'), hasDueDay('CONTINUOUS')]).toEqual([true, true, true, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { median, ratio, runRatios } from './stats';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves out runs that measured nothing, and is null when none did', () => {
    expect(median([null, 7, null])).toBe(7);
    expect(median([null, null])).toBeNull();
    expect(median([])).toBeNull();
  });
});

describe('ratio', () => {
  it('divides by the reference', () => {
    expect(ratio(300, 200)).toBe(1.5);
  });

  it('is null when either side is unknown or the reference is not positive', () => {
    expect(ratio(null, 200)).toBeNull();
    expect(ratio(300, null)).toBeNull();
    expect(ratio(300, 0)).toBeNull();
  });

  it('pairs each run with the same run of the reference', () => {
    expect(runRatios([200, 300, null], [100, 300, 50])).toEqual([2, 1, null]);
  });
});

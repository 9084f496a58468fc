import { resultRangeText } from './format';

describe('resultRangeText', () => {
  it.each([
    [1, 25, 10_000, '1–25 of 10,000 applications'],
    [400, 25, 10_000, '9,976–10,000 of 10,000 applications'],
    [2, 25, 30, '26–30 of 30 applications'],
    [1, 25, 1, '1 application'],
    [1, 25, 18, '18 applications'],
    [1, 25, 26, '1–25 of 26 applications'],
    [1, 25, 0, 'No applications'],
    [9, 25, 30, '30 applications'],
  ])('page %i of size %i with %i rows reads "%s"', (page, size, total, text) => {
    expect(resultRangeText(page, size, total)).toBe(text);
  });
});

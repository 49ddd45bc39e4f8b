import { describe, expect, it } from 'vitest';
import { humanize, initials, timeIn } from './format';

describe('initials', () => {
  it.each([
    ['Ana María López', 'AL'],
    ['ops', 'O'],
    ['  ', '?'],
    ['émile zola', 'ÉZ'],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});

describe('timeIn', () => {
  it('formats the time in the given zone', () => {
    const noonUtc = new Date(Date.UTC(2026, 0, 15, 12, 0));
    expect(timeIn('Asia/Tokyo', noonUtc, 'en-GB')).toBe('21:00');
  });

  it('returns null for an unknown zone', () => {
    expect(timeIn('Mars/Olympus', new Date(), 'en-GB')).toBeNull();
  });
});

describe('humanize', () => {
  it.each([
    ['HighNetWorthSpecialist', 'High net worth specialist'],
    ['WealthAdviser', 'Wealth adviser'],
    ['ESGAnalyst', 'ESG analyst'],
    ['Rep', 'Rep'],
    ['M&A', 'M&A'],
    ['Private Wealth North', 'Private Wealth North'],
  ])('%s → %s', (value, expected) => {
    expect(humanize(value)).toBe(expected);
  });
});

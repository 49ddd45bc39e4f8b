import { describe, expect, it } from 'vitest';
import { addressLines } from './format';

describe('addressLines', () => {
  it('writes an address as envelope lines, leaving out what is missing', () => {
    expect(addressLines({ kind: 'Mailing', line1: 'Bahnhofstrasse 1', line2: null, line3: '', city: 'Zürich', region: null, postcode: '8001', countryCode: 'CH' }))
      .toEqual(['Bahnhofstrasse 1', '8001 Zürich', 'CH']);
    expect(addressLines({ kind: 'Billing', line1: '1 Main St', line2: 'Suite 200', line3: null, city: 'Boston', region: 'MA', postcode: null, countryCode: 'US' }))
      .toEqual(['1 Main St', 'Suite 200', 'Boston', 'MA, US']);
  });
});

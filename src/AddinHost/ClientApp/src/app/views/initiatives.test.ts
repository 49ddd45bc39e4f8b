import { describe, expect, it } from 'vitest';
import { returnBars, type InitiativeReturn } from './InitiativesView';

const row = (name: string, returnRatio: number | null): InitiativeReturn => ({
  id: name, name, kind: 'Event', startsOn: '2025-01-01', endsOn: null, costAmount: 1000, costCurrency: 'CHF', assets: [], returnRatio, outcomeIds: [],
});

describe('returnBars', () => {
  it('shows the return ratio in percent and leaves out initiatives that cost nothing', () => {
    expect(returnBars([row('Rally', 1.234), row('Free webinar', null), row('Mailing', 0)])).toEqual([
      { label: 'Rally', value: 123 },
      { label: 'Mailing', value: 0 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { gatheredBars, percent, previousQuarter, restsOn, type BonusLine, type Scorecard } from './scorecards';

const card = (rep: string, gathered: [string, number][]): Scorecard => ({
  repId: rep, rep, team: null, period: '2026-Q2',
  assetsGathered: gathered.map(([currency, amount]) => ({ currency, amount, outcomes: [] })),
  pledges: [], mandatesWon: { count: 0, outcomeIds: [] },
  followUps: { due: 0, onTime: 0, onTimeShare: null, medianDaysOverdue: null, items: [] },
  bonus: { lines: [], totals: [] },
  cadence: null,
});

describe('scorecards', () => {
  it('looks at the quarter before today by default, across a year end', () => {
    expect(previousQuarter(new Date(Date.UTC(2026, 7, 15)))).toBe('2026-Q2');
    expect(previousQuarter(new Date(Date.UTC(2026, 1, 1)))).toBe('2025-Q4');
  });

  it('draws one bar per rep and currency, never adding currencies', () => {
    expect(gatheredBars([card('Rita', [['CHF', 1000.4], ['EUR', 20]]), card('Otto', [])])).toEqual([
      { label: 'Rita (CHF)', value: 1000 },
      { label: 'Rita (EUR)', value: 20 },
    ]);
  });

  it('shows a missing share as a dash', () => {
    expect(percent(null)).toBe('–');
    expect(percent(0.4)).toBe('40%');
  });

  it('names what each bonus line rests on, the cadence line by its late clients', () => {
    const line = (component: string, more: Partial<BonusLine>): BonusLine =>
      ({ component, rule: '', currency: 'CHF', basis: 0, amount: 0, outcomeIds: [], followUpIds: [], ...more });
    expect(restsOn(line('confirmed-assets', { outcomeIds: ['a', 'b'] }))).toBe('2 outcome(s)');
    expect(restsOn(line('follow-up-timeliness', { followUpIds: ['f'] }))).toBe('1 follow-up(s)');
    expect(restsOn(line('cadence-adherence', { partyIds: ['p', 'q'] }))).toBe('2 late client(s)');
  });
});

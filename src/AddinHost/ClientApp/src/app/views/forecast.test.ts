import { describe, expect, it } from 'vitest';
import { teamBars, weightedBy, type ForecastRow, type TeamForecastRow } from './ForecastView';

const row = (rep: string, month: string, currency: string, weighted: number): ForecastRow =>
  ({ repId: rep, rep, team: null, month, currency, pledges: 1, pledged: weighted, rate: 1, weighted });

describe('weightedBy', () => {
  it('sums by the key and never adds two currencies', () => {
    const rows = [row('Rita', '2026-01', 'CHF', 100.4), row('Otto', '2026-01', 'CHF', 50), row('Rita', '2026-01', 'EUR', 10)];
    expect(weightedBy(rows, (r) => r.month)).toEqual([{ label: '2026-01 (CHF)', value: 150 }, { label: '2026-01 (EUR)', value: 10 }]);
  });
});

describe('teamBars', () => {
  it('sums each team over the months, per currency', () => {
    const team = (name: string, month: string, currency: string, weighted: number): TeamForecastRow =>
      ({ teamId: name, team: name, month, currency, pledges: 1, pledged: weighted, weighted, repIds: [] });
    expect(teamBars([team('Zurich', '2026-01', 'CHF', 100), team('Zurich', '2026-02', 'CHF', 50.6), team('Geneva', '2026-01', 'EUR', 10)]))
      .toEqual([{ label: 'Zurich (CHF)', value: 151 }, { label: 'Geneva (EUR)', value: 10 }]);
  });
});

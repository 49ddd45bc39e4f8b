import { describe, expect, it } from 'vitest';
import { layoutOrgChart } from './orgChartLayout';

describe('layoutOrgChart', () => {
  it('centres a manager over their reports and puts each report in its own column', () => {
    const layout = layoutOrgChart([
      { id: 'ceo', reportsToId: null },
      { id: 'cfo', reportsToId: 'ceo' },
      { id: 'coo', reportsToId: 'ceo' },
      { id: 'ap', reportsToId: 'cfo' },
    ]);
    const at = Object.fromEntries(layout.placed.map((p) => [p.id, [p.x, p.depth]]));
    expect(at).toEqual({ ap: [0, 2], cfo: [0, 1], coo: [1, 1], ceo: [0.5, 0] });
    expect(layout.edges).toEqual([{ from: 'ceo', to: 'cfo' }, { from: 'cfo', to: 'ap' }, { from: 'ceo', to: 'coo' }]);
    expect([layout.columns, layout.rows]).toEqual([2, 3]);
  });

  it('makes a root of whoever reports to someone left out, and breaks a reports-to cycle', () => {
    const layout = layoutOrgChart([
      { id: 'a', reportsToId: 'hidden' },
      { id: 'b', reportsToId: 'c' },
      { id: 'c', reportsToId: 'b' },
    ]);
    expect(layout.placed.map((p) => p.id).sort()).toEqual(['a', 'b', 'c']);
    expect(layout.placed.find((p) => p.id === 'a')?.depth).toBe(0);
    expect(layout.edges).toEqual([{ from: 'b', to: 'c' }]);
    expect(layout.columns).toBe(2);
  });
});

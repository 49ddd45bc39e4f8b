import { describe, expect, it } from 'vitest';
import { adherence } from './TeamOverviewView';

describe('adherence', () => {
  it('is the rounded share of a tier on cadence, and 0 for an empty tier', () => {
    expect(adherence({ clients: 3, onCadence: 2 })).toBe(67);
    expect(adherence({ clients: 4, onCadence: 4 })).toBe(100);
    expect(adherence({ clients: 0, onCadence: 0 })).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { Cadence } from '../../shared/types';
import { cadenceState } from './MyClientsCadenceView';

const policy = { contactAtLeastEveryDays: 30, maxContacts: 3, windowDays: 30, isOverride: false };
const now = new Date('2026-11-25T09:00:00Z');
const cadence = (over: Partial<Cadence>): Cadence => ({
  policy, lastContactAt: '2026-11-10T09:00:00Z', nextDueAt: '2026-12-10T09:00:00Z', overdue: false, contactsInWindow: 1, tooOften: false, wouldBeTooOften: false, ...over,
});

describe('cadenceState', () => {
  it('puts too rarely before too often, then what falls due within a week', () => {
    expect(cadenceState(cadence({ overdue: true, tooOften: true }), now)).toBe('Overdue');
    expect(cadenceState(cadence({ tooOften: true }), now)).toBe('Too often');
    expect(cadenceState(cadence({ nextDueAt: '2026-11-30T09:00:00Z' }), now)).toBe('Due within 7 days');
    expect(cadenceState(cadence({}), now)).toBe('On track');
    expect(cadenceState(cadence({ policy: null }), now)).toBe('No policy');
  });
});

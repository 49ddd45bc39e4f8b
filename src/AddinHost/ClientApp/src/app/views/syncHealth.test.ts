import { describe, expect, it } from 'vitest';
import { formatLag, lookupLink, subscriptionSummary, type SubscriptionHealth } from './syncHealth';

const sub = (stream: string, state: SubscriptionHealth['state'], expiresAt: string | null): SubscriptionHealth => ({
  stream, state, expiresAt, notifications: 0, rejectedNotifications: 0, lastNotificationAt: null, lastLifecycleEvent: null, lastError: null,
});

describe('formatLag', () => {
  it('says never without a sync, and rounds to the largest sensible units', () => {
    expect(formatLag(null)).toBe('never');
    expect(formatLag(44.6)).toBe('45 s');
    expect(formatLag(12 * 60 + 5)).toBe('12 min');
    expect(formatLag(3 * 3600 + 5 * 60)).toBe('3 h 5 min');
    expect(formatLag(2 * 86400)).toBe('2 d');
    expect(formatLag(2 * 86400 + 4 * 3600)).toBe('2 d 4 h');
  });
});

describe('subscriptionSummary', () => {
  it('marks live subscriptions and names what is wrong with the others', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    expect(subscriptionSummary([], now)).toBe('none');
    expect(subscriptionSummary([
      sub('Inbox', 'Active', '2026-11-26T10:00:00Z'),
      sub('SentItems', 'Active', '2026-11-25T09:00:00Z'),
      sub('Calendar', 'Failed', null),
    ], now)).toBe('Inbox ✓ · SentItems ✗ (Expired) · Calendar ✗ (Failed)');
  });
});

describe('lookupLink', () => {
  it('opens the capture lookup with the question in the URL', () => {
    expect(lookupLink('ada@firm.example')).toBe('/app/capture/decisions?by=sender&q=ada%40firm.example');
  });
});

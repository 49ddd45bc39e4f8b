// Sync health's data (`GET /api/admin/sync-health`) and the small pure helpers the page uses (tested in syncHealth.test.ts).

export type MailboxStatus = 'ok' | 'behind' | 'failing' | 'neverSynced';

export interface SubscriptionHealth {
  stream: string;
  state: 'Active' | 'Failed' | 'Removed';
  expiresAt: string | null;
  notifications: number;
  rejectedNotifications: number;
  lastNotificationAt: string | null;
  lastLifecycleEvent: string | null;
  lastError: string | null;
}

export interface MailboxHealth {
  firmUserId: string;
  name: string;
  email: string;
  status: MailboxStatus;
  lastSuccessfulSync: string | null;
  lagSeconds: number | null;
  lastFailedAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  throttled: number;
  captured: number;
  skippedByReason: Record<string, number>;
  quarantined: number;
  subscriptions: SubscriptionHealth[];
}

export interface SyncHealthReport {
  at: string;
  lagThresholdMinutes: number;
  decisionDays: number;
  totals: {
    mailboxes: number;
    behind: number;
    neverSynced: number;
    failing: number;
    captured: number;
    skipped: number;
    skippedByReason: Record<string, number>;
    quarantined: number;
    throttled: number;
    subscriptionsActive: number;
    subscriptionsNotActive: number;
    notifications: number;
    rejectedNotifications: number;
  };
  mailboxes: MailboxHealth[];
}

export const statusLabels: Record<MailboxStatus, string> = { ok: 'Up to date', behind: 'Behind', failing: 'Failing', neverSynced: 'Never synced' };

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h"; "never" without a sync. */
export function formatLag(seconds: number | null): string {
  if (seconds === null) return 'never';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/** A mailbox's subscriptions in one line: "Inbox ✓ · Sent items ✓ · Calendar ✗ (Failed)"; "none" when it has none. */
export function subscriptionSummary(subscriptions: readonly SubscriptionHealth[], now: Date): string {
  if (subscriptions.length === 0) return 'none';
  return subscriptions
    .map((s) => {
      const live = s.state === 'Active' && s.expiresAt !== null && new Date(s.expiresAt) > now;
      return `${s.stream} ${live ? '✓' : `✗ (${s.state === 'Active' ? 'Expired' : s.state})`}`;
    })
    .join(' · ');
}

/** The capture lookup of the mail this mailbox's owner sent, as a link target (`/app/capture/decisions?by=…&q=…`). */
export function lookupLink(email: string): string {
  return `/app/capture/decisions?${new URLSearchParams({ by: 'sender', q: email }).toString()}`;
}

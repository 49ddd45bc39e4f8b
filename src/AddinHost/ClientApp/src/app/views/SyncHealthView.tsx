import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { humanize } from '../../shared/format';
import { BarChart } from '../BarChart';
import { api } from '../client';
import { Link } from '../Link';
import { formatLag, lookupLink, statusLabels, subscriptionSummary, type SyncHealthReport } from './syncHealth';

type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'done'; report: SyncHealthReport };

/** Sync health (admins): is every mailbox captured, how far behind, what was skipped and why, and the subscriptions. */
export function SyncHealthView() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [refreshed, setRefreshed] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api.get<SyncHealthReport>('/api/admin/sync-health', { signal: controller.signal })
      .then((report) => setState({ status: 'done', report }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', message: errorMessage(error) });
      });
    return () => controller.abort();
  }, [refreshed]);

  return (
    <>
      <h1 tabIndex={-1}>Sync health</h1>
      <p class="muted">
        Per captured mailbox: the last successful sync and how long ago, what capture kept and skipped, errors, throttling,
        quarantine and the change-notification subscriptions. Ask <Link href="/app/capture/decisions">Why (not) captured?</Link> about one email.
        {' '}<button type="button" class="button" onClick={() => setRefreshed((n) => n + 1)}>Refresh</button>
      </p>
      {state.status === 'loading' && <p class="muted" role="status">Loading…</p>}
      {state.status === 'failed' && <p class="form-error" role="alert">{state.message}</p>}
      {state.status === 'done' && <Report report={state.report} />}
    </>
  );
}

function Report({ report }: { report: SyncHealthReport }) {
  const t = report.totals;
  const now = new Date(report.at);
  const skipped = Object.entries(t.skippedByReason).sort((a, b) => b[1] - a[1]).map(([reason, value]) => ({ label: humanize(reason), value }));
  const attention = t.behind + t.failing;
  return (
    <>
      <section class="card" aria-label="Firm totals">
        <p role="status">
          <strong>{attention === 0 ? 'Every mailbox is up to date.' : `${attention} of ${t.mailboxes} mailboxes need attention.`}</strong>
          {' '}{t.mailboxes} mailboxes · {t.behind} behind (more than {report.lagThresholdMinutes} min) · {t.failing} failing · {t.neverSynced} never synced
        </p>
        <p class="muted">
          Last {report.decisionDays} days: {t.captured} captured, {t.skipped} skipped, {t.quarantined} quarantined now, {t.throttled} throttled answers from Graph.
          {' '}Subscriptions: {t.subscriptionsActive} live, {t.subscriptionsNotActive} not; {t.notifications} notifications, {t.rejectedNotifications} refused (wrong clientState).
        </p>
        <BarChart title={`Skipped by reason, last ${report.decisionDays} days`} bars={skipped} />
      </section>
      <div class="table-scroll">
        <table class="table" aria-label="Mailboxes">
          <thead>
            <tr>
              <th scope="col">Mailbox</th><th scope="col">State</th><th scope="col">Last sync</th><th scope="col">Captured / skipped</th>
              <th scope="col">Problems</th><th scope="col">Subscriptions</th>
            </tr>
          </thead>
          <tbody>
            {report.mailboxes.map((m) => (
              <tr key={m.firmUserId}>
                <td>{m.name}<div class="muted">{m.email}</div></td>
                <td><span class={`badge badge-${m.status === 'ok' ? 'captured' : m.status === 'failing' ? 'quarantined' : 'skipped'}`}>{statusLabels[m.status]}</span></td>
                <td>{m.lastSuccessfulSync ? new Date(m.lastSuccessfulSync).toLocaleString() : '—'}<div class="muted">lag {formatLag(m.lagSeconds)}</div></td>
                <td>
                  {m.captured} captured
                  <div class="muted">{Object.entries(m.skippedByReason).map(([r, n]) => `${humanize(r)} ${n}`).join(', ') || 'nothing skipped'}</div>
                  <div><Link href={lookupLink(m.email)}>Mail they sent, in Capture lookup</Link></div>
                </td>
                <td>
                  {m.consecutiveFailures > 0 && <div class="form-error">{m.consecutiveFailures} failed run{m.consecutiveFailures === 1 ? '' : 's'}: {m.lastError}</div>}
                  <div class="muted">{m.quarantined} quarantined · {m.throttled} throttled</div>
                </td>
                <td>
                  {subscriptionSummary(m.subscriptions, now)}
                  {m.subscriptions.filter((s) => s.expiresAt).slice(0, 1).map((s) => <div key={s.stream} class="muted">expires {new Date(s.expiresAt as string).toLocaleString()}</div>)}
                  {m.subscriptions.filter((s) => s.lastError).map((s) => <div key={`${s.stream}-error`} class="muted">{s.stream}: {s.lastError}</div>)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

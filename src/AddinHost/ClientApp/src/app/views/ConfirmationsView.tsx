import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { humanize } from '../../shared/format';
import { money } from '../../pane/format';
import { api } from '../client';
import { Link } from '../Link';

/** `GET /api/confirmations`: the booking auto-match proposes for an outcome. */
export interface Proposal {
  bookingId: string;
  account: string;
  reference: string;
  bookedOn: string;
  amount: number;
  currency: string;
  type: string;
  viaHousehold: boolean;
  amountGap: number;
  dayGap: number;
}

export interface Confirmation {
  outcomeId: string;
  kind: string;
  amount: number;
  currency: string;
  expectedOn: string | null;
  partyId: string | null;
  party: string | null;
  householdId: string | null;
  household: string | null;
  reportedBy: string;
  reportedAt: string;
  notes: string | null;
  canDecide: boolean;
  whyNot: string | null;
  proposal: Proposal | null;
}

export interface ConfirmationQueue {
  waiting: number;
  rules: { amountTolerancePercent: number; daysBefore: number; daysAfter: number };
  items: Confirmation[];
}

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** The controller's queue: each reported outcome with the booking proposed as its evidence; confirm it or reject with a reason. */
export function ConfirmationsView() {
  const [queue, setQueue] = useState<ConfirmationQueue | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setQueue(await api.get<ConfirmationQueue>('/api/confirmations'));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  async function decide(item: Confirmation, action: 'confirm' | 'reject') {
    setBusy(item.outcomeId);
    setError(null);
    try {
      const body = action === 'confirm' ? { bookingId: item.proposal?.bookingId } : { reason: reasons[item.outcomeId] ?? '' };
      await api.post(`/api/outcomes/${item.outcomeId}/${action}`, body);
      setDone(`${action === 'confirm' ? 'Confirmed' : 'Rejected'}: ${humanize(item.kind).toLowerCase()} of ${money(item.amount, item.currency)} (${item.party ?? item.household ?? ''}).`);
      await load();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <h1 tabIndex={-1}>Confirmations</h1>
      {queue && (
        <p class="muted">
          {queue.waiting} outcome{queue.waiting === 1 ? '' : 's'} waiting. A booking is proposed when it is an inflow on the client's or
          their household's accounts, within {queue.rules.amountTolerancePercent}% of the amount and {queue.rules.daysBefore} days before
          to {queue.rules.daysAfter} days after the expected date. <Link href="/app/imports">Import booked activity</Link>
        </p>
      )}
      {done && <p class="muted" role="status">{done}</p>}
      {error && <p class="form-error" role="alert">{error}</p>}
      {!queue && !error && <p class="muted" role="status">Loading the queue…</p>}
      {queue && queue.items.length === 0 && <p class="muted">Nothing waiting for confirmation.</p>}
      {queue && queue.items.length > 0 && (
        <div class="table-scroll">
          <table class="table" aria-label="Outcomes waiting for confirmation">
            <thead><tr><th scope="col">Expected</th><th scope="col">Outcome</th><th scope="col">Reported by</th><th scope="col">Proposed booking</th><th scope="col">Decision</th></tr></thead>
            <tbody>
              {queue.items.map((item) => {
                const client = item.partyId
                  ? <Link href={`/app/parties/${item.partyId}`}>{item.party}</Link>
                  : item.householdId ? <Link href={`/app/households/${item.householdId}`}>{item.household}</Link> : null;
                const p = item.proposal;
                return (
                  <tr key={item.outcomeId}>
                    <td>{item.expectedOn ? day(item.expectedOn) : <span class="muted">none</span>}</td>
                    <td>{humanize(item.kind)}: <strong>{money(item.amount, item.currency)}</strong><div class="muted">{client}</div></td>
                    <td>{item.reportedBy}<div class="muted">{day(item.reportedAt)}</div></td>
                    <td>
                      {p ? (
                        <>
                          {humanize(p.type)} {money(p.amount, p.currency)} on {day(p.bookedOn)}
                          <div class="muted">{p.account}{p.reference && ` · ${p.reference}`}{p.viaHousehold && ' · household account'} · off by {money(p.amountGap, p.currency)}, {p.dayGap} days</div>
                        </>
                      ) : <span class="muted">No matching booking</span>}
                    </td>
                    <td>
                      {item.canDecide ? (
                        <form class="buttons" onSubmit={(e) => { e.preventDefault(); void decide(item, 'reject'); }}>
                          <button type="button" class="button small" disabled={busy !== null || !p}
                            aria-label={`Confirm against the proposed booking: ${humanize(item.kind)} ${money(item.amount, item.currency)}`}
                            onClick={() => void decide(item, 'confirm')}>Confirm</button>
                          <label class="visually-hidden" for={`reason-${item.outcomeId}`}>Why you reject it</label>
                          <input id={`reason-${item.outcomeId}`} class="input" required maxLength={4000} placeholder="Reason to reject"
                            value={reasons[item.outcomeId] ?? ''} onInput={(e) => setReasons({ ...reasons, [item.outcomeId]: e.currentTarget.value })} />
                          <button type="submit" class="button small" disabled={busy !== null}>Reject</button>
                        </form>
                      ) : <span class="muted">{item.whyNot}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { humanize } from '../../shared/format';
import { api } from '../client';

/** `GET /api/team/breaches`: a coverage breach of one of the manager's reps, with its review once there is one. */
export interface Breach {
  id: string;
  rep: string;
  party: string;
  channel: string;
  direction: string;
  subject: string | null;
  occurredAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
}

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** The manager's review of their reps' coverage breaches: each one concluded with a note (audited). */
export function BreachReview({ onReviewed }: { onReviewed: () => void }) {
  const [breaches, setBreaches] = useState<Breach[] | null>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setBreaches(await api.get<Breach[]>('/api/team/breaches')); // not yet reviewed first, newest first
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  async function review(breach: Breach) {
    setBusy(breach.id);
    setError(null);
    try {
      await api.post(`/api/team/breaches/${breach.id}/review`, { note: notes[breach.id] ?? '' });
      await load();
      onReviewed();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  if (!breaches) return error ? <p class="form-error" role="alert">{error}</p> : <p class="muted" role="status">Loading breaches…</p>;
  if (breaches.length === 0) return <p class="muted">No coverage breaches in the last 90 days.</p>;
  return (
    <>
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="table-scroll">
        <table class="table" aria-label="Coverage breaches to review">
          <thead><tr><th scope="col">When</th><th scope="col">Rep and client</th><th scope="col">Contact</th><th scope="col">Review</th></tr></thead>
          <tbody>
            {breaches.map((b) => (
              <tr key={b.id} class={b.reviewedAt ? undefined : 'row-overdue'}>
                <td>{day(b.occurredAt)}</td>
                <td>{b.rep}<div class="muted">with {b.party}</div></td>
                <td>{humanize(b.channel)} ({humanize(b.direction).toLowerCase()}){b.subject && <div class="muted">{b.subject}</div>}</td>
                <td>
                  {b.reviewedAt ? (
                    <>{b.reviewNote}<div class="muted">{b.reviewedBy}, {day(b.reviewedAt)}</div></>
                  ) : (
                    <form class="buttons" onSubmit={(e) => { e.preventDefault(); void review(b); }}>
                      <label class="visually-hidden" for={`note-${b.id}`}>What you concluded about {b.rep}'s contact with {b.party}</label>
                      <input id={`note-${b.id}`} class="input" required maxLength={2000} placeholder="What you concluded"
                        value={notes[b.id] ?? ''} onInput={(e) => setNotes({ ...notes, [b.id]: e.currentTarget.value })} />
                      <button type="submit" class="button small" disabled={busy !== null}>Mark reviewed</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

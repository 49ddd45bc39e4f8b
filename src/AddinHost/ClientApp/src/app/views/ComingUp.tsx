import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { humanize } from '../../shared/format';
import { api } from '../client';
import { Link } from '../Link';

/** `GET /api/me/upcoming`: the signed-in rep's coming client meetings and calls, soonest first. */
export interface Upcoming {
  id: string;
  channel: string;
  startsAt: string;
  endsAt: string | null;
  subject: string | null;
  clients: { id: string; name: string }[];
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** "When is my next sales call?" — the rep's next meetings and calls with clients. */
export function ComingUp() {
  const [items, setItems] = useState<Upcoming[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.get<Upcoming[]>('/api/me/upcoming').then(setItems, (e: unknown) => setError(errorMessage(e)));
  }, []);
  return (
    <section class="card" aria-labelledby="coming-up-heading">
      <h2 id="coming-up-heading">Coming up</h2>
      {error && <p class="form-error" role="alert">{error}</p>}
      {!items && !error && <p class="muted" role="status">Loading…</p>}
      {items && items.length === 0 && <p class="muted">No client meeting or call in your calendar.</p>}
      {items && items.length > 0 && (
        <ol class="list" aria-label="Coming meetings and calls">
          {items.map((item) => (
            <li key={item.id}>
              <strong>{when(item.startsAt)}</strong> · {humanize(item.channel).toLowerCase()}{item.subject ? `: ${item.subject}` : ''}
              <div>{item.clients.map((c, i) => <span key={c.id}>{i > 0 && ', '}<Link href={`/app/parties/${c.id}`}>{c.name}</Link></span>)}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { ImportPanel } from './ImportPanel';
import { errorMessage } from '../../shared/api';
import { money } from '../../pane/format';
import { BarChart } from '../BarChart';
import { api } from '../client';

/** `GET /api/initiatives/returns`: each initiative's attributed confirmed assets, revenue and return against its cost. */
export interface CurrencyAmount {
  currency: string;
  assets: number;
  revenue: number;
  outcomes: number;
}

export interface InitiativeReturn {
  id: string;
  name: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
  costAmount: number;
  costCurrency: string;
  assets: CurrencyAmount[];
  returnRatio: number | null;
  outcomeIds: string[];
}

export interface Returns {
  rule: string;
  initiatives: InitiativeReturn[];
}

/** Return ratio in percent per initiative (revenue in the cost's currency ÷ cost); initiatives that cost nothing are left out. */
export function returnBars(rows: readonly InitiativeReturn[]): { label: string; value: number }[] {
  return rows.filter((r) => r.returnRatio !== null).map((r) => ({ label: r.name, value: Math.round((r.returnRatio ?? 0) * 100) }));
}

type Question = 'latest-promotion' | 'brochure-holders' | 'not-contacted-since';

function questionPath(question: Question, id: string): { path: string; query?: Record<string, string> } {
  if (question === 'not-contacted-since') return { path: `/api/initiatives/${encodeURIComponent(id)}/not-contacted-since` };
  return { path: `/api/initiatives/questions/${question}`, query: { productId: id } };
}

/** The three one-call questions; the answer is shown as the list of clients it names. */
function Questions({ initiatives }: { initiatives: readonly InitiativeReturn[] }) {
  const [question, setQuestion] = useState<Question>('latest-promotion');
  const [id, setId] = useState('');
  const [answer, setAnswer] = useState<{ id: string; displayName: string; note?: string }[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const ask = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setAnswer(null);
    try {
      const { path, query } = questionPath(question, id.trim());
      const result = await api.get<unknown>(path, query ? { query } : undefined);
      if (question === 'latest-promotion') {
        const r = result as { promotion: { name: string }; clients: { id: string; displayName: string }[] };
        setAnswer(r.clients.map((c) => ({ ...c, note: r.promotion.name })));
      } else if (question === 'brochure-holders') {
        const r = result as { partyId: string; displayName: string; title: string; edition: string | null; lastSentAt: string }[];
        setAnswer(r.map((h) => ({ id: h.partyId, displayName: h.displayName, note: `${h.title}${h.edition ? ` (${h.edition})` : ''}, ${h.lastSentAt.slice(0, 10)}` })));
      } else {
        const r = result as { parties: { id: string; displayName: string; lastContactAt: string | null }[] };
        setAnswer(r.parties.map((p) => ({ id: p.id, displayName: p.displayName, note: p.lastContactAt ? `last contact ${p.lastContactAt.slice(0, 10)}` : 'never contacted' })));
      }
    } catch (err: unknown) {
      setError(errorMessage(err));
    }
  };

  return (
    <section class="card" aria-label="Questions">
      <h2>Questions</h2>
      <form onSubmit={ask}>
        <label>Question{' '}
          <select value={question} onChange={(e) => { setQuestion((e.target as HTMLSelectElement).value as Question); setId(''); }}>
            <option value="latest-promotion">Which clients were in the latest promotion for a product?</option>
            <option value="brochure-holders">Who already has the brochure for a product?</option>
            <option value="not-contacted-since">Which attendees of an initiative have not been contacted since?</option>
          </select>
        </label>{' '}
        {question === 'not-contacted-since' ? (
          <label>Initiative{' '}
            <select value={id} onChange={(e) => setId((e.target as HTMLSelectElement).value)} required>
              <option value="">choose…</option>
              {initiatives.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
            </select>
          </label>
        ) : (
          <label>Product id <input value={id} onInput={(e) => setId((e.target as HTMLInputElement).value)} required /></label>
        )}{' '}
        <button type="submit">Ask</button>
      </form>
      {error && <p class="form-error" role="alert">{error}</p>}
      {answer && (answer.length === 0 ? <p class="muted">Nobody.</p> : (
        <ul aria-label="Answer">{answer.map((a) => <li key={a.id}><a href={`/app/parties/${a.id}`}>{a.displayName}</a>{a.note && <span class="muted"> — {a.note}</span>}</li>)}</ul>
      ))}
    </section>
  );
}

/** The attendee-list CSV's columns: who (at least one of the first three), whether they came, a note. */
export const attendeeColumns = ['party_id', 'external_id', 'email', 'attended', 'note'] as const;

/** Tags an initiative's attendees from a CSV list, with a check first (the import plumbing's panel). */
function AttendeeImport({ initiatives }: { initiatives: readonly InitiativeReturn[] }) {
  const [id, setId] = useState(initiatives[0]?.id ?? '');
  if (initiatives.length === 0) return null;
  return (
    <>
      <section class="card" aria-label="Attendee list">
        <h2>Import an attendee list</h2>
        <label>Initiative{' '}
          <select value={id} onChange={(e) => setId(e.currentTarget.value)}>
            {initiatives.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
          </select>
        </label>
      </section>
      <ImportPanel key={id} title="Attendees of the chosen initiative"
        endpoints={{ records: `/api/initiatives/${id}/attendee-imports`, upload: `/api/initiatives/${id}/attendees`, dryRun: true }}>
        <p class="muted">Columns: <code>{attendeeColumns.join(', ')}</code>. Each row names a client by party_id, external_id (from a
          client-book import) or email; attended is yes or no; the note goes into the audit trail. Who attended is tagged with the
          initiative, which counts for its returns; a client you cannot see, or one named twice, refuses the file. “Check only” says row by
          row what would happen and stores nothing.</p>
      </ImportPanel>
    </>
  );
}

/** What each marketing initiative returned, side by side, with the attribution rule in words. */
export function InitiativesView() {
  const [returns, setReturns] = useState<Returns | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.get<Returns>('/api/initiatives/returns').then(setReturns, (e: unknown) => setError(errorMessage(e)));
  }, []);

  if (error) return <p class="form-error" role="alert">{error}</p>;
  if (!returns) return <p class="muted" role="status">Loading initiative returns…</p>;
  return (
    <>
      <h1 tabIndex={-1}>Initiative returns</h1>
      <p class="muted">{returns.rule}</p>
      <section class="card" aria-label="Return by initiative">
        {/* No unit="%": BarChart caps % at 100, and a return can exceed it. */}
        <BarChart title="Return on cost by initiative, in %" bars={returnBars(returns.initiatives)} />
      </section>
      {returns.initiatives.length > 0 && (
        <div class="table-scroll">
          <table class="table" aria-label="Initiative returns">
            <thead><tr><th scope="col">Initiative</th><th scope="col">Cost</th><th scope="col">Confirmed assets</th><th scope="col">Revenue</th><th scope="col">Return</th><th scope="col">Outcomes</th></tr></thead>
            <tbody>
              {returns.initiatives.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}<div class="muted">{r.kind}, {r.startsOn}{r.endsOn && r.endsOn !== r.startsOn ? ` – ${r.endsOn}` : ''}</div></td>
                  <td>{money(r.costAmount, r.costCurrency)}</td>
                  <td>{r.assets.map((a) => <div key={a.currency}>{money(a.assets, a.currency)}</div>)}</td>
                  <td>{r.assets.map((a) => <div key={a.currency}>{money(a.revenue, a.currency)}</div>)}</td>
                  <td><strong>{r.returnRatio === null ? '—' : `${Math.round(r.returnRatio * 100)}%`}</strong></td>
                  <td title={r.outcomeIds.join('\n')}>{r.outcomeIds.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Questions initiatives={returns.initiatives} />
      <AttendeeImport initiatives={returns.initiatives} />
    </>
  );
}

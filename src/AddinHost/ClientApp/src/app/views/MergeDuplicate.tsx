import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { api } from '../client';
import { minSearchLength, typingPauseMs, type SearchHit } from './ClientSearchView';

/** What `POST /api/parties/{id}/merge` answers: what moved from the duplicate. */
export interface MergeSummary {
  duplicateName: string;
  interactions: string[];
  outcomes: string[];
  followUps: string[];
  emails: string[];
  phones: number;
  addresses: number;
  people: number;
  inherited: string[];
}

/** One sentence a person can check: "Moved 3 contacts, 1 outcome, …". */
export function describeMerge(s: MergeSummary): string {
  const count = (n: number, one: string, many = `${one}s`) => (n === 0 ? null : `${n} ${n === 1 ? one : many}`);
  const moved = [
    count(s.interactions.length, 'contact'), count(s.outcomes.length, 'outcome'), count(s.followUps.length, 'follow-up'),
    count(s.emails.length, 'email address', 'email addresses'), count(s.phones, 'phone'), count(s.addresses, 'address', 'addresses'),
    count(s.people, 'person', 'people'),
  ].filter((part): part is string => part !== null);
  const took = s.inherited.length > 0 ? ` Took over: ${s.inherited.join(', ')}.` : '';
  return `${s.duplicateName} merged: ${moved.length > 0 ? `moved ${moved.join(', ')}` : 'nothing to move'}.${took}`;
}

/** Finds a duplicate of this party (same kind) and merges it in, with a reason the audit log keeps. */
export function MergeDuplicate({ id, kind, name, onMerged }: { id: string; kind: string; name: string; onMerged: (summary: MergeSummary) => void }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [pick, setPick] = useState<SearchHit | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const q = text.trim();
    if (q.length < minSearchLength) return setHits([]);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.get<SearchHit[]>('/api/parties/search', { query: { q }, signal: controller.signal })
        .then((found) => setHits(found.filter((h) => h.id !== id && h.kind === kind)))
        .catch((e: unknown) => { if (!controller.signal.aborted) setError(errorMessage(e)); });
    }, typingPauseMs);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [text]);

  const merge = async (event: Event) => {
    event.preventDefault();
    if (!pick) return;
    setBusy(true);
    setError(null);
    try {
      onMerged(await api.post<MergeSummary>(`/api/parties/${id}/merge`, { duplicateId: pick.id, reason }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card form" aria-label="Merge a duplicate" onSubmit={merge}>
      <h2>Merge a duplicate into {name}</h2>
      <p class="muted">Everything the duplicate has — contacts, outcomes, follow-ups, coverage, contact details — moves here; the duplicate's page then opens this one.</p>
      <label>Find the duplicate
        <input type="search" value={text} autoComplete="off" onInput={(e) => { setText(e.currentTarget.value); setPick(null); }} />
      </label>
      {hits.length > 0 && !pick && (
        <ul class="list" aria-label="Possible duplicates">
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" class="button subtle" onClick={() => setPick(h)}>
                {h.displayName}{h.email ? ` · ${h.email}` : ''}{h.organisation ? ` · ${h.organisation}` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      {pick && (
        <>
          <p role="status">Merging <strong>{pick.displayName}</strong>{pick.email ? ` (${pick.email})` : ''} into <strong>{name}</strong>.</p>
          <label>Why are they the same?
            <input value={reason} required onInput={(e) => setReason(e.currentTarget.value)} placeholder="e.g. same person, married name" />
          </label>
          <div class="buttons">
            <button type="submit" class="button primary" disabled={busy || reason.trim() === ''}>Merge</button>
            <button type="button" class="button" onClick={() => setPick(null)}>Choose another</button>
          </div>
        </>
      )}
      {error && <p class="form-error" role="alert">{error}</p>}
    </form>
  );
}

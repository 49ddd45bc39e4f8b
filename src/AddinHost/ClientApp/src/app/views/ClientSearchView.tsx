import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { humanize } from '../../shared/format';
import { api } from '../client';
import { Link } from '../Link';
import { navigate, useLocation } from '../router';

/** One hit of `GET /api/parties/search`, with what it matched on. */
export interface SearchHit {
  id: string;
  kind: 'Person' | 'Organisation';
  displayName: string;
  status: string;
  isRestricted: boolean;
  organisation: string | null;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  matchedOn: 'Name' | 'Email' | 'Phone' | 'Organisation';
  matched: string;
}

/** The API searches from two characters on; shorter text asks nothing yet. */
export const minSearchLength = 2;

/** Typing waits this long for the next key before it asks the server. */
export const typingPauseMs = 200;

/** Why a hit is there, when the name alone does not say: "email anna@…", "phone +41 …", "works at …". */
export function matchNote(hit: SearchHit): string | null {
  switch (hit.matchedOn) {
    case 'Email': return `email ${hit.matched}`;
    case 'Phone': return `phone ${hit.matched}`;
    case 'Organisation': return `works at ${hit.matched}`;
    default: return null;
  }
}

type Result = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; message: string } | { status: 'done'; q: string; hits: SearchHit[] };

/** The client book's search as you type: names, any email address, phone digits, organisations. The URL holds the query. */
export function ClientSearchView() {
  const location = useLocation();
  const asked = new URLSearchParams(location.search).get('q') ?? '';
  const [text, setText] = useState(asked);
  const [result, setResult] = useState<Result>({ status: 'idle' });

  // Each keystroke replaces the URL's query (no history entry per letter) once typing pauses.
  useEffect(() => {
    if (text.trim() === asked.trim()) return;
    const timer = setTimeout(() => navigate(`${location.pathname}?${new URLSearchParams({ q: text.trim() }).toString()}`, { replace: true }), typingPauseMs);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    const q = asked.trim();
    if (q.length < minSearchLength) {
      setResult({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setResult((r) => (r.status === 'done' ? r : { status: 'loading' }));
    api.get<SearchHit[]>('/api/parties/search', { query: { q }, signal: controller.signal })
      .then((hits) => setResult({ status: 'done', q, hits }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResult({ status: 'failed', message: errorMessage(error) });
      });
    return () => controller.abort();
  }, [asked]);

  return (
    <>
      <h1 tabIndex={-1}>Clients</h1>
      <form class="card lookup-form" role="search" aria-label="Search clients" onSubmit={(e) => e.preventDefault()}>
        <label class="grow">Name, email, phone or organisation
          <input class="input" type="search" value={text} autoFocus autoComplete="off" spellcheck={false}
            onInput={(e) => setText(e.currentTarget.value)} placeholder="e.g. Müller, @acme.example, 044 123" />
        </label>
      </form>
      {result.status === 'idle' && <p class="muted">Type at least {minSearchLength} characters.</p>}
      {result.status === 'loading' && <p class="muted" role="status">Searching…</p>}
      {result.status === 'failed' && <p class="form-error" role="alert">{result.message}</p>}
      {result.status === 'done' && <Hits q={result.q} hits={result.hits} />}
    </>
  );
}

function Hits({ q, hits }: { q: string; hits: SearchHit[] }) {
  if (hits.length === 0) return <p role="status">No client you may see matches “{q}”.</p>;
  return (
    <section aria-label="Search results">
      <p role="status" class="muted">{hits.length} match{hits.length === 1 ? '' : 'es'} for “{q}”{hits.length >= 20 ? ', the first 20: type more to narrow' : ''}</p>
      <div class="table-scroll">
        <table class="table" aria-label="Clients found">
          <thead><tr><th scope="col">Name</th><th scope="col">Organisation</th><th scope="col">Email</th><th scope="col">Phone</th></tr></thead>
          <tbody>
            {hits.map((hit) => {
              const note = matchNote(hit);
              return (
                <tr key={hit.id}>
                  <td>
                    <Link href={`/app/parties/${hit.id}`}>{hit.displayName}</Link>
                    {hit.isRestricted && <span class="badge badge-danger"> restricted</span>}
                    <div class="muted">{hit.kind === 'Organisation' ? 'Organisation' : hit.jobTitle ?? 'Person'} · {humanize(hit.status)}{note ? ` · ${note}` : ''}</div>
                  </td>
                  <td>{hit.organisation ?? ''}</td>
                  <td>{hit.email ? <a href={`mailto:${hit.email}`}>{hit.email}</a> : ''}</td>
                  <td>{hit.phone ? <a href={`tel:${hit.phone.replace(/[^0-9+]/g, '')}`}>{hit.phone}</a> : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { humanize } from '../../shared/format';
import { api } from '../client';
import { navigate, useLocation } from '../router';

/** One decision of the capture worker (`GET /api/capture/decisions`). */
export interface CaptureDecision {
  at: string;
  mailbox: string;
  stream: string;
  outcome: 'Captured' | 'Skipped' | 'Quarantined';
  reason: string;
  detail: string | null;
  interactionId: string | null;
  internetMessageId: string | null;
  sender: string | null;
  subject: string | null;
}

export const lookupKinds = { messageId: 'Message-ID', sender: 'Sender', subject: 'Subject words' } as const;
export type LookupKind = keyof typeof lookupKinds;

/** The API's query for a lookup: one of Message-ID, sender address or subject words. */
export function lookupQuery(kind: LookupKind, text: string): Record<string, string> {
  const value = text.trim();
  return kind === 'messageId' ? { internetMessageId: value } : kind === 'sender' ? { sender: value } : { subject: value };
}

function readSearch(search: string): { kind: LookupKind; text: string } {
  const params = new URLSearchParams(search);
  const by = params.get('by');
  return { kind: by === 'sender' || by === 'subject' ? by : 'messageId', text: params.get('q') ?? '' };
}

type Result = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; message: string } | { status: 'done'; decisions: CaptureDecision[] };

/** "Why (not) captured?": what the capture worker decided for an email or meeting, and why. The URL holds the question. */
export function CaptureLookupView() {
  const location = useLocation();
  const asked = readSearch(location.search);
  const [kind, setKind] = useState<LookupKind>(asked.kind);
  const [text, setText] = useState(asked.text);
  const [result, setResult] = useState<Result>({ status: 'idle' });

  useEffect(() => {
    if (asked.text.trim() === '') {
      setResult({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setResult({ status: 'loading' });
    api.get<CaptureDecision[]>('/api/capture/decisions', { query: lookupQuery(asked.kind, asked.text), signal: controller.signal })
      .then((decisions) => setResult({ status: 'done', decisions }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResult({ status: 'failed', message: errorMessage(error) });
      });
    return () => controller.abort();
  }, [asked.kind, asked.text]);

  const submit = (event: Event) => {
    event.preventDefault();
    navigate(`${location.pathname}?${new URLSearchParams({ by: kind, q: text.trim() }).toString()}`);
  };

  return (
    <>
      <h1 tabIndex={-1}>Why (not) captured?</h1>
      <form class="card lookup-form" onSubmit={submit} aria-label="Find a capture decision">
        <p class="muted">Every email and meeting the capture worker sees gets a decision: captured as a contact, skipped and why, or quarantined.</p>
        <div class="lookup-fields">
          <label>Look up by
            <select class="input" value={kind} onChange={(e) => setKind(e.currentTarget.value as LookupKind)}>
              {Object.entries(lookupKinds).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </label>
          <label class="grow">{lookupKinds[kind]}
            <input class="input" value={text} required onInput={(e) => setText(e.currentTarget.value)} placeholder={kind === 'messageId' ? '<…@…>' : ''} />
          </label>
          <button type="submit" class="button primary">Find</button>
        </div>
      </form>
      {result.status === 'loading' && <p class="muted" role="status">Looking…</p>}
      {result.status === 'failed' && <p class="form-error" role="alert">{result.message}</p>}
      {result.status === 'done' && <Decisions decisions={result.decisions} />}
    </>
  );
}

function Decisions({ decisions }: { decisions: CaptureDecision[] }) {
  if (decisions.length === 0) {
    return <p role="status">No decision found. The worker has not seen such an item in a captured mailbox (or its decision is past retention).</p>;
  }
  return (
    <section aria-label="Decisions">
      <p role="status" class="muted">{decisions.length} decision{decisions.length === 1 ? '' : 's'}, newest first</p>
      <div class="table-scroll">
        <table class="table">
          <thead>
            <tr><th scope="col">Seen</th><th scope="col">Mailbox</th><th scope="col">Decision</th><th scope="col">Item</th></tr>
          </thead>
          <tbody>
            {decisions.map((d) => (
              <tr key={`${d.mailbox}-${d.stream}-${d.at}-${d.internetMessageId ?? ''}`}>
                <td>{new Date(d.at).toLocaleString()}</td>
                <td>{d.mailbox}<div class="muted">{humanize(d.stream)}</div></td>
                <td>
                  <span class={`badge badge-${d.outcome.toLowerCase()}`}>{d.outcome}</span> {d.reason === d.outcome ? '' : humanize(d.reason)}
                  {d.detail && <div class="muted">{d.detail}</div>}
                  {d.interactionId && <div class="muted">interaction {d.interactionId}</div>}
                </td>
                <td>
                  <div>{d.subject ?? <span class="muted">(no subject kept)</span>}</div>
                  <div class="muted">{d.sender ?? ''}</div>
                  <div class="muted mono">{d.internetMessageId ?? ''}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

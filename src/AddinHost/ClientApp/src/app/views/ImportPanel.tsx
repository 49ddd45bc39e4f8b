import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { humanize } from '../../shared/format';
import { readToken } from '../../shared/session';
import { api } from '../client';

/** An import's record: `GET /api/imports/{id}`, `GET /api/client-book/imports/{id}` and the lists beside them. */
export interface ImportRecord {
  id: string;
  kind: string;
  fileName: string;
  sizeBytes: number;
  by: string | null;
  queuedAt: string;
  finishedAt: string | null;
  status: 'Queued' | 'Running' | 'Succeeded' | 'Checked' | 'Rejected' | 'AlreadyImported' | 'Failed';
  rowsDone: number;
  bytesDone: number;
  created: number;
  matched: number;
  rejected: number;
  errorsTruncated: boolean;
  message: string | null;
  errors: { line: number; column: string | null; reason: string }[];
  dryRun: boolean;
  /** 'create' | 'match' (client book), 'tag' | 'already tagged' | 'not attended' (attendee lists). */
  plan: { line: number; action: string; detail: string }[];
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const count = (n: number) => n.toLocaleString();

/** An import's kind in words; attendee lists carry their initiative's id in the kind ("attend:…"), which says nothing to a reader. */
export function kindLabel(kind: string): string {
  return kind.startsWith('attend:') ? 'Attendee list' : humanize(kind);
}
const running = (i: ImportRecord) => i.status === 'Queued' || i.status === 'Running';

/** Sends the file as the request body; XMLHttpRequest because fetch reports no upload progress. */
function upload(url: string, file: File, onProgress: (sent: number) => void): Promise<ImportRecord> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${url}${url.includes('?') ? '&' : '?'}fileName=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    const token = readToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => {
      const body = (() => { try { return JSON.parse(xhr.responseText); } catch { return null; } })();
      if (xhr.status === 202) resolve(body as ImportRecord);
      else reject(new Error(body?.errors ? Object.values(body.errors).flat().join(' ') : body?.title ?? `Upload failed (${xhr.status}).`));
    };
    xhr.onerror = () => reject(new Error('Cannot reach the OutlookCms server. Check the connection and try again.'));
    xhr.send(file);
  });
}

/** Where one kind of import lives: its history and records under `records`, uploads to `upload` (`dryRun=true` for a check). */
export interface ImportEndpoints {
  records: string;
  /** Lists only imports of this kind (`GET records?kind=`), where `records` holds several kinds. */
  kind?: string;
  upload: string;
  /** Offer "check only" (a dry run that stores nothing and says row by row what would happen). */
  dryRun?: boolean;
}

/** Uploads a file with its progress, follows the import until it has finished (every refused row, or for a dry run what each row would do), and lists the history. */
export function ImportPanel({ endpoints, title, children }: { endpoints: ImportEndpoints; title: string; children?: preact.ComponentChildren }) {
  const [history, setHistory] = useState<ImportRecord[] | null>(null);
  const [current, setCurrent] = useState<ImportRecord | null>(null);
  const [sent, setSent] = useState<{ loaded: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setHistory(await api.get<ImportRecord[]>(endpoints.records, endpoints.kind ? { query: { kind: endpoints.kind } } : undefined));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [endpoints.records, endpoints.kind]);
  useEffect(() => void load(), [load]);

  // Follows the current import until it has finished.
  useEffect(() => {
    if (!current || !running(current)) return;
    const timer = setTimeout(() => {
      api.get<ImportRecord>(`${endpoints.records}/${current.id}`).then((next) => {
        setCurrent(next);
        if (!running(next)) void load();
      }, (e: unknown) => setError(errorMessage(e)));
    }, 500);
    return () => clearTimeout(timer);
  }, [current, load]);

  async function submit(e: Event, dryRun: boolean) {
    e.preventDefault();
    const form = ((e.currentTarget as HTMLElement).closest('form'))!;
    const input = form.elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return void input.reportValidity();
    setError(null);
    setCurrent(null);
    setSent({ loaded: 0, total: file.size });
    try {
      setCurrent(await upload(dryRun ? `${endpoints.upload}?dryRun=true` : endpoints.upload, file, (loaded) => setSent({ loaded, total: file.size })));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSent(null);
    }
  }

  const busy = sent !== null || (current !== null && running(current));
  return (
    <>
      <section class="card" aria-labelledby="upload-heading">
        <h2 id="upload-heading">{title}</h2>
        {children}
        <form class="buttons" onSubmit={(e) => void submit(e, false)}>
          <label for="import-file">CSV file</label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required />
          {endpoints.dryRun && <button type="button" class="button" disabled={busy} onClick={(e) => void submit(e, true)}>Check only</button>}
          <button type="submit" class="button" disabled={busy}>{endpoints.dryRun ? 'Import' : 'Upload'}</button>
        </form>
        {sent && <p role="status">Uploading… <progress max={sent.total} value={sent.loaded} /></p>}
        {error && <p class="form-error" role="alert">{error}</p>}
        {current && <ImportOutcome current={current} />}
      </section>
      <section class="card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        {!history && <p class="muted" role="status">Loading the history…</p>}
        {history && history.length === 0 && <p class="muted">Nothing imported yet.</p>}
        {history && history.length > 0 && (
          <div class="table-scroll">
            <table class="table" aria-label="Import history">
              <thead><tr><th scope="col">When</th><th scope="col">File</th><th scope="col">By</th><th scope="col">Status</th><th scope="col">Rows</th></tr></thead>
              <tbody>
                {history.map((i) => (
                  <tr key={i.id}>
                    <td>{when(i.queuedAt)}</td>
                    <td>{i.fileName}<div class="muted">{kindLabel(i.kind)}{i.dryRun ? ' · check only' : ''}</div></td>
                    <td>{i.by ?? 'system'}</td>
                    <td>{humanize(i.status)}</td>
                    <td>{count(i.rowsDone)}<div class="muted">{count(i.created)} new, {count(i.matched)} known, {count(i.rejected)} refused</div></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** One sentence on how an import ended. */
export function outcomeOf(i: ImportRecord): string {
  switch (i.status) {
    case 'Succeeded': return `${count(i.rowsDone)} rows: ${count(i.created)} new, ${count(i.matched)} already imported.`;
    case 'Checked': return `Nothing was stored. Importing it would create ${count(i.created)} and match ${count(i.matched)} of ${count(i.rowsDone)} rows.`;
    case 'Rejected': return `${count(i.rejected)} of ${count(i.rowsDone)} rows refused; nothing was ${i.dryRun ? 'stored' : 'imported'}.`;
    case 'AlreadyImported': return 'This file was imported before; nothing changed.';
    case 'Failed': return i.message ?? 'The import failed; nothing was stored.';
    default: return `${humanize(i.status)}.`;
  }
}

function ImportOutcome({ current }: { current: ImportRecord }) {
  return (
    <div role="status" aria-live="polite">
      {running(current) ? (
        <p>{humanize(current.status)}: {count(current.rowsDone)} rows read <progress max={current.sizeBytes} value={current.bytesDone} /></p>
      ) : (
        <p><strong>{current.fileName}: {current.dryRun ? 'checked' : humanize(current.status).toLowerCase()}.</strong> {outcomeOf(current)}</p>
      )}
      {current.errors.length > 0 && (
        <div class="table-scroll">
          <table class="table" aria-label="Rows refused">
            <thead><tr><th scope="col">Line</th><th scope="col">Column</th><th scope="col">Why</th></tr></thead>
            <tbody>{current.errors.map((r) => <tr key={`${r.line}-${r.column}-${r.reason}`}><td>{r.line}</td><td>{r.column ?? '—'}</td><td>{r.reason}</td></tr>)}</tbody>
          </table>
          {current.errorsTruncated && <p class="muted">Only the first {current.errors.length} errors are listed.</p>}
        </div>
      )}
      {current.plan.length > 0 && (
        <div class="table-scroll">
          <table class="table" aria-label="What each row would do">
            <thead><tr><th scope="col">Line</th><th scope="col">Would</th><th scope="col">Client</th></tr></thead>
            <tbody>{current.plan.map((r) => <tr key={r.line}><td>{r.line}</td><td>{r.action === 'create' ? 'Create' : 'Match'}</td><td>{r.detail}</td></tr>)}</tbody>
          </table>
          {current.plan.length < current.rowsDone && <p class="muted">The first {count(current.plan.length)} rows are listed.</p>}
        </div>
      )}
    </div>
  );
}

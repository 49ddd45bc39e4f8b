import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { humanize } from '../../shared/format';
import { readToken } from '../../shared/session';
import { api } from '../client';

/** `GET /api/imports` and `/api/imports/{id}`. */
export interface ImportRecord {
  id: string;
  kind: string;
  fileName: string;
  sizeBytes: number;
  by: string | null;
  queuedAt: string;
  finishedAt: string | null;
  status: 'Queued' | 'Running' | 'Succeeded' | 'Rejected' | 'AlreadyImported' | 'Failed';
  rowsDone: number;
  bytesDone: number;
  created: number;
  matched: number;
  rejected: number;
  errorsTruncated: boolean;
  message: string | null;
  errors: { line: number; column: string | null; reason: string }[];
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const count = (n: number) => n.toLocaleString();
const running = (i: ImportRecord) => i.status === 'Queued' || i.status === 'Running';

/** Sends the file as the request body; XMLHttpRequest because fetch reports no upload progress. */
function upload(file: File, onProgress: (sent: number) => void): Promise<ImportRecord> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/imports/booked-activity?fileName=${encodeURIComponent(file.name)}`);
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

/** The import history, and an upload of booked account activity that shows its progress and, if refused, every bad row. */
export function ImportsView() {
  const [history, setHistory] = useState<ImportRecord[] | null>(null);
  const [current, setCurrent] = useState<ImportRecord | null>(null);
  const [sent, setSent] = useState<{ loaded: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setHistory(await api.get<ImportRecord[]>('/api/imports'));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  // Follows the current import until it has finished.
  useEffect(() => {
    if (!current || !running(current)) return;
    const timer = setTimeout(() => {
      api.get<ImportRecord>(`/api/imports/${current.id}`).then((next) => {
        setCurrent(next);
        if (!running(next)) void load();
      }, (e: unknown) => setError(errorMessage(e)));
    }, 500);
    return () => clearTimeout(timer);
  }, [current, load]);

  async function submit(e: Event) {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    setCurrent(null);
    setSent({ loaded: 0, total: file.size });
    try {
      setCurrent(await upload(file, (loaded) => setSent({ loaded, total: file.size })));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSent(null);
    }
  }

  return (
    <>
      <h1 tabIndex={-1}>Imports</h1>
      <section class="card" aria-labelledby="upload-heading">
        <h2 id="upload-heading">Import booked account activity</h2>
        <p class="muted">A CSV file with the columns account, party_id, household_id, booking_date (yyyy-MM-dd), amount, currency, type
          (Deposit, TransferIn, Withdrawal, TransferOut, Other) and optionally reference. A file with any bad row imports nothing;
          the same file twice changes nothing.</p>
        <form class="buttons" onSubmit={(e) => void submit(e)}>
          <label for="import-file">CSV file</label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required />
          <button type="submit" class="button" disabled={sent !== null || (current !== null && running(current))}>Upload</button>
        </form>
        {sent && <p role="status">Uploading… <progress max={sent.total} value={sent.loaded} /></p>}
        {error && <p class="form-error" role="alert">{error}</p>}
        {current && (
          <div role="status" aria-live="polite">
            {running(current) ? (
              <p>{humanize(current.status)}: {count(current.rowsDone)} rows read <progress max={current.sizeBytes} value={current.bytesDone} /></p>
            ) : (
              <p><strong>{current.fileName}: {humanize(current.status).toLowerCase()}.</strong>{' '}
                {current.status === 'Succeeded' && `${count(current.rowsDone)} rows: ${count(current.created)} new, ${count(current.matched)} already imported.`}
                {current.status === 'Rejected' && `${count(current.rejected)} of ${count(current.rowsDone)} rows refused; nothing was imported.`}
                {current.status === 'AlreadyImported' && 'This file was imported before; nothing changed.'}
                {current.status === 'Failed' && current.message}</p>
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
          </div>
        )}
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
                    <td>{i.fileName}<div class="muted">{humanize(i.kind)}</div></td>
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

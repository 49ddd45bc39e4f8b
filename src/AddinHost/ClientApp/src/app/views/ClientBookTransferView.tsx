import { useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { readToken } from '../../shared/session';
import { ImportPanel } from './ImportPanel';

/** The client-book CSV's columns, as the import reads and the export writes them. */
export const clientBookColumns = [
  'external_id', 'kind', 'given_name', 'family_name', 'legal_name', 'email', 'works_at', 'job_title', 'status', 'phone', 'household',
  'adviser_email', 'mailing_line1', 'mailing_line2', 'mailing_city', 'mailing_postcode', 'mailing_region', 'mailing_country',
  'billing_line1', 'billing_line2', 'billing_city', 'billing_postcode', 'billing_region', 'billing_country',
] as const;

/** Downloads the export with the session's token (a plain link could not send it) and saves it under the server's file name. */
async function download(setError: (message: string | null) => void, setBusy: (busy: boolean) => void) {
  setBusy(true);
  setError(null);
  try {
    const token = readToken();
    const response = await fetch('/api/client-book/export', { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    if (!response.ok) throw new Error(`The export failed (${response.status}).`);
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'client-book.csv';
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    link.click();
    URL.revokeObjectURL(url);
  } catch (e) {
    setError(errorMessage(e));
  } finally {
    setBusy(false);
  }
}

/** Bringing a client book in from another CRM (check first, then import) and taking it out in the same shape. */
export function ClientBookTransferView() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <h1 tabIndex={-1}>Import and export the client book</h1>
      <ImportPanel title="Import a client book" endpoints={{ records: '/api/client-book/imports', upload: '/api/client-book/imports', dryRun: true }}>
        <p class="muted">One row per person or organisation, keyed by its id in the system it comes from (external_id). Columns:{' '}
          <code>{clientBookColumns.join(', ')}</code>. A person works at an organisation of the file or of the client book (works_at = its
          external_id), joins a household by name and is covered by the adviser whose email is given. A row matches a client already on
          file by external id, then by email, and leaves it unchanged. “Check only” says row by row what would happen and stores nothing;
          a file with any bad row imports nothing.</p>
      </ImportPanel>
      <section class="card" aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <p class="muted">Every client you may see, in the columns above; importing the file again changes nothing. Exports are audited.</p>
        <button type="button" class="button" disabled={busy} onClick={() => void download(setError, setBusy)}>Download the client book (CSV)</button>
        {error && <p class="form-error" role="alert">{error}</p>}
      </section>
    </>
  );
}

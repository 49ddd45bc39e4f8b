import { useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { humanize } from '../../shared/format';
import { api } from '../client';

/** One row of `GET /api/parties/{id}/history` (the audit log). */
export interface Change {
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

const hidden = new Set(['id', 'partyId', 'digits']);

/** A camelCase field of the audit row as words: "familyName" → "Family name". */
const label = (field: string) => humanize(field.charAt(0).toUpperCase() + field.slice(1));

/** What changed, as "field: old → new" for updates and "field: value" for additions and removals. */
export function describeChange(change: Change): string[] {
  if (change.action === 'Merged' && change.after && 'duplicateName' in change.after) {
    return [`merged in ${String(change.after.duplicateName)}`];
  }
  if (change.action === 'Merged') return ['merged into another record'];
  const shown = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));
  const fields = Object.keys({ ...change.before, ...change.after }).filter((f) => !hidden.has(f) && !f.endsWith('Id'));
  return fields.map((field) => {
    if (change.action === 'Updated') {
      if (!change.before || !(field in change.before)) return null;
      return `${label(field)}: ${shown(change.before[field])} → ${shown(change.after?.[field])}`;
    }
    // A created or deleted row lists only the values it held.
    const value = (change.after ?? change.before)?.[field];
    return value === null || value === undefined || value === '' ? null : `${label(field)}: ${String(value)}`;
  }).filter((line): line is string => line !== null);
}

/** Who changed what on this client, newest first; loaded when opened. */
export function PartyHistory({ id }: { id: string }) {
  const [state, setState] = useState<{ status: 'closed' | 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; changes: Change[] }>({ status: 'closed' });
  const open = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || state.status !== 'closed') return;
    setState({ status: 'loading' });
    api.get<Change[]>(`/api/parties/${id}/history`).then(
      (changes) => setState({ status: 'ready', changes }),
      (error: unknown) => setState({ status: 'failed', message: errorMessage(error) }));
  };
  return (
    <details class="card history" onToggle={open}>
      <summary><h2>History of changes</h2></summary>
      {state.status === 'loading' && <p class="muted" role="status">Loading…</p>}
      {state.status === 'failed' && <p class="form-error" role="alert">{state.message}</p>}
      {state.status === 'ready' && (state.changes.length === 0 ? <p class="muted">No recorded changes.</p> : (
        <ol class="list" aria-label="Changes">
          {state.changes.map((c, i) => (
            <li key={i}>
              <div><strong>{humanize(c.action)}</strong> {humanize(c.entityType).toLowerCase()} · {c.actorName} · <time dateTime={c.at}>{new Date(c.at).toLocaleString()}</time></div>
              {describeChange(c).map((line) => <div class="muted" key={line}>{line}</div>)}
              {c.reason && <div>Reason: {c.reason}</div>}
            </li>
          ))}
        </ol>
      ))}
    </details>
  );
}

import { useState } from 'preact/hooks';
import { errorMessage } from '../shared/api';
import { api } from './PaneApp';
import type { ProspectSuggestion } from './types';

/** An address nobody in the client book has: who it might be, and "add as prospect" pre-filled. */
export function UnknownCard({ suggestion, displayName, canAct, reload }: {
  suggestion: ProspectSuggestion; displayName: string | null; canAct: boolean; reload: () => Promise<void>;
}) {
  const fromOutlook = splitName(displayName);
  const [open, setOpen] = useState(false);
  const [given, setGiven] = useState(fromOutlook?.given ?? suggestion.givenName ?? '');
  const [family, setFamily] = useState(fromOutlook?.family ?? suggestion.familyName ?? '');
  const [organisation, setOrganisation] = useState(suggestion.organisationName ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = suggestion.address.replace(/[^a-z0-9]/gi, '-');

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const usesExisting = suggestion.organisationId !== null && organisation === suggestion.organisationName;
      await api.post('/api/pane/prospects', {
        address: suggestion.address,
        givenName: given,
        familyName: family,
        ...(usesExisting ? { organisationId: suggestion.organisationId } : organisation.trim() ? { organisationName: organisation.trim() } : {}),
      });
      await reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="card unknown" aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`}>{displayName ?? suggestion.address}</h2>
      <p class="muted">{suggestion.address} · unknown sender{suggestion.messagesSeen ? ` · ${suggestion.messagesSeen} message(s) seen` : ''}</p>
      {canAct && !open && (
        <button type="button" class="button primary" onClick={() => setOpen(true)}>Add as prospect</button>
      )}
      {open && (
        <form class="form" onSubmit={save}>
          <label>Given name<input value={given} required onInput={(e) => setGiven(e.currentTarget.value)} /></label>
          <label>Family name<input value={family} required onInput={(e) => setFamily(e.currentTarget.value)} /></label>
          {!suggestion.isFreeMail && (
            <label>Organisation<input value={organisation} onInput={(e) => setOrganisation(e.currentTarget.value)} /></label>
          )}
          {error && <p class="form-error" role="alert">{error}</p>}
          <div class="buttons">
            <button type="submit" class="button primary" disabled={busy}>Save prospect</button>
            <button type="button" class="button" onClick={() => setOpen(false)}>Cancel</button>
          </div>
        </form>
      )}
    </article>
  );
}

/** "Doe, Jane" or "Jane Doe" from Outlook's display name. */
export function splitName(displayName: string | null): { given: string; family: string } | null {
  const text = displayName?.replace(/^["']|["']$/g, '').trim();
  if (!text || text.includes('@')) return null;
  const comma = text.indexOf(',');
  if (comma > 0) return { given: text.slice(comma + 1).trim(), family: text.slice(0, comma).trim() };
  const parts = text.split(/\s+/);
  return parts.length === 1 ? { given: parts[0] ?? '', family: '' } : { given: parts.slice(0, -1).join(' '), family: parts.at(-1) ?? '' };
}

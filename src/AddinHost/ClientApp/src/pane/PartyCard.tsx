import { useState } from 'preact/hooks';
import { errorMessage, type ApiClient } from '../shared/api';
import { isoDateInDays, money, shortDate } from './format';
import { channelLabels, type Catalogue, type Channel, type PaneParty } from './types';

type Action = { kind: 'log'; channel: Channel } | { kind: 'followUp' } | { kind: 'outcome' } | { kind: 'initiative' } | { kind: 'material' };

const loggable: readonly Channel[] = ['PhoneCall', 'Meeting', 'InPerson', 'PostalMail', 'Note'];

/**
 * One client: who they are, coverage, cadence, history, and the one- or two-click actions. The pane and the web app's
 * party page both show it, each with its own API client (the pane's signs in through Outlook).
 */
export function PartyCard({ api, party, canAct, catalogue, reload, headingLevel = 2 }: {
  api: ApiClient; party: PaneParty; canAct: boolean; catalogue: Catalogue | null; reload: () => Promise<void>; headingLevel?: 1 | 2;
}) {
  const [action, setAction] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `party-${party.id}`;
  const cadence = party.cadence;

  async function run(send: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await send();
      setAction(null);
      await reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="card" aria-labelledby={id}>
      {headingLevel === 1 ? <h1 id={id} tabIndex={-1}>{party.displayName}</h1> : <h2 id={id}>{party.displayName}</h2>}
      <p class="badges">
        <span class="badge">{party.status}</span>
        {party.tier && <span class="badge">{party.tier}</span>}
        {party.isRestricted && <span class="badge badge-danger">Restricted</span>}
      </p>
      <dl class="facts">
        {party.jobTitle && <><dt>Role</dt><dd>{party.jobTitle}</dd></>}
        {party.organisation && <><dt>Organisation</dt><dd>{party.organisation.name}</dd></>}
        {party.household && <><dt>Household</dt><dd>{party.household.name}</dd></>}
        <dt>Advisers</dt>
        <dd>{party.coverage.advisers.length === 0 ? 'none designated' : party.coverage.advisers.map((a) => a.displayName).join(', ')}</dd>
        <dt>Last contact</dt><dd>{shortDate(cadence.lastContactAt)}</dd>
        {cadence.policy && <><dt>Next due</dt><dd class={cadence.overdue ? 'overdue' : undefined}>{shortDate(cadence.nextDueAt)}{cadence.overdue ? ' (overdue)' : ''}</dd></>}
        {cadence.policy && (
          <><dt>Contacts</dt><dd class={cadence.tooOften ? 'overdue' : undefined}>
            {cadence.contactsInWindow} in {cadence.policy.windowDays} days (max {cadence.policy.maxContacts}){cadence.tooOften ? ' — too often' : ''}
          </dd></>
        )}
      </dl>

      {canAct && (
        <div class="actions" role="group" aria-label={`Actions for ${party.displayName}`}>
          {loggable.map((channel) => (
            <button type="button" class="button" key={channel} onClick={() => setAction({ kind: 'log', channel })}>
              Log {channelLabels[channel].toLowerCase()}
            </button>
          ))}
          <button type="button" class="button" onClick={() => setAction({ kind: 'followUp' })}>Follow-up</button>
          <button type="button" class="button" onClick={() => setAction({ kind: 'outcome' })}>Outcome</button>
          <button type="button" class="button" onClick={() => setAction({ kind: 'initiative' })}>Tag initiative</button>
          <button type="button" class="button" onClick={() => setAction({ kind: 'material' })}>Brochure sent</button>
        </div>
      )}
      {action && <ActionForm api={api} action={action} party={party} catalogue={catalogue} busy={busy} run={run} cancel={() => setAction(null)} />}
      {error && <p class="form-error" role="alert">{error}</p>}

      <Section title="Recent contacts" count={party.interactions.length}>
        <ul class="list">
          {party.interactions.map((i) => (
            <li key={i.id} class="interaction">
              <span class="when">{shortDate(i.occurredAt)}</span> <span class="channel">{channelLabels[i.channel]}</span>
              {i.isCancelled && <span class="muted"> (cancelled)</span>}
              <div class="subject">{i.subject ?? '(no subject)'}</div>
              {i.reps.length > 0 && <div class="muted">{i.reps.join(', ')}</div>}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Open follow-ups" count={party.followUps.length}>
        <ul class="list">
          {party.followUps.map((f) => (
            <li key={f.id}>
              <span class={f.overdue ? 'overdue' : undefined}>{shortDate(f.dueAt)}</span> {f.title ?? f.reason}
              {f.status === 'Snoozed' && <span class="muted"> (snoozed to {shortDate(f.snoozedUntil)})</span>}
              <div class="muted">{f.owner}</div>
              {canAct && (
                <div class="buttons">
                  <button type="button" class="button small" disabled={busy} aria-label={`Complete: ${f.title ?? f.reason}`}
                    onClick={() => void run(() => api.post(`/api/pane/follow-ups/${f.id}/complete`, {}))}>Complete</button>
                  <button type="button" class="button small" disabled={busy} aria-label={`Snooze a week: ${f.title ?? f.reason}`}
                    onClick={() => void run(() => api.post(`/api/pane/follow-ups/${f.id}/snooze`, { until: new Date(Date.now() + 7 * 86_400_000).toISOString() }))}>
                    Snooze 1 week
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Outcomes" count={party.outcomes.length}>
        <ul class="list">
          {party.outcomes.map((o) => (
            <li key={o.id}>{o.kind.replace(/([a-z])([A-Z])/g, '$1 $2')} {money(o.amount, o.currency)} <span class="badge">{o.status}</span></li>
          ))}
        </ul>
      </Section>
      <Section title="Initiatives" count={party.initiatives.length}>
        <ul class="list">{party.initiatives.map((i) => <li key={i.id}>{i.name}</li>)}</ul>
      </Section>
      <Section title="Materials sent" count={party.materials.length}>
        <ul class="list">{party.materials.map((m) => <li key={m.id}>{m.title} <span class="muted">{shortDate(m.sentAt)} · {m.sentBy}</span></li>)}</ul>
      </Section>
    </article>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: preact.ComponentChildren }) {
  if (count === 0) return null;
  return (
    <section class="section">
      <h3>{title} <span class="muted">{count}</span></h3>
      {children}
    </section>
  );
}

function ActionForm({ api, action, party, catalogue, busy, run, cancel }: {
  api: ApiClient; action: Action; party: PaneParty; catalogue: Catalogue | null; busy: boolean;
  run: (send: () => Promise<unknown>) => Promise<void>; cancel: () => void;
}) {
  const [text, setText] = useState('');
  const [detail, setDetail] = useState('');
  const [date, setDate] = useState(isoDateInDays(7));
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('CHF');
  const [kind, setKind] = useState('AssetsPledged');
  const [pick, setPick] = useState('');
  const [expected, setExpected] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    switch (action.kind) {
      case 'log':
        return void run(() => api.post('/api/pane/contacts', { channel: action.channel, partyIds: [party.id], subject: text, summary: detail || null }));
      case 'followUp':
        return void run(() => api.post('/api/pane/follow-ups', { partyId: party.id, title: text, dueAt: new Date(`${date}T09:00:00`).toISOString() }));
      case 'outcome':
        return void run(() => api.post('/api/outcomes', {
          kind, amount: Number(amount), currency, partyId: party.id, notes: detail || null,
          expectedOn: expected || null, initiativeIds: pick ? [pick] : [],
        }));
      case 'initiative':
        return void run(() => api.post('/api/pane/initiatives', { partyId: party.id, initiativeId: pick }));
      case 'material':
        return void run(() => api.post('/api/pane/materials', { partyId: party.id, materialId: pick }));
    }
  };

  const title = action.kind === 'log' ? `Log ${channelLabels[action.channel].toLowerCase()}`
    : action.kind === 'followUp' ? 'Set a follow-up' : action.kind === 'outcome' ? 'Record an outcome'
    : action.kind === 'initiative' ? 'Tag an initiative' : 'Record a brochure sent';
  const options = action.kind === 'initiative' ? catalogue?.initiatives : catalogue?.materials;

  return (
    <form class="form" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      {(action.kind === 'log' || action.kind === 'followUp') && (
        <label>{action.kind === 'log' ? 'Subject' : 'What to do'}<input value={text} required onInput={(e) => setText(e.currentTarget.value)} /></label>
      )}
      {action.kind === 'log' && <label>Notes<textarea value={detail} rows={3} onInput={(e) => setDetail(e.currentTarget.value)} /></label>}
      {action.kind === 'followUp' && <label>Due<input type="date" value={date} required onInput={(e) => setDate(e.currentTarget.value)} /></label>}
      {action.kind === 'outcome' && (
        <>
          <label>Kind
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
              <option value="AssetsPledged">Assets pledged</option>
              <option value="AssetsDeposited">Assets deposited</option>
              <option value="MandateWon">Mandate won</option>
              <option value="Other">Other</option>
            </select>
          </label>
          <label>Amount<input type="number" min="1" step="any" value={amount} required onInput={(e) => setAmount(e.currentTarget.value)} /></label>
          <label>Currency<input value={currency} maxLength={3} required onInput={(e) => setCurrency(e.currentTarget.value.toUpperCase())} /></label>
          <label>Expected on<input type="date" value={expected} onInput={(e) => setExpected(e.currentTarget.value)} /></label>
          <label>Initiative (optional)
            <select value={pick} onChange={(e) => setPick(e.currentTarget.value)}>
              <option value="">None</option>
              {(catalogue?.initiatives ?? []).map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            </select>
          </label>
        </>
      )}
      {(action.kind === 'initiative' || action.kind === 'material') && (
        <label>{action.kind === 'initiative' ? 'Initiative' : 'Material'}
          <select value={pick} required onChange={(e) => setPick(e.currentTarget.value)}>
            <option value="">Choose…</option>
            {(options ?? []).map((o) => <option key={o.id} value={o.id}>{o.name}{o.detail ? ` (${o.detail})` : ''}</option>)}
          </select>
        </label>
      )}
      <div class="buttons">
        <button type="submit" class="button primary" disabled={busy}>Save</button>
        <button type="button" class="button" onClick={cancel}>Cancel</button>
      </div>
    </form>
  );
}

import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { addressLines, humanize, type PostalAddress } from '../../shared/format';
import { PartyCard } from '../../pane/PartyCard';
import type { Catalogue, PaneParty } from '../../pane/types';
import { api } from '../client';
import { Link } from '../Link';
import type { ViewProps } from '../routes';
import { describeMerge, MergeDuplicate } from './MergeDuplicate';
import { OrganisationSections } from './OrganisationSections';
import { PartyEditForm } from './PartyEditForm';
import { PartyHistory } from './PartyHistory';

/** `GET /api/parties/{id}/overview`: what the pane shows about a party, with a longer timeline and all contact details. */
export interface PartyOverview {
  party: PaneParty;
  emails: { address: string; kind: string; isPrimary: boolean }[];
  phones: { number: string; kind: string }[];
  addresses: (PostalAddress & { id: string })[];
  /** A person's names and the record's version: what an edit sends back. */
  givenName: string | null;
  familyName: string | null;
  version: number;
}

type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; overview: PartyOverview };

/** A client's page: contact details, coverage, cadence, the timeline, follow-ups, outcomes, with the pane's actions. */
export function PartyView({ me, params }: ViewProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [mode, setMode] = useState<'view' | 'edit' | 'merge'>('view');
  const [notice, setNotice] = useState<string | null>(null);
  const canAct = me.role === 'Rep' || me.role === 'Manager';

  const load = useCallback(async () => {
    try {
      setState({ status: 'ready', overview: await api.get<PartyOverview>(`/api/parties/${encodeURIComponent(params.id ?? '')}/overview`) });
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
  }, [params.id]);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (canAct) api.get<Catalogue>('/api/pane/catalogue').then(setCatalogue, () => setCatalogue({ initiatives: [], materials: [] }));
  }, [canAct]);

  if (state.status === 'loading') return <p class="muted" role="status">Loading the client…</p>;
  if (state.status === 'failed') return <p class="form-error" role="alert">{state.message}</p>;
  const { party, emails, phones, addresses } = state.overview;
  const done = (message: string) => {
    setMode('view');
    setNotice(message);
    void load();
  };
  return (
    <div class="party-page">
      <PartyCard api={api} party={party} canAct={canAct} catalogue={catalogue} reload={load} headingLevel={1} />
      {notice && <p class="card" role="status">{notice}</p>}
      {mode === 'edit' && <PartyEditForm overview={state.overview} onSaved={() => done('Changes saved.')} onCancel={() => { setMode('view'); void load(); }} />}
      {mode === 'merge' && <MergeDuplicate id={party.id} kind={party.kind} name={party.displayName} onMerged={(s) => done(describeMerge(s))} />}
      <section class="card" aria-labelledby="contact-heading">
        <div class="section-head">
          <h2 id="contact-heading">Contact details</h2>
          {canAct && mode === 'view' && (
            <div class="buttons">
              <button type="button" class="button" onClick={() => { setNotice(null); setMode('edit'); }}>Edit</button>
              <button type="button" class="button" onClick={() => { setNotice(null); setMode('merge'); }}>Merge a duplicate…</button>
            </div>
          )}
        </div>
        <dl class="facts">
          {party.household && <div><dt>Household</dt><dd><Link href={`/app/households/${party.household.id}`}>{party.household.name}</Link></dd></div>}
          {emails.map((e) => <div key={e.address}><dt>{humanize(e.kind)} email{e.isPrimary ? ' (primary)' : ''}</dt><dd><a href={`mailto:${e.address}`}>{e.address}</a></dd></div>)}
          {phones.map((p) => <div key={p.number}><dt>{humanize(p.kind)} phone</dt><dd><a href={`tel:${p.number.replace(/[^0-9+]/g, '')}`}>{p.number}</a></dd></div>)}
          {addresses.map((a) => <div key={`${a.kind}-${a.line1}`}><dt>{humanize(a.kind)} address</dt><dd>{addressLines(a).map((line) => <div key={line}>{line}</div>)}</dd></div>)}
        </dl>
        {!party.household && emails.length + phones.length + addresses.length === 0 && <p class="muted">No contact details recorded.</p>}
      </section>
      {party.kind === 'Organisation' && <OrganisationSections id={party.id} />}
      <PartyHistory key={`${party.id}-${state.overview.version}`} id={party.id} />
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createApiClient, errorMessage } from '../shared/api';
import { isComposeItem, type OfficeLike } from '../office/types';
import { isPreviewHost } from '../office/loadOffice';
import { paneToken, shareTokenWithSendCheck, signInLink, startSignIn, type SignInMethod } from './auth';
import { readItem, type PaneItem } from './mailItem';
import { PartyCard } from './PartyCard';
import { UnknownCard } from './UnknownCard';
import type { Catalogue, Pane } from './types';

export const api = createApiClient({ getToken: paneToken, timeoutMs: 10_000 });

type State =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; item: PaneItem; pane: Pane };

/** The task pane: follows the selected item (pinned pane) and shows what the firm knows about its people. */
export function PaneApp({ office }: { office: OfficeLike }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [signIn, setSignIn] = useState<SignInMethod | null>(null);
  const [signInError, setSignInError] = useState<string | null>(null);
  const current = useRef<AbortController | null>(null);
  const self = office.context.mailbox.userProfile.emailAddress;

  const load = useCallback(async () => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const mailItem = office.context.mailbox.item;
    if (!mailItem) {
      setState({ kind: 'empty' });
      return;
    }
    setState((s) => (s.kind === 'ready' ? s : { kind: 'loading' }));
    try {
      const item = await readItem(mailItem, self);
      if (item.addresses.length === 0) {
        if (!controller.signal.aborted) setState({ kind: 'empty' });
        return;
      }
      // One request per item: everything the pane shows comes back at once.
      const pane = await api.get<Pane>('/api/pane', {
        query: { mode: item.mode, addresses: item.addresses.join(',') },
        signal: controller.signal,
      });
      if (!controller.signal.aborted) {
        setState({ kind: 'ready', item, pane });
        performance.mark('outlookcms:pane-ready');
      }
    } catch (error) {
      if (!controller.signal.aborted) setState({ kind: 'error', message: errorMessage(error) });
    }
  }, [office, self]);

  useEffect(() => {
    startSignIn(office, isPreviewHost()).then(setSignIn, (error: unknown) => {
      setSignInError(errorMessage(error));
      setSignIn('none');
    });
  }, [office]);

  useEffect(() => {
    if (signIn === null || signIn === 'none') return;
    void paneToken().then(shareTokenWithSendCheck, () => undefined);
    void load();
    office.context.mailbox.addHandlerAsync(office.EventType.ItemChanged, () => {
      void load();
      watchRecipients();
    });
    watchRecipients();
    function watchRecipients() {
      const item = office.context.mailbox.item;
      if (item && isComposeItem(item)) item.addHandlerAsync?.(office.EventType.RecipientsChanged, () => void load());
    }
  }, [office, load, signIn]);

  useEffect(() => {
    if (state.kind === 'ready' && catalogue === null && (state.pane.viewer.role === 'Rep' || state.pane.viewer.role === 'Manager')) {
      api.get<Catalogue>('/api/pane/catalogue').then(setCatalogue, () => setCatalogue({ initiatives: [], materials: [] }));
    }
  }, [state, catalogue]);

  if (signIn === 'none') {
    return (
      <main class="pane">
        {signInError && <p role="alert">Single sign-on failed: {signInError}</p>}
        <p role={signInError ? undefined : 'alert'}>You are not signed in. <a href={signInLink()}>Sign in</a> to see client history.</p>
      </main>
    );
  }

  return (
    <main class="pane" aria-busy={state.kind === 'loading'}>
      {state.kind === 'loading' && <p class="muted" role="status">Loading…</p>}
      {state.kind === 'empty' && <p class="muted" role="status">Select a message, or add recipients, to see who they are.</p>}
      {state.kind === 'error' && (
        <div class="pane-error" role="alert">
          <p>{state.message}</p>
          <button type="button" class="button" onClick={() => void load()}>Try again</button>
        </div>
      )}
      {state.kind === 'ready' && <PaneView item={state.item} pane={state.pane} catalogue={catalogue} reload={load} />}
    </main>
  );
}

function PaneView({ item, pane, catalogue, reload }: { item: PaneItem; pane: Pane; catalogue: Catalogue | null; reload: () => Promise<void> }) {
  const canAct = pane.viewer.role === 'Rep' || pane.viewer.role === 'Manager';
  return (
    <>
      <header class="pane-header">
        <h1>{pane.mode === 'Compose' ? 'Before you send' : 'Client history'}</h1>
        {item.subject && <p class="muted pane-subject">{item.subject}</p>}
      </header>
      {item.total > item.addresses.length && (
        <p class="notice" role="status">Only the first {item.addresses.length} of {item.total} people were checked.</p>
      )}
      {pane.warnings.length > 0 && (
        <section aria-label="Warnings" class="warnings" role={pane.mode === 'Compose' ? 'alert' : undefined}>
          {pane.warnings.map((w) => (
            <p class={`warning warning-${w.kind}`} key={`${w.kind}-${w.address}`}>
              <strong>{warningTitle(w.kind)}</strong> {w.message}
            </p>
          ))}
        </section>
      )}
      {pane.addresses.map((address) => {
        const party = pane.parties.find((p) => p.id === address.partyId);
        if (address.status === 'Matched' && party) {
          if (party.matchedAddresses[0] !== address.address) return null; // one card per party
          return <PartyCard key={address.address} api={api} party={party} canAct={canAct} catalogue={catalogue} reload={reload} />;
        }
        if (address.status === 'Unknown' && address.prospect) {
          return (
            <UnknownCard key={address.address} suggestion={address.prospect} displayName={item.names[address.address] ?? null}
              canAct={canAct} reload={reload} />
          );
        }
        return (
          <p key={address.address} class={`address-line address-${address.status}`}>
            <span class="address">{address.address}</span>{' '}
            {address.status === 'Colleague' && <span class="muted">colleague ({address.colleague})</span>}
            {address.status === 'Restricted' && <span>restricted client</span>}
            {address.status === 'Invalid' && <span>{address.error}</span>}
          </p>
        );
      })}
    </>
  );
}

function warningTitle(kind: Pane['warnings'][number]['kind']): string {
  switch (kind) {
    case 'CoverageBreach': return 'Coverage breach.';
    case 'Restricted': return 'Restricted.';
    case 'NotDesignatedAdviser': return 'Not your client.';
    case 'TooOften': return 'Contacted too often.';
  }
}

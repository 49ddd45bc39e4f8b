import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import type { Cadence } from '../../shared/types';
import { api } from '../client';
import { BarChart } from '../BarChart';

/** `GET /api/me/clients/cadence`: the clients I cover, with how often the firm has contacted them. */
export interface MyClientCadence {
  partyId: string;
  displayName: string;
  tier: string | null;
  cadence: Cadence;
}

export type CadenceState = 'Overdue' | 'Too often' | 'Due within 7 days' | 'On track' | 'No policy';

export function cadenceState(c: Cadence, now: Date = new Date()): CadenceState {
  if (!c.policy) return 'No policy';
  if (c.overdue) return 'Overdue';
  if (c.tooOften) return 'Too often';
  if (c.nextDueAt && new Date(c.nextDueAt).getTime() - now.getTime() < 7 * 86_400_000) return 'Due within 7 days';
  return 'On track';
}

const states: readonly CadenceState[] = ['Overdue', 'Too often', 'Due within 7 days', 'On track', 'No policy'];
const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }) : 'never');

/** My clients' cadence: too rarely and too often, as a chart and as a list, the ones needing attention first. */
export function MyClientsCadenceView() {
  const [clients, setClients] = useState<MyClientCadence[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.get<MyClientCadence[]>('/api/me/clients/cadence').then(setClients, (e: unknown) => setError(errorMessage(e)));
  }, []);

  if (error) return <p class="form-error" role="alert">{error}</p>;
  if (!clients) return <p class="muted" role="status">Loading your clients…</p>;
  const counts = states.map((state) => ({ label: state, value: clients.filter((c) => cadenceState(c.cadence) === state).length }));
  return (
    <>
      <h1 tabIndex={-1}>My clients' cadence</h1>
      <section class="card" aria-labelledby="cadence-chart">
        <h2 id="cadence-chart">{clients.length} clients you cover</h2>
        <BarChart title="Clients by cadence status" bars={counts} />
      </section>
      <div class="table-scroll">
        <table class="table" aria-label="Clients by cadence">
          <thead><tr><th scope="col">Client</th><th scope="col">Status</th><th scope="col">Last contact</th><th scope="col">Next due</th><th scope="col">Contacts in window</th></tr></thead>
          <tbody>
            {clients.map((c) => {
              const state = cadenceState(c.cadence);
              return (
                <tr key={c.partyId}>
                  <td>{c.displayName}{c.tier && <div class="muted">{c.tier}</div>}</td>
                  <td><span class={`badge ${state === 'Overdue' || state === 'Too often' ? 'badge-danger' : ''}`}>{state}</span></td>
                  <td>{day(c.cadence.lastContactAt)}</td>
                  <td>{c.cadence.policy ? day(c.cadence.nextDueAt) : '—'}</td>
                  <td>{c.cadence.policy ? `${c.cadence.contactsInWindow} of max ${c.cadence.policy.maxContacts} in ${c.cadence.policy.windowDays} days` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

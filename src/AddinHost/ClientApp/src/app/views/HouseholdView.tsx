import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { humanize } from '../../shared/format';
import { money } from '../../pane/format';
import { api } from '../client';
import { Link } from '../Link';
import type { ViewProps } from '../routes';

/** `GET /api/households/{id}`. */
export interface Household {
  id: string;
  name: string;
  isRestricted: boolean;
  assetsAmount: number;
  assetsCurrency: string;
  tier: string | null;
  advisers: { id: string; displayName: string; role: string }[];
  members: { id: string; displayName: string; status: string; isRestricted: boolean; email: string | null; phone: string | null }[];
  outcomes: { kind: string; status: string; currency: string; amount: number; count: number }[];
}

/** A household: who belongs to it, its assets with us, who covers it, and what its members pledged and brought in. */
export function HouseholdView({ params }: ViewProps) {
  const [household, setHousehold] = useState<Household | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.get<Household>(`/api/households/${encodeURIComponent(params.id ?? '')}`).then(setHousehold, (e: unknown) => setError(errorMessage(e)));
  }, [params.id]);

  if (error) return <p class="form-error" role="alert">{error}</p>;
  if (!household) return <p class="muted" role="status">Loading the household…</p>;
  return (
    <>
      <h1 tabIndex={-1}>{household.name}</h1>
      <p class="badges">
        <span class="badge">Household</span>
        {household.tier && <span class="badge">{household.tier}</span>}
        {household.isRestricted && <span class="badge badge-danger">Restricted</span>}
      </p>
      <section class="card" aria-labelledby="household-facts">
        <h2 id="household-facts">With us</h2>
        <dl class="facts">
          <div><dt>Assets with us</dt><dd>{money(household.assetsAmount, household.assetsCurrency)}</dd></div>
          <div><dt>Advisers</dt><dd>{household.advisers.length === 0 ? 'none designated' : household.advisers.map((a) => `${a.displayName} (${humanize(a.role).toLowerCase()})`).join(', ')}</dd></div>
        </dl>
      </section>
      <section class="card" aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        <div class="table-scroll">
          <table class="table" aria-label="Household members">
            <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Phone</th></tr></thead>
            <tbody>
              {household.members.map((m) => (
                <tr key={m.id}>
                  <td><Link href={`/app/parties/${m.id}`}>{m.displayName}</Link>{m.isRestricted && <span class="badge badge-danger"> restricted</span>}
                    <div class="muted">{humanize(m.status)}</div></td>
                  <td>{m.email ?? ''}</td>
                  <td>{m.phone ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {household.outcomes.length > 0 && (
        <section class="card" aria-labelledby="outcomes-heading">
          <h2 id="outcomes-heading">Outcomes</h2>
          <table class="table" aria-label="Household outcomes">
            <thead><tr><th scope="col">Kind</th><th scope="col">Status</th><th scope="col">Amount</th><th scope="col">Count</th></tr></thead>
            <tbody>
              {household.outcomes.map((o) => (
                <tr key={`${o.kind}-${o.status}-${o.currency}`}><td>{humanize(o.kind)}</td><td>{humanize(o.status)}</td><td>{money(o.amount, o.currency)}</td><td>{o.count}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

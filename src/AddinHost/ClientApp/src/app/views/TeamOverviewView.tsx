import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { BarChart } from '../BarChart';
import { api } from '../client';
import { BreachReview } from './BreachReview';

/** `GET /api/team/overview`: the manager's reps at a glance. */
export interface TeamOverview {
  reps: number;
  overdueByWeek: { weekEnding: string; overdue: number }[];
  cadenceByTier: { tier: string; clients: number; onCadence: number; tooOften: number }[];
  breachesByRep: { repId: string; rep: string; breaches: number; unreviewed: number }[];
}

/** Share of a tier's clients contacted within its minimum frequency, as a whole percentage. */
export function adherence(tier: { clients: number; onCadence: number }): number {
  return tier.clients === 0 ? 0 : Math.round((100 * tier.onCadence) / tier.clients);
}

/** The manager's view: team follow-ups overdue over time, cadence by tier (too rarely and too often), coverage breaches by rep and their review. */
export function TeamOverviewView() {
  const [data, setData] = useState<TeamOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    api.get<TeamOverview>('/api/team/overview').then(setData, (e: unknown) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);

  if (error) return <p class="form-error" role="alert">{error}</p>;
  if (!data) return <p class="muted" role="status">Loading your team…</p>;
  const week = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (
    <>
      <h1 tabIndex={-1}>My team</h1>
      <p class="muted">{data.reps} reps report to you.</p>
      <section class="card" aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">Follow-ups overdue, week by week</h2>
        <BarChart title="Team follow-ups overdue at the end of each week" bars={data.overdueByWeek.map((w) => ({ label: week(w.weekEnding), value: w.overdue }))} />
      </section>
      <section class="card" aria-labelledby="cadence-heading">
        <h2 id="cadence-heading">Cadence adherence by tier</h2>
        <BarChart title="Clients contacted within their tier's minimum frequency, per cent" unit="%"
          bars={data.cadenceByTier.map((t) => ({ label: `${t.tier} (${t.clients})`, value: adherence(t) }))} />
        <BarChart title="Clients contacted more often than their tier allows, by tier"
          bars={data.cadenceByTier.map((t) => ({ label: `${t.tier} (${t.clients})`, value: t.tooOften }))} />
      </section>
      <section class="card" aria-labelledby="breaches-heading">
        <h2 id="breaches-heading">Coverage breaches, last 90 days</h2>
        <BarChart title="Coverage breaches by rep" bars={data.breachesByRep.map((r) => ({ label: r.rep, value: r.breaches }))} />
        <table class="table" aria-label="Coverage breaches by rep">
          <thead><tr><th scope="col">Rep</th><th scope="col">Breaches</th><th scope="col">Not yet reviewed</th></tr></thead>
          <tbody>{data.breachesByRep.map((r) => <tr key={r.repId}><td>{r.rep}</td><td>{r.breaches}</td><td>{r.unreviewed}</td></tr>)}</tbody>
        </table>
        <h3>To review</h3>
        <BreachReview onReviewed={load} />
      </section>
    </>
  );
}

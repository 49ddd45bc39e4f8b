import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { money } from '../../pane/format';
import { BarChart } from '../BarChart';
import { api } from '../client';
import type { ViewProps } from '../routes';

/** `GET /api/forecast/pledges`: open pledges by expected month and rep, weighted by the rep's confirmation rate. */
export interface ForecastRow {
  repId: string;
  rep: string;
  team: string | null;
  month: string;
  currency: string;
  pledges: number;
  pledged: number;
  rate: number;
  weighted: number;
}

/** One team's rows summed for a month and currency; `repIds` are the reps behind it. */
export interface TeamForecastRow { teamId: string | null; team: string; month: string; currency: string; pledges: number; pledged: number; weighted: number; repIds: string[] }

/** Over every rep shown (the firm for an admin, the team for a manager), per currency. */
export interface ForecastTotal { currency: string; pledges: number; pledged: number; weighted: number }

export interface Forecast {
  firmRate: number;
  rows: ForecastRow[];
  teams: TeamForecastRow[];
  totals: ForecastTotal[];
}

/** The weighted amount of each team over the whole span, per currency. */
export function teamBars(teams: readonly TeamForecastRow[]): { label: string; value: number }[] {
  const sums = new Map<string, number>();
  for (const t of teams) {
    const label = `${t.team} (${t.currency})`;
    sums.set(label, (sums.get(label) ?? 0) + t.weighted);
  }
  return [...sums.entries()].map(([label, value]) => ({ label, value: Math.round(value) }));
}

/** Sums the weighted amounts by a key, per currency (amounts in different currencies are never added). */
export function weightedBy(rows: readonly ForecastRow[], key: (row: ForecastRow) => string): { label: string; value: number }[] {
  const sums = new Map<string, number>();
  for (const row of rows) {
    const label = `${key(row)} (${row.currency})`;
    sums.set(label, (sums.get(label) ?? 0) + row.weighted);
  }
  return [...sums.entries()].map(([label, value]) => ({ label, value: Math.round(value) }));
}

/** The manager's pledge pipeline: what their reps' open pledges should bring in, month by month. */
export function ForecastView({ me }: ViewProps) {
  const [forecast, setForecast] = useState<Forecast | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.get<Forecast>('/api/forecast/pledges', { query: { months: 6 } }).then(setForecast, (e: unknown) => setError(errorMessage(e)));
  }, []);

  if (error) return <p class="form-error" role="alert">{error}</p>;
  if (!forecast) return <p class="muted" role="status">Loading the forecast…</p>;
  return (
    <>
      <h1 tabIndex={-1}>Pledge forecast</h1>
      <p class="muted">Open pledges in the next six months by expected month, each weighted by the share of its rep's pledges confirmed in
        the last year (the firm's {Math.round(forecast.firmRate * 100)}% for reps with fewer than five decided).</p>
      <section class="card" aria-label={me.role === 'Admin' ? 'Firm total' : 'Team total'}>
        <h2>{me.role === 'Admin' ? 'The firm' : 'Your team'}, next six months</h2>
        {forecast.totals.length === 0 ? <p class="muted">No open pledges expected in the next six months.</p> : (
          <ul>{forecast.totals.map((t) => (
            <li key={t.currency}><strong>{money(t.weighted, t.currency)}</strong> weighted, from {t.pledges} pledge(s) of {money(t.pledged, t.currency)}</li>
          ))}</ul>
        )}
      </section>
      <section class="card" aria-label="Weighted by month">
        <BarChart title="Weighted pledges by month" bars={weightedBy(forecast.rows, (r) => r.month)} />
        <BarChart title="Weighted pledges by team" bars={teamBars(forecast.teams)} />
        <BarChart title="Weighted pledges by rep" bars={weightedBy(forecast.rows, (r) => r.rep)} />
      </section>
      {forecast.teams.length > 0 && (
        <div class="table-scroll">
          <table class="table" aria-label="Forecast by month and team">
            <thead><tr><th scope="col">Month</th><th scope="col">Team</th><th scope="col">Reps</th><th scope="col">Pledges</th><th scope="col">Pledged</th><th scope="col">Weighted</th></tr></thead>
            <tbody>
              {forecast.teams.map((t) => (
                <tr key={`${t.month}-${t.teamId ?? 'none'}-${t.currency}`}>
                  <td>{t.month}</td>
                  <td>{t.team}</td>
                  <td>{t.repIds.length}</td>
                  <td>{t.pledges}</td>
                  <td>{money(t.pledged, t.currency)}</td>
                  <td><strong>{money(t.weighted, t.currency)}</strong></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {forecast.rows.length > 0 && (
        <div class="table-scroll">
          <table class="table" aria-label="Forecast by month and rep">
            <thead><tr><th scope="col">Month</th><th scope="col">Rep</th><th scope="col">Pledges</th><th scope="col">Pledged</th><th scope="col">Rate</th><th scope="col">Weighted</th></tr></thead>
            <tbody>
              {forecast.rows.map((r) => (
                <tr key={`${r.month}-${r.repId}-${r.currency}`}>
                  <td>{r.month}</td>
                  <td>{r.rep}{r.team && <div class="muted">{r.team}</div>}</td>
                  <td>{r.pledges}</td>
                  <td>{money(r.pledged, r.currency)}</td>
                  <td>{Math.round(r.rate * 100)}%</td>
                  <td><strong>{money(r.weighted, r.currency)}</strong></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

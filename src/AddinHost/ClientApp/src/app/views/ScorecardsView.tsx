import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { readToken } from '../../shared/session';
import { money } from '../../pane/format';
import { BarChart } from '../BarChart';
import { api } from '../client';
import type { ViewProps } from '../routes';
import { gatheredBars, percent, previousQuarter, type Scorecards } from './scorecards';
import { ScorecardDetail } from './ScorecardView';

/** Downloads the CSV with the session's token (a plain link could not send it). */
async function downloadCsv(period: string) {
  const token = readToken();
  const response = await fetch(`/api/scorecards/export?period=${encodeURIComponent(period)}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`The export failed (${response.status}).`);
  const url = URL.createObjectURL(await response.blob());
  Object.assign(document.createElement('a'), { href: url, download: `scorecards-${period}.csv` }).click();
  URL.revokeObjectURL(url);
}

/** A manager's team scorecards (an admin's: every rep), with the CSV and, for an admin, closing the period. */
export function ScorecardsView({ me }: ViewProps) {
  const [period, setPeriod] = useState(() => previousQuarter(new Date()));
  const [data, setData] = useState<Scorecards | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    setError(null);
    api.get<Scorecards>('/api/scorecards', { query: { period } }).then(setData, (e: unknown) => setError(errorMessage(e)));
  }, [period, reload]);

  const close = () => api.post(`/api/scorecard-periods/${encodeURIComponent(period)}/close`).then(() => setReload((n) => n + 1), (e: unknown) => setError(errorMessage(e)));

  return (
    <>
      <h1 tabIndex={-1}>Team scorecards</h1>
      <label>Period (2026-Q3 or 2026-07) <input value={period} onChange={(e) => setPeriod(e.currentTarget.value)} /></label>
      {error && <p class="form-error" role="alert">{error}</p>}
      {!error && !data && <p class="muted" role="status">Loading…</p>}
      {!error && data && (
        <>
          <p class="muted">{data.from} to {data.to}: {data.closedAt ? `closed ${data.closedAt.slice(0, 10)}, figures frozen` : 'open, live figures'}.</p>
          <p>
            <button type="button" onClick={() => downloadCsv(data.period).catch((e: unknown) => setError(errorMessage(e)))}>Download CSV</button>{' '}
            {me.role === 'Admin' && !data.closedAt && <button type="button" onClick={close}>Close {data.period}</button>}
          </p>
          <section class="card" aria-label="Confirmed assets by rep">
            <BarChart title="Confirmed assets by rep" bars={gatheredBars(data.scorecards)} />
          </section>
          <div class="table-scroll">
            <table class="table" aria-label="Scorecards">
              <thead><tr><th scope="col">Rep</th><th scope="col">Assets gathered</th><th scope="col">Mandates</th><th scope="col">On time</th><th scope="col">On cadence</th><th scope="col">Too often</th><th scope="col">Bonus</th><th scope="col" /></tr></thead>
              <tbody>
                {data.scorecards.map((c) => (
                  <tr key={c.repId}>
                    <td>{c.rep}{c.team && <div class="muted">{c.team}</div>}</td>
                    <td>{c.assetsGathered.map((a) => money(a.amount, a.currency)).join(', ') || '–'}</td>
                    <td>{c.mandatesWon.count}</td>
                    <td>{percent(c.followUps.onTimeShare)}</td>
                    <td>{c.cadence && c.cadence.clients > 0 ? `${percent(c.cadence.onCadenceShare)} (${c.cadence.onCadence}/${c.cadence.clients})` : '–'}</td>
                    <td>{c.cadence?.tooOftenBreaches ?? '–'}</td>
                    <td>{c.bonus.totals.map((t) => money(t.amount, t.currency)).join(' + ') || '–'}</td>
                    <td><button type="button" onClick={() => setOpen(open === c.repId ? null : c.repId)}>{open === c.repId ? 'Hide' : 'Breakdown'}</button></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.scorecards.filter((c) => c.repId === open).map((c) => <ScorecardDetail key={c.repId} card={c} />)}
        </>
      )}
    </>
  );
}

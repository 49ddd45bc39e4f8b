import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { money } from '../../pane/format';
import { api } from '../client';
import { percent, previousQuarter, restsOn, type Scorecard } from './scorecards';
import { Link } from '../Link';

/** Cadence adherence and the clients behind it: who was late (since when, until which contact) or contacted too often. */
function CadenceSection({ card }: { card: Scorecard }) {
  const c = card.cadence;
  if (!c) return <p class="muted">Cadence adherence was not measured for {card.period}.</p>;
  return (
    <>
      <h2>Cadence adherence</h2>
      <p>Clients on cadence: <strong>{c.onCadence} of {c.clients}</strong> ({percent(c.onCadenceShare)}); late: {c.late};
        contacted too often: {c.tooOftenClients} client(s), {c.tooOftenBreaches} contact(s) over the maximum.</p>
      {c.items.length > 0 && (
        <table class="table" aria-label="Clients off cadence">
          <thead><tr><th scope="col">Client</th><th scope="col">Cadence</th><th scope="col">Fell due</th><th scope="col">Contacted</th><th scope="col">Contacts over the maximum</th></tr></thead>
          <tbody>
            {c.items.map((i) => (
              <tr key={i.partyId}>
                <td><Link href={`/app/parties/${i.partyId}`}>{i.client}</Link></td>
                <td class="muted">{i.policy}</td>
                <td>{i.late && i.fellDueAt ? i.fellDueAt.slice(0, 10) : '–'}</td>
                <td>{i.late ? (i.contactedAt ? i.contactedAt.slice(0, 10) : 'not in the period') : '–'}</td>
                <td>{i.tooOftenContactIds.length || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** A scorecard and its bonus, every line with the outcomes or follow-ups it rests on. */
export function ScorecardDetail({ card }: { card: Scorecard }) {
  return (
    <>
      <section class="card" aria-label="Figures">
        <h2>Assets gathered (confirmed)</h2>
        {card.assetsGathered.length === 0 ? <p class="muted">None confirmed in {card.period}.</p> : (
          <ul>{card.assetsGathered.map((a) => (
            <li key={a.currency}><strong>{money(a.amount, a.currency)}</strong> from {a.outcomes.length} outcome(s):{' '}
              {a.outcomes.map((o) => `${o.countsOn} ${money(o.amount, o.currency)}`).join(', ')}</li>
          ))}</ul>
        )}
        <h2>Pledged vs confirmed</h2>
        <ul>{card.pledges.map((p) => (
          <li key={p.currency}>{p.pledged} pledged ({money(p.pledgedAmount, p.currency)}), {p.confirmed} confirmed ({money(p.confirmedAmount, p.currency)})</li>
        ))}</ul>
        <p>Mandates won: <strong>{card.mandatesWon.count}</strong></p>
        <p>Follow-ups due: {card.followUps.due}, closed on time: {card.followUps.onTime} ({percent(card.followUps.onTimeShare)}),
          median days overdue: {card.followUps.medianDaysOverdue ?? '–'}</p>
        <CadenceSection card={card} />
      </section>
      <section class="card" aria-label="Bonus breakdown">
        <h2>Bonus (formula part)</h2>
        <table class="table" aria-label="Bonus lines">
          <thead><tr><th scope="col">Component</th><th scope="col">Rule</th><th scope="col">Basis</th><th scope="col">Amount</th><th scope="col">Rests on</th></tr></thead>
          <tbody>
            {card.bonus.lines.map((l) => (
              <tr key={`${l.component}-${l.currency}`}>
                <td>{l.component}</td>
                <td>{l.rule}</td>
                <td>{l.component === 'confirmed-assets' ? money(l.basis, l.currency) : `${l.basis} points`}</td>
                <td><strong>{money(l.amount, l.currency)}</strong></td>
                <td class="muted">{restsOn(l)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>Total: {card.bonus.totals.map((t) => money(t.amount, t.currency)).join(' + ') || '–'}</p>
      </section>
    </>
  );
}

/** The rep's own scorecard for a period (the last quarter unless they pick another). */
export function ScorecardView() {
  const [period, setPeriod] = useState(() => previousQuarter(new Date()));
  const [card, setCard] = useState<Scorecard | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    api.get<Scorecard>('/api/me/scorecard', { query: { period } }).then(setCard, (e: unknown) => setError(errorMessage(e)));
  }, [period]);

  return (
    <>
      <h1 tabIndex={-1}>My scorecard</h1>
      <label>Period (2026-Q3 or 2026-07) <input value={period} onChange={(e) => setPeriod(e.currentTarget.value)} /></label>
      {error && <p class="form-error" role="alert">{error}</p>}
      {!error && !card && <p class="muted" role="status">Loading…</p>}
      {!error && card && <ScorecardDetail card={card} />}
    </>
  );
}

/** `GET /api/scorecards` and `/api/me/scorecard`: a rep's figures for a period, each with the ids behind it. */
export interface OutcomeItem { id: string; amount: number; currency: string; countsOn: string }
export interface CurrencyFigure { currency: string; amount: number; outcomes: OutcomeItem[] }
export interface PledgeFigure { currency: string; pledged: number; pledgedAmount: number; confirmed: number; confirmedAmount: number; outcomeIds: string[] }
export interface FollowUpItem { id: string; dueAt: string; closedAt: string | null; onTime: boolean; daysOverdue: number }
export interface BonusLine { component: string; rule: string; currency: string; basis: number; amount: number; outcomeIds: string[]; followUpIds: string[]; partyIds?: string[] }
/** A covered client who was late (overdue at some moment of the period) or contacted too often in it. */
export interface CadenceClientItem { partyId: string; client: string; policy: string; late: boolean; fellDueAt: string | null; contactedAt: string | null; tooOftenContactIds: string[] }
export interface CadenceAdherence { clients: number; onCadence: number; onCadenceShare: number | null; late: number; tooOftenClients: number; tooOftenBreaches: number; items: CadenceClientItem[] }
export interface Scorecard {
  repId: string;
  rep: string;
  team: string | null;
  period: string;
  assetsGathered: CurrencyFigure[];
  pledges: PledgeFigure[];
  mandatesWon: { count: number; outcomeIds: string[] };
  followUps: { due: number; onTime: number; onTimeShare: number | null; medianDaysOverdue: number | null; items: FollowUpItem[] };
  bonus: { lines: BonusLine[]; totals: { currency: string; amount: number }[] };
  /** Null in periods frozen before cadence adherence was measured. */
  cadence: CadenceAdherence | null;
}
export interface Scorecards { period: string; from: string; to: string; closedAt: string | null; scorecards: Scorecard[] }

/** The quarter before the one `today` is in, as the API names it ("2026-Q2"): the usual period to look at or close. */
export function previousQuarter(today: Date): string {
  const q = Math.floor(today.getUTCMonth() / 3);
  return q === 0 ? `${today.getUTCFullYear() - 1}-Q4` : `${today.getUTCFullYear()}-Q${q}`;
}

/** Confirmed assets per rep, one bar per rep and currency (amounts in different currencies are never added). */
export function gatheredBars(cards: readonly Scorecard[]): { label: string; value: number }[] {
  return cards.flatMap((c) => c.assetsGathered.map((a) => ({ label: `${c.rep} (${a.currency})`, value: Math.round(a.amount) })));
}

export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** What a bonus line rests on, in words ("2 outcome(s)", "5 follow-up(s)", "1 late client(s)"). */
export function restsOn(line: BonusLine): string {
  if (line.outcomeIds.length > 0) return `${line.outcomeIds.length} outcome(s)`;
  if (line.component === 'cadence-adherence') return `${line.partyIds?.length ?? 0} late client(s)`;
  return `${line.followUpIds.length} follow-up(s)`;
}

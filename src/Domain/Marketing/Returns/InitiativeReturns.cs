using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Marketing.Returns;

/// <summary>
/// What each initiative brought in: confirmed AssetsPledged/AssetsDeposited outcomes attributed to one initiative each
/// (see <see cref="AttributionRules"/>), summed by currency, with revenue at the configured rate against the cost.
/// A touch is (a) a direct tag on the outcome, (b) an interaction tagged with the initiative that the outcome's party
/// took part in, or (c) the party's own tag, the last two at most <see cref="AttributionRules.WindowDays"/> days before
/// the outcome was reported and not after it. One SQL statement ranks the touches per outcome.
/// </summary>
public static class InitiativeReturns
{
    public static async Task<ReturnsResult> ComputeAsync(CmsDb db, AttributionRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rules);
        var days = rules.WindowDays;
        var lastTouch = rules.Mode == AttributionMode.LastTouch;
        var credited = await db.Database.SqlQuery<Credit>($"""
            WITH counted AS (
                SELECT id, party_id, reported_at, amount, currency FROM cms.outcomes
                WHERE status = 'Confirmed' AND kind IN ('AssetsPledged', 'AssetsDeposited')
            ), touches AS (
                SELECT o.id AS outcome_id, t.initiative_id, t.tagged_at AS touched_at, true AS direct
                FROM counted o JOIN cms.outcome_initiatives t ON t.outcome_id = o.id
                UNION ALL
                SELECT o.id, t.initiative_id, p.occurred_at, false
                FROM counted o
                JOIN cms.interaction_parties p ON p.party_id = o.party_id
                JOIN cms.interaction_initiatives t ON t.interaction_id = p.interaction_id
                JOIN cms.interactions i ON i.id = p.interaction_id AND NOT i.is_cancelled
                WHERE p.occurred_at BETWEEN o.reported_at - make_interval(days => {days}) AND o.reported_at
                UNION ALL
                SELECT o.id, t.initiative_id, t.tagged_at, false
                FROM counted o JOIN cms.party_initiatives t ON t.party_id = o.party_id
                WHERE t.tagged_at BETWEEN o.reported_at - make_interval(days => {days}) AND o.reported_at
            ), ranked AS (
                SELECT outcome_id, initiative_id, row_number() OVER (PARTITION BY outcome_id ORDER BY direct DESC,
                    CASE WHEN {lastTouch} THEN touched_at END DESC, touched_at, initiative_id) AS rank
                FROM touches
            )
            -- snake_case columns: the naming convention maps them to Credit's properties.
            SELECT r.initiative_id, o.id AS outcome_id, o.currency, o.amount
            FROM ranked r JOIN counted o ON o.id = r.outcome_id
            WHERE r.rank = 1
            """).ToListAsync(cancellationToken);

        var initiatives = await db.Initiatives.AsNoTracking().OrderByDescending(i => i.StartsOn).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        var byInitiative = credited.ToLookup(c => c.InitiativeId);
        var rate = rules.RevenueRatePercent / 100m;
        var rows = initiatives.Select(i =>
        {
            var mine = byInitiative[i.Id].ToList();
            var assets = mine.GroupBy(c => c.Currency).OrderBy(g => g.Key)
                .Select(g => new CurrencyAmount(g.Key, g.Sum(c => c.Amount), Math.Round(g.Sum(c => c.Amount) * rate, 2), g.Count()))
                .ToList();
            var revenueInCostCurrency = assets.Where(a => a.Currency == i.CostCurrency).Sum(a => a.Revenue);
            decimal? ratio = i.CostAmount > 0 ? Math.Round(revenueInCostCurrency / i.CostAmount, 4) : null;
            return new InitiativeReturn(i.Id, i.Name, i.Kind.ToString(), i.StartsOn, i.EndsOn, i.CostAmount, i.CostCurrency, assets, ratio,
                mine.Select(c => c.OutcomeId).Order().ToList());
        }).ToList();
        return new ReturnsResult(rules, rules.Describe(), rows);
    }

    private sealed record Credit(Guid InitiativeId, Guid OutcomeId, string Currency, decimal Amount);
}

/// <param name="Assets">Confirmed assets attributed, their revenue at the configured rate and the number of outcomes.</param>
public sealed record CurrencyAmount(string Currency, decimal Assets, decimal Revenue, int Outcomes);

/// <param name="ReturnRatio">Revenue in the cost's currency ÷ cost; null when the initiative cost nothing.</param>
/// <param name="OutcomeIds">The confirmed outcomes behind the figures, so each one can be explained.</param>
public sealed record InitiativeReturn(Guid Id, string Name, string Kind, DateOnly StartsOn, DateOnly? EndsOn, decimal CostAmount, string CostCurrency,
    IReadOnlyList<CurrencyAmount> Assets, decimal? ReturnRatio, IReadOnlyList<Guid> OutcomeIds);

public sealed record ReturnsResult(AttributionRules Rules, string Rule, IReadOnlyList<InitiativeReturn> Initiatives);

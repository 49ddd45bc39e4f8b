namespace OutlookCms.Domain.Scorecards;

/// <summary>One rep's results for one period; every figure carries the ids behind it.</summary>
/// <param name="Cadence">Null only in snapshots frozen before cadence adherence was measured, and for a period not yet begun.</param>
public sealed record Scorecard(
    Guid RepId,
    string Rep,
    string? Team,
    string Period,
    IReadOnlyList<CurrencyFigure> AssetsGathered,
    IReadOnlyList<PledgeFigure> Pledges,
    MandateFigure MandatesWon,
    FollowUpTimeliness FollowUps,
    Bonus Bonus,
    CadenceAdherence? Cadence = null);

/// <summary>A confirmed outcome counted in a figure: id, amount and the day it counts on.</summary>
public sealed record OutcomeItem(Guid Id, decimal Amount, string Currency, DateOnly CountsOn);

/// <summary>Confirmed assets (pledges and deposits) in one currency; amounts are never added across currencies.</summary>
public sealed record CurrencyFigure(string Currency, decimal Amount, IReadOnlyList<OutcomeItem> Outcomes);

/// <summary>Pledges counting in the period in one currency, and how much of them a controller has confirmed.</summary>
public sealed record PledgeFigure(string Currency, int Pledged, decimal PledgedAmount, int Confirmed, decimal ConfirmedAmount, IReadOnlyList<Guid> OutcomeIds);

public sealed record MandateFigure(int Count, IReadOnlyList<Guid> OutcomeIds);

/// <param name="DaysOverdue">0 when closed on time; else days from due to closing (or to now while still open).</param>
public sealed record FollowUpItem(Guid Id, DateTimeOffset DueAt, DateTimeOffset? ClosedAt, bool OnTime, decimal DaysOverdue);

/// <param name="OnTimeShare">Closed by their due time ÷ due in the period (so far), 0–1; null when none were due.</param>
/// <param name="MedianDaysOverdue">Over the late ones (closed late or still open); null when none were late.</param>
public sealed record FollowUpTimeliness(int Due, int OnTime, decimal? OnTimeShare, decimal? MedianDaysOverdue, IReadOnlyList<FollowUpItem> Items);

/// <summary>The formula part of the bonus: one line per component and currency, each naming what it rests on.</summary>
public sealed record Bonus(IReadOnlyList<BonusLine> Lines, IReadOnlyList<BonusTotal> Totals);

/// <param name="Rule">The rule in words, e.g. "25 bp of confirmed assets".</param>
/// <param name="Basis">What the rule was applied to (an amount, or share points).</param>
/// <param name="PartyIds">For the cadence component: the clients who were late (the ones that cost points).</param>
public sealed record BonusLine(string Component, string Rule, string Currency, decimal Basis, decimal Amount, IReadOnlyList<Guid> OutcomeIds, IReadOnlyList<Guid> FollowUpIds)
{
    public IReadOnlyList<Guid> PartyIds { get; init; } = [];
}

public sealed record BonusTotal(string Currency, decimal Amount);

using System.ComponentModel.DataAnnotations;

namespace OutlookCms.Domain.Outcomes.Matching;

/// <summary>
/// When a booking counts as the one that satisfies a pledge or deposit (configuration section <c>Matching</c>).
/// The window is around the outcome's expected date (its report date when it has none).
/// </summary>
public sealed record MatchingRules
{
    public const string Section = "Matching";

    /// <summary>How far the booked amount may differ from the outcome's, in percent of the outcome's amount.</summary>
    [Range(0, 50)]
    public decimal AmountTolerancePercent { get; init; } = 2m;

    /// <summary>How many days before the expected date a booking may be (money that arrived early).</summary>
    [Range(0, 366)]
    public int DaysBefore { get; init; } = 14;

    /// <summary>How many days after the expected date a booking may be (money that arrived late).</summary>
    [Range(0, 366)]
    public int DaysAfter { get; init; } = 45;
}

using System.ComponentModel.DataAnnotations;

namespace OutlookCms.Domain.Marketing.Returns;

/// <summary>Which initiative gets the credit when several touched a client before an outcome.</summary>
public enum AttributionMode
{
    FirstTouch,
    LastTouch,
}

/// <summary>
/// How confirmed outcomes are attributed to initiatives and turned into revenue (configuration section
/// <c>Initiatives</c>). See <see cref="InitiativeReturns"/> for the rule itself.
/// </summary>
public sealed record AttributionRules
{
    public const string Section = "Initiatives";

    /// <summary>How many days before an outcome was reported a tagged contact or party tag still counts (inclusive).</summary>
    [Range(0, 730)]
    public int WindowDays { get; init; } = 90;

    [EnumDataType(typeof(AttributionMode))]
    public AttributionMode Mode { get; init; } = AttributionMode.LastTouch;

    /// <summary>Revenue the firm earns on confirmed assets, in percent of the assets (e.g. a year's fee).</summary>
    [Range(0, 100)]
    public decimal RevenueRatePercent { get; init; } = 1m;

    /// <summary>The rule in words, for the page and the API answer.</summary>
    public string Describe() =>
        $"A confirmed pledge or deposit counts for an initiative when it is tagged with it directly, or when the client had a contact "
        + $"tagged with it, or was tagged with it, within {WindowDays} days before the outcome was reported. "
        + $"When several initiatives qualify, a direct tag wins; otherwise the {(Mode == AttributionMode.FirstTouch ? "earliest (first-touch)" : "latest (last-touch)")} "
        + $"touch gets all of it. Revenue is {RevenueRatePercent.ToString(System.Globalization.CultureInfo.InvariantCulture)} % of the assets; "
        + "the return ratio is revenue in the cost's currency ÷ cost (other currencies are shown, not converted).";
}

using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace OutlookCms.Domain.Scorecards;

/// <summary>
/// The formula part of a rep's bonus (configuration section <c>Bonus</c>): basis points on confirmed assets, in each
/// currency they were gathered in, plus an amount per share point of follow-ups closed on time.
/// </summary>
public sealed partial record BonusFormula : IValidatableObject
{
    public const string Section = "Bonus";

    /// <summary>Basis points (1/100 of a percent) paid on confirmed assets gathered.</summary>
    [Range(0, 1000, ErrorMessage = "Bonus:BasisPointsOnConfirmedAssets must be between 0 and 1000 basis points (10 %).")]
    public decimal BasisPointsOnConfirmedAssets { get; init; } = 10m;

    /// <summary>Paid per percentage point of follow-ups closed on time (100 % on time = 100 × this).</summary>
    [Range(0, 1_000_000, ErrorMessage = "Bonus:AmountPerOnTimeSharePoint must be between 0 and 1,000,000.")]
    public decimal AmountPerOnTimeSharePoint { get; init; } = 50m;

    /// <summary>The currency the timeliness component is paid in (ISO 4217).</summary>
    public string TimelinessCurrency { get; init; } = "CHF";

    /// <summary>Fewer follow-ups due than this in the period pays no timeliness component (one on-time follow-up is not 100 %).</summary>
    [Range(0, 10_000, ErrorMessage = "Bonus:MinFollowUpsForTimeliness must be between 0 and 10,000.")]
    public int MinFollowUpsForTimeliness { get; init; } = 5;

    /// <summary>Paid per percentage point of covered clients kept on cadence (in <see cref="TimelinessCurrency"/>); 0, the default, leaves it out.</summary>
    [Range(0, 1_000_000, ErrorMessage = "Bonus:AmountPerOnCadenceSharePoint must be between 0 and 1,000,000.")]
    public decimal AmountPerOnCadenceSharePoint { get; init; }

    /// <summary>Fewer covered clients with a cadence than this pays no cadence component.</summary>
    [Range(0, 100_000, ErrorMessage = "Bonus:MinClientsForCadence must be between 0 and 100,000.")]
    public int MinClientsForCadence { get; init; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!CurrencyPattern().IsMatch(TimelinessCurrency ?? ""))
        {
            yield return new ValidationResult($"Bonus:TimelinessCurrency must be an ISO 4217 code in capitals such as CHF (got '{TimelinessCurrency}').",
                [nameof(TimelinessCurrency)]);
        }
    }

    public Bonus Apply(IReadOnlyList<CurrencyFigure> gathered, FollowUpTimeliness followUps, CadenceAdherence? cadence = null)
    {
        ArgumentNullException.ThrowIfNull(gathered);
        ArgumentNullException.ThrowIfNull(followUps);
        var lines = new List<BonusLine>();
        foreach (var figure in gathered)
        {
            lines.Add(new BonusLine("confirmed-assets", $"{BasisPointsOnConfirmedAssets:0.##} bp of confirmed assets", figure.Currency, figure.Amount,
                Math.Round(figure.Amount * BasisPointsOnConfirmedAssets / 10_000m, 2), [.. figure.Outcomes.Select(o => o.Id)], []));
        }

        if (followUps.OnTimeShare is { } share)
        {
            var points = Math.Round(share * 100m, 2);
            var enough = followUps.Due >= MinFollowUpsForTimeliness;
            lines.Add(new BonusLine("follow-up-timeliness",
                enough
                    ? $"{AmountPerOnTimeSharePoint:0.##} {TimelinessCurrency} per point of follow-ups closed on time ({followUps.OnTime} of {followUps.Due})"
                    : $"none: {followUps.Due} follow-ups due, fewer than the {MinFollowUpsForTimeliness} needed",
                TimelinessCurrency, points, enough ? Math.Round(points * AmountPerOnTimeSharePoint, 2) : 0m, [], [.. followUps.Items.Select(i => i.Id)]));
        }

        if (AmountPerOnCadenceSharePoint > 0 && cadence?.OnCadenceShare is { } onCadence)
        {
            var points = Math.Round(onCadence * 100m, 2);
            var enough = cadence.Clients >= MinClientsForCadence;
            lines.Add(new BonusLine("cadence-adherence",
                enough
                    ? $"{AmountPerOnCadenceSharePoint:0.##} {TimelinessCurrency} per point of clients kept on cadence ({cadence.OnCadence} of {cadence.Clients})"
                    : $"none: {cadence.Clients} clients with a cadence, fewer than the {MinClientsForCadence} needed",
                TimelinessCurrency, points, enough ? Math.Round(points * AmountPerOnCadenceSharePoint, 2) : 0m, [], [])
            {
                PartyIds = [.. cadence.Items.Where(i => i.Late).Select(i => i.PartyId)],
            });
        }

        var totals = lines.GroupBy(l => l.Currency).Select(g => new BonusTotal(g.Key, g.Sum(l => l.Amount))).OrderBy(t => t.Currency).ToList();
        return new Bonus(lines, totals);
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}

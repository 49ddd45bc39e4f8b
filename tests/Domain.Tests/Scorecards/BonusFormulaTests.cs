using System.ComponentModel.DataAnnotations;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Scorecards;

namespace OutlookCms.Domain.Tests.Scorecards;

public sealed class BonusFormulaTests
{
    private static List<string> Errors(BonusFormula formula)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(formula, new ValidationContext(formula), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }

    [Fact]
    public void TheDefaults_AreValid() => Assert.Empty(Errors(new BonusFormula()));

    [Fact]
    public void BadSettings_AreRefusedWithMessagesNamingTheSetting()
    {
        Assert.Equal(["Bonus:BasisPointsOnConfirmedAssets must be between 0 and 1000 basis points (10 %)."],
            Errors(new BonusFormula { BasisPointsOnConfirmedAssets = 2_500m }));
        Assert.Equal(["Bonus:AmountPerOnTimeSharePoint must be between 0 and 1,000,000."], Errors(new BonusFormula { AmountPerOnTimeSharePoint = -1m }));
        Assert.Equal(["Bonus:TimelinessCurrency must be an ISO 4217 code in capitals such as CHF (got 'chf')."],
            Errors(new BonusFormula { TimelinessCurrency = "chf" }));
    }

    [Fact]
    public void TheBreakdown_PaysPerCurrency_AndNoTimelinessBelowTheMinimumDue()
    {
        var a = Guid.NewGuid();
        var gathered = new List<CurrencyFigure> { new("USD", 250_000m, [new OutcomeItem(a, 250_000m, "USD", new DateOnly(2026, 7, 3))]) };
        var f = Guid.NewGuid();
        var few = new FollowUpTimeliness(1, 1, 1m, null, [new FollowUpItem(f, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, true, 0m)]);

        var bonus = new BonusFormula { BasisPointsOnConfirmedAssets = 25m }.Apply(gathered, few);

        Assert.Equal(("USD", 625m, a), (bonus.Lines[0].Currency, bonus.Lines[0].Amount, bonus.Lines[0].OutcomeIds.Single()));
        Assert.Equal((0m, f), (bonus.Lines[1].Amount, bonus.Lines[1].FollowUpIds.Single()));
        Assert.Contains("fewer than the 5 needed", bonus.Lines[1].Rule, StringComparison.Ordinal);
        Assert.Equal([new BonusTotal("CHF", 0m), new BonusTotal("USD", 625m)], bonus.Totals);
    }

    [Theory]
    [InlineData("2026-Q3", "2026-Q3", "2026-07-01", "2026-10-01")]
    [InlineData(" 2026-q4 ", "2026-Q4", "2026-10-01", "2027-01-01")]
    [InlineData("2026-02", "2026-02", "2026-02-01", "2026-03-01")]
    public void APeriod_IsAQuarterOrAMonth(string text, string key, string start, string end)
    {
        var period = ScorePeriod.Parse(text);
        Assert.Equal((key, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)),
            (period.Key, period.Start, period.End));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2026")]
    [InlineData("2026-Q0")]
    [InlineData("2026-00")]
    [InlineData("26-Q1")]
    public void AnythingElse_IsRefusedNamingPeriod(string? text) =>
        Assert.Equal("period", Assert.Throws<DomainRuleException>(() => ScorePeriod.Parse(text)).Field);
}

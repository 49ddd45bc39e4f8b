using System.Globalization;
using System.Text.RegularExpressions;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Scorecards;

/// <summary>A month ("2026-07") or a quarter ("2026-Q3"): the half-open date range [Start, End).</summary>
public sealed partial record ScorePeriod(string Key, DateOnly Start, DateOnly End)
{
    public static ScorePeriod Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        var quarter = QuarterPattern().Match(value);
        if (quarter.Success)
        {
            var year = int.Parse(quarter.Groups[1].Value, CultureInfo.InvariantCulture);
            var q = int.Parse(quarter.Groups[2].Value, CultureInfo.InvariantCulture);
            var start = new DateOnly(year, (q - 1) * 3 + 1, 1);
            return new ScorePeriod($"{year:D4}-Q{q}", start, start.AddMonths(3));
        }

        var month = MonthPattern().Match(value);
        if (month.Success)
        {
            var year = int.Parse(month.Groups[1].Value, CultureInfo.InvariantCulture);
            var m = int.Parse(month.Groups[2].Value, CultureInfo.InvariantCulture);
            var start = new DateOnly(year, m, 1);
            return new ScorePeriod($"{year:D4}-{m:D2}", start, start.AddMonths(1));
        }

        throw new DomainRuleException($"'{value}' is not a period: give a quarter such as 2026-Q3 or a month such as 2026-07.", "period");
    }

    public DateTimeOffset StartUtc => new(Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset EndUtc => new(End.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    [GeneratedRegex(@"^(\d{4})-[Qq]([1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(\d{4})-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}

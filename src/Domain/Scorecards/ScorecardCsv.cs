using System.Globalization;
using CsvHelper;

namespace OutlookCms.Domain.Scorecards;

/// <summary>
/// Writes a period's scorecards with their bonus, one row per rep. Money stays per currency ("CHF 1200.00; EUR 50.00"),
/// and the ids of the confirmed outcomes behind the assets are listed so the figures can be traced from the file.
/// </summary>
public static class ScorecardCsv
{
    public static readonly string[] Header =
    [
        "period", "rep_id", "rep", "team", "assets_gathered", "pledged", "pledged_confirmed", "mandates_won",
        "follow_ups_due", "follow_ups_on_time", "on_time_share", "median_days_overdue",
        "cadence_clients", "cadence_on_cadence", "cadence_share", "cadence_late_party_ids", "cadence_too_often_breaches", "bonus", "confirmed_outcome_ids",
    ];

    public static async Task WriteAsync(IEnumerable<Scorecard> scorecards, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        // Names come from the directory; '=' '+' '-' '@' at the start of a field are escaped so a spreadsheet shows text.
        var options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };
        await using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        csv.WriteHeader(Header);
        foreach (var s in scorecards)
        {
            string[] fields =
            [
                s.Period, s.RepId.ToString(), s.Rep, s.Team ?? "",
                Money(s.AssetsGathered.Select(a => (a.Currency, a.Amount))),
                Money(s.Pledges.Select(p => (p.Currency, p.PledgedAmount))),
                Money(s.Pledges.Select(p => (p.Currency, p.ConfirmedAmount))),
                s.MandatesWon.Count.ToString(CultureInfo.InvariantCulture),
                s.FollowUps.Due.ToString(CultureInfo.InvariantCulture),
                s.FollowUps.OnTime.ToString(CultureInfo.InvariantCulture),
                s.FollowUps.OnTimeShare?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "",
                s.FollowUps.MedianDaysOverdue?.ToString("0.0", CultureInfo.InvariantCulture) ?? "",
                s.Cadence?.Clients.ToString(CultureInfo.InvariantCulture) ?? "",
                s.Cadence?.OnCadence.ToString(CultureInfo.InvariantCulture) ?? "",
                s.Cadence?.OnCadenceShare?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "",
                string.Join(' ', s.Cadence?.Items.Where(i => i.Late).Select(i => i.PartyId) ?? []),
                s.Cadence?.TooOftenBreaches.ToString(CultureInfo.InvariantCulture) ?? "",
                Money(s.Bonus.Totals.Select(t => (t.Currency, t.Amount))),
                string.Join(' ', s.AssetsGathered.SelectMany(a => a.Outcomes).Select(o => o.Id)),
            ];
            await csv.WriteRecordAsync(fields, ct);
        }

        await csv.FlushAsync(ct);
    }

    private static string Money(IEnumerable<(string Currency, decimal Amount)> amounts) =>
        string.Join("; ", amounts.Select(a => $"{a.Currency} {a.Amount.ToString("0.00", CultureInfo.InvariantCulture)}"));
}

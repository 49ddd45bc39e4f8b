using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.FollowUps.Digests;
using OutlookCms.Domain.FollowUps.Rules;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Bench.FollowUps;

/// <summary>
/// The same scan as one hand-written statement (<c>Baseline.sql</c>), on the caller's transaction, read into the
/// same keys as <see cref="ProductScan"/>. Its time includes reading every row into .NET.
/// </summary>
public static class BaselineScan
{
    public static readonly string Sql = ReadSql();

    public static async Task<(ScanAnswer Answer, double Ms)> RunAsync(CmsDb db, FollowUpRuleOptions options, DateTimeOffset now)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var clock = Stopwatch.StartNew();
        var answer = new ScanAnswer();
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddRange(Parameters(options, now));
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var key = reader.GetString(1);
                Guid? first = reader.IsDBNull(2) ? null : reader.GetGuid(2);
                Guid? second = reader.IsDBNull(3) ? null : reader.GetGuid(3);
                var at = reader.IsDBNull(4) ? "" : ScanAnswer.At(reader.GetFieldValue<DateTimeOffset>(4));
                var word = reader.IsDBNull(5) ? "" : reader.GetString(5);
                switch (reader.GetString(0))
                {
                    case "created": answer.Created.Add($"{key}|{first}|{second}|{at}"); break;
                    case "closed": answer.Closed.Add($"{key}|{first}|{word}"); break;
                    case "breach": answer.Breaches.Add($"{key}|{first}|{second}"); break;
                    case "cadence" when word == "none": answer.WithoutPolicy++; break;
                    case "cadence": answer.Cadence.Add($"{key}|{word}"); break;
                    default: answer.Digests.Add($"{first}|{word}|{key}|{at}"); break;
                }
            }
        }

        return (answer, clock.Elapsed.TotalMilliseconds);
    }

    public static NpgsqlParameter[] Parameters(FollowUpRuleOptions options, DateTimeOffset now)
    {
        var workday = (options.WorkdayEnd - options.WorkdayStart).TotalHours;
        return
        [
            new("now", now),
            new("since", now.AddDays(-options.LookbackDays)),
            new("ended_before", now.AddHours(-options.MeetingNotesAfterHours)),
            new("unanswered_secs", options.UnansweredAfterBusinessHours * 3600),
            new("meeting_secs", options.MeetingNotesAfterHours * 3600),
            new("workday_start", options.WorkdayStart.ToTimeSpan()),
            new("workday_end", options.WorkdayEnd.ToTimeSpan()),
            // Enough calendar days to hold the business hours, weekends included.
            new("search_days", (int)Math.Ceiling(options.UnansweredAfterBusinessHours / workday) * 2 + 7),
            new("escalate_before", now.AddDays(-options.EscalateAfterDays)),
            new("per_section", DigestComposer.MaxItemsPerSection),
        ];
    }

    private static string ReadSql()
    {
        using var stream = typeof(BaselineScan).Assembly.GetManifestResourceStream("Baseline.sql")
            ?? throw new InvalidOperationException("Baseline.sql is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

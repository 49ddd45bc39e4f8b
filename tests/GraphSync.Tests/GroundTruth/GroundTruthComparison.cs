using System.Globalization;
using Npgsql;
using OutlookCms.Domain.Seeding.Mailboxes;

// Not ".GroundTruth": that would hide Support/GroundTruth.cs (the small-firm truth) from the other tests.
namespace OutlookCms.GraphSync.Tests.GeneratedTruth;

/// <summary>Recall and precision of what capture stored against the ground truth, with the first differences to show.</summary>
public sealed record GroundTruthComparison(int Expected, int Captured, int Correct, IReadOnlyList<string> Missing, IReadOnlyList<string> Unexpected)
{
    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    public double Precision => Captured == 0 ? 1 : (double)Correct / Captured;

    public static GroundTruthComparison Of(IReadOnlyList<ExpectedInteraction> expected, IReadOnlyList<ExpectedInteraction> captured)
    {
        var want = expected.Select(Line).ToHashSet(StringComparer.Ordinal);
        var got = captured.Select(Line).ToList();
        var correct = got.Count(want.Contains);
        var gotSet = got.ToHashSet(StringComparer.Ordinal);
        return new GroundTruthComparison(want.Count, got.Count, correct,
            want.Where(w => !gotSet.Contains(w)).Order(StringComparer.Ordinal).Take(10).ToList(),
            got.Where(g => !want.Contains(g)).Order(StringComparer.Ordinal).Take(10).ToList());
    }

    /// <summary>Everything the truth fixes about an interaction, as one comparable line.</summary>
    private static string Line(ExpectedInteraction i) => string.Create(CultureInfo.InvariantCulture,
        $"{i.Key} {i.Channel} {i.Direction} '{i.Subject}' {i.OccurredAt.UtcDateTime:O} {i.EndsAt?.UtcDateTime:O}{(i.Cancelled ? " cancelled" : "")} reps[{string.Join(", ", i.Reps)}] parties[{string.Join(", ", i.Parties)}]");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"recall {Recall:P2} ({Correct}/{Expected}), precision {Precision:P2} ({Correct}/{Captured})") +
        (Missing.Count > 0 ? "\nmissing or wrong:\n  " + string.Join("\n  ", Missing) : "") +
        (Unexpected.Count > 0 ? "\nunexpected or wrong:\n  " + string.Join("\n  ", Unexpected) : "");

    /// <summary>Items the truth says must not be captured whose recorded decisions differ (reason, or a copy without one).</summary>
    public static async Task<List<string>> WrongDecisionsAsync(NpgsqlConnection connection, ScenarioGroundTruth truth)
    {
        var decisions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT internet_message_id, outcome || '/' || reason FROM cms.capture_decisions WHERE internet_message_id IS NOT NULL", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                if (!decisions.TryGetValue(reader.GetString(0), out var list))
                {
                    decisions[reader.GetString(0)] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        var wrong = new List<string>();
        foreach (var skip in truth.NotCaptured)
        {
            var seen = decisions.GetValueOrDefault(skip.Key) ?? [];
            if (seen.Count != skip.Mailboxes.Count || seen.Any(d => d != "Skipped/" + skip.Reason))
            {
                wrong.Add($"{skip.Key} ({skip.Case}): expected Skipped/{skip.Reason} in {skip.Mailboxes.Count} mailboxes, got [{string.Join(", ", seen)}]");
            }
        }

        return wrong;
    }

    /// <summary>Unknown senders as capture counted them, against the truth's.</summary>
    public static async Task<(string Expected, string Actual)> ProspectsAsync(NpgsqlConnection connection, ScenarioGroundTruth truth)
    {
        var actual = new List<string>();
        await using var command = new NpgsqlCommand("SELECT address, message_count, status FROM cms.proposed_prospects ORDER BY address COLLATE \"C\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            actual.Add(string.Create(CultureInfo.InvariantCulture, $"{reader.GetString(0)} {reader.GetInt32(1)} {reader.GetString(2)}"));
        }

        var expected = truth.Prospects.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Address} {p.Messages} {p.Status}"));
        return (string.Join('\n', expected), string.Join('\n', actual));
    }
}

using System.Text.Json;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.GraphSync.Tests.Support;

/// <summary>A scenario's <c>expected.json</c>: the interactions capture must store, and nothing else.</summary>
public static class GroundTruth
{
    public static List<CapturedInteraction> Load(string scenario)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scenarios", scenario, "expected.json")));
        return document.RootElement.GetProperty("interactions").EnumerateArray()
            .Select(e => new CapturedInteraction(
                e.GetProperty("key").GetString()!,
                Enum.Parse<Channel>(e.GetProperty("channel").GetString()!),
                Enum.Parse<Direction>(e.GetProperty("direction").GetString()!),
                e.GetProperty("subject").GetString(),
                e.TryGetProperty("occurredAt", out var at) ? at.GetDateTimeOffset() : default,
                e.TryGetProperty("cancelled", out var cancelled) && cancelled.GetBoolean(),
                e.GetProperty("reps").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal).ToList(),
                e.GetProperty("parties").EnumerateArray().Select(p => p.GetString()!).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(i => i.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Asserts the captured set equals the ground truth (emails' times are not in the truth; meetings' are).</summary>
    public static void AssertMatches(List<CapturedInteraction> expected, List<CapturedInteraction> actual)
    {
        static string Line(CapturedInteraction i, bool withTime) => (withTime ? i : i with { OccurredAt = default }).ToString();
        var expectedLines = expected.Select(e => Line(e, e.Channel == Channel.Meeting)).ToList();
        var actualLines = actual.Select(a => Line(a, a.Channel == Channel.Meeting)).ToList();
        Assert.Equal(string.Join('\n', expectedLines), string.Join('\n', actualLines));
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>
/// Writes a scenario folder the simulator loads (docs/simulator.md, "Scenarios"): one sub-folder per mailbox named by
/// its address with <c>user.json</c>, <c>messages/inbox|sentitems/*.json</c> and <c>events/*.json</c>, and
/// <c>expected.json</c> (the ground truth, ignored by the simulator). Same scenario, same bytes.
/// </summary>
public static class ScenarioWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes into <paramref name="directory"/> (created if needed) and returns the number of files and bytes written.</summary>
    public static (int Files, long Bytes) Write(MailboxScenario scenario, string directory)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Directory.CreateDirectory(directory);
        var files = 0;
        long bytes = 0;
        foreach (var mailbox in scenario.Mailboxes)
        {
            foreach (var (path, content) in mailbox.Files)
            {
                var file = Path.Combine(directory, mailbox.Address, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                bytes += WriteFile(file, w => content.WriteTo(w));
                files++;
            }
        }

        bytes += WriteFile(Path.Combine(directory, "expected.json"), w => WriteTruth(w, scenario));
        return (files + 1, bytes);
    }

    private static long WriteFile(string path, Action<Utf8JsonWriter> write)
    {
        using var stream = File.Create(path);
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.Length;
    }

    private static void WriteTruth(Utf8JsonWriter w, MailboxScenario scenario)
    {
        var truth = scenario.Truth;
        w.WriteStartObject();
        w.WriteString("about", "Ground truth of a generated scenario: every interaction capture must store once (natural key, channel, direction, " +
            "parties and reps as id:role), every item it must not store with the reason (a CaptureReason), and the unknown senders it must count.");
        w.WriteNumber("seed", scenario.Spec.Seed);
        w.WriteNumber("scale", scenario.Spec.Scale);
        w.WriteString("now", scenario.Spec.Now);
        w.WriteNumber("days", scenario.Options.Days);
        w.WriteString("firmDomain", scenario.FirmDomain);
        w.WriteNumber("prospectThreshold", scenario.Options.ProspectThreshold);
        w.WriteStartArray("freeMailDomains");
        foreach (var domain in SeededFirm.FreeMailDomains.Order(StringComparer.Ordinal))
        {
            w.WriteStringValue(domain);
        }

        w.WriteEndArray();
        w.WriteStartArray("mailboxes");
        foreach (var m in scenario.Mailboxes)
        {
            w.WriteStartObject();
            w.WriteString("address", m.Address);
            w.WriteString("firmUserId", m.FirmUserId);
            w.WriteNumber("messages", m.Messages);
            w.WriteNumber("events", m.Events);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("interactions");
        foreach (var i in truth.Interactions)
        {
            w.WriteStartObject();
            w.WriteString("key", i.Key);
            w.WriteString("channel", i.Channel);
            w.WriteString("direction", i.Direction);
            w.WriteString("case", i.Case);
            w.WriteString("subject", i.Subject);
            w.WriteString("occurredAt", i.OccurredAt);
            if (i.EndsAt is { } ends)
            {
                w.WriteString("endsAt", ends);
            }

            w.WriteBoolean("cancelled", i.Cancelled);
            Strings(w, "reps", i.Reps);
            Strings(w, "parties", i.Parties);
            Strings(w, "mailboxes", i.Mailboxes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("notCaptured");
        foreach (var s in truth.NotCaptured)
        {
            w.WriteStartObject();
            w.WriteString("key", s.Key);
            w.WriteString("channel", s.Channel);
            w.WriteString("reason", s.Reason);
            w.WriteString("case", s.Case);
            w.WriteString("subject", s.Subject);
            if (s.Detail is not null)
            {
                w.WriteString("detail", s.Detail);
            }

            Strings(w, "mailboxes", s.Mailboxes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("prospects");
        foreach (var p in truth.Prospects)
        {
            w.WriteStartObject();
            w.WriteString("address", p.Address);
            w.WriteString("name", p.Name);
            w.WriteNumber("messages", p.Messages);
            w.WriteString("status", p.Status);
            w.WriteString("firstSeen", p.FirstSeen);
            w.WriteString("lastSeen", p.LastSeen);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }


    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>Reads back the ground truth of a written scenario (tests compare the database with it).</summary>
    public static ScenarioGroundTruth ReadTruth(string directory)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "expected.json")));
        var root = document.RootElement;
        static List<string> List(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(v => v.GetString()!).ToList();
        var interactions = root.GetProperty("interactions").EnumerateArray().Select(e => new ExpectedInteraction(
            e.GetProperty("key").GetString()!, e.GetProperty("channel").GetString()!, e.GetProperty("direction").GetString()!,
            e.GetProperty("subject").GetString()!, e.GetProperty("occurredAt").GetDateTimeOffset(),
            e.TryGetProperty("endsAt", out var ends) ? ends.GetDateTimeOffset() : null, e.GetProperty("cancelled").GetBoolean(),
            e.GetProperty("case").GetString()!, List(e, "reps"), List(e, "parties"), List(e, "mailboxes"))).ToList();
        var skipped = root.GetProperty("notCaptured").EnumerateArray().Select(e => new ExpectedSkip(
            e.GetProperty("key").GetString()!, e.GetProperty("channel").GetString()!, e.GetProperty("subject").GetString()!,
            e.GetProperty("reason").GetString()!, e.GetProperty("case").GetString()!,
            e.TryGetProperty("detail", out var detail) ? detail.GetString() : null, List(e, "mailboxes"))).ToList();
        var prospects = root.GetProperty("prospects").EnumerateArray().Select(e => new ExpectedProspect(
            e.GetProperty("address").GetString()!, e.GetProperty("name").GetString()!, e.GetProperty("messages").GetInt32(),
            e.GetProperty("status").GetString()!, e.GetProperty("firstSeen").GetDateTimeOffset(), e.GetProperty("lastSeen").GetDateTimeOffset())).ToList();
        return new ScenarioGroundTruth(interactions, skipped, prospects);
    }
}

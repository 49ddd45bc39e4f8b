using System.Diagnostics;
using System.Globalization;
using OutlookCms.Domain.Seeding;
using OutlookCms.Domain.Seeding.Mailboxes;

namespace OutlookCms.AddinHost.Seeding;

/// <summary>
/// <c>OutlookCms.AddinHost scenario --out DIR [--seed N] [--scale N] [--days N] [--reps N] [--now T]</c>: writes a
/// month of Graph mail and meetings for the seeded firm's reps, with the ground truth (docs/scenarios.md).
/// Exit codes: 0 written, 1 failed (e.g. the folder cannot be written), 2 bad arguments or a non-empty folder.
/// </summary>
public static class ScenarioCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (!ScenarioArguments.TryParse(args, out var arguments, out var error))
        {
            await Console.Error.WriteLineAsync($"scenario: {error}");
            await Console.Error.WriteLineAsync(ScenarioArguments.Usage);
            return 2;
        }

        if (arguments.Help)
        {
            Console.WriteLine(ScenarioArguments.Usage);
            return 0;
        }

        var output = Path.GetFullPath(arguments.Out!);
        if (File.Exists(output) || (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any()))
        {
            await Console.Error.WriteLineAsync($"scenario: {output} exists and is not an empty folder; choose a new or empty one (nothing is overwritten).");
            return 2;
        }

        // The same spec as `seed` builds, so the scenario's clients and reps are the seeded database's.
        var spec = new SeedSpec(arguments.Seed, arguments.Scale, arguments.Now ?? TimeProvider.System.GetUtcNow());
        var clock = Stopwatch.StartNew();
        var firm = FirmGenerator.Generate(spec);
        var generated = clock.Elapsed;
        MailboxScenario scenario;
        try
        {
            scenario = ScenarioGenerator.Generate(firm, new ScenarioOptions { Days = arguments.Days, Reps = arguments.Reps });
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync($"scenario: {e.Message}");
            return 2;
        }

        var mail = clock.Elapsed - generated;
        (int Files, long Bytes) written;
        try
        {
            written = ScenarioWriter.Write(scenario, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"scenario: cannot write {output}: {e.Message}");
            return 1;
        }

        var truth = scenario.Truth;
        Console.WriteLine(Invariant($"Scenario of {spec} ({arguments.Days} days) in {output}"));
        Console.WriteLine(Invariant($"  {scenario.Mailboxes.Count} mailboxes, {scenario.MessageCount:N0} messages, {scenario.EventCount:N0} events, {written.Files:N0} files, {written.Bytes / 1024.0 / 1024.0:0.0} MB"));
        Console.WriteLine(Invariant($"  per mailbox: messages {scenario.Mailboxes.Min(m => m.Messages)}–{scenario.Mailboxes.Max(m => m.Messages)}, events {scenario.Mailboxes.Min(m => m.Events)}–{scenario.Mailboxes.Max(m => m.Events)}"));
        Console.WriteLine(Invariant($"  ground truth: {truth.Interactions.Count:N0} interactions to capture, {truth.NotCaptured.Count:N0} items not to ({string.Join(", ", truth.NotCaptured.GroupBy(s => s.Reason).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}), {truth.Prospects.Count(p => p.Status == "Proposed")} proposed prospects"));
        Console.WriteLine(Invariant($"  firm {generated.TotalSeconds:0.0} s, mail {mail.TotalSeconds:0.0} s, writing {(clock.Elapsed - generated - mail).TotalSeconds:0.0} s"));
        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using OutlookCms.Bench.Shared;
using OutlookCms.Domain.FollowUps.Digests;

namespace OutlookCms.Bench.FollowUps;

/// <summary>
/// What one daily scan decides, as comparable keys: the follow-ups to create (rule key, party, owner, due) and to
/// close (id, closing interaction, how), the coverage breaches (interaction, party, rep), each party's cadence status,
/// and every digest line (recipient, section, follow-up rule key or id, due). The product and the baseline must agree.
/// </summary>
public sealed class ScanAnswer
{
    public SortedSet<string> Created { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Closed { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Breaches { get; } = new(StringComparer.Ordinal);

    /// <summary>"party|status" for every party with a cadence policy; <see cref="WithoutPolicy"/> counts the others.</summary>
    public SortedSet<string> Cadence { get; } = new(StringComparer.Ordinal);

    public int WithoutPolicy { get; set; }

    public SortedSet<string> Digests { get; } = new(StringComparer.Ordinal);

    public static string Status(bool overdue, bool tooOften) => (overdue, tooOften) switch
    {
        (true, true) => "overdue+too-often",
        (true, false) => "overdue",
        (false, true) => "too-often",
        _ => "ok",
    };

    public static string At(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    public string Summary() =>
        BenchConsole.Invariant($"{Created.Count:N0} to create ({Count(Created, "unanswered:")} unanswered, {Count(Created, "meeting-notes:")} meeting notes, {Count(Created, "cadence:")} cadence), ") +
        BenchConsole.Invariant($"{Closed.Count:N0} to close, {Breaches.Count:N0} breaches, cadence {CadenceCounts()}, {WithoutPolicy:N0} without a policy; ") +
        BenchConsole.Invariant($"{Digests.Count:N0} digest lines for {Digests.Select(d => d.Split('|')[0]).Distinct().Count()} recipients");

    private string CadenceCounts() =>
        string.Join(", ", Cadence.GroupBy(c => c.Split('|')[1]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => BenchConsole.Invariant($"{g.Count():N0} {g.Key}")));

    private static int Count(SortedSet<string> keys, string prefix) => keys.Count(k => k.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The differences, part by part (at most a few keys each); empty when both say the same.</summary>
    public List<string> Differences(ScanAnswer other)
    {
        var differences = new List<string>();
        Compare("created", Created, other.Created, differences);
        Compare("closed", Closed, other.Closed, differences);
        Compare("breaches", Breaches, other.Breaches, differences);
        Compare("cadence", Cadence, other.Cadence, differences);
        CompareDigests(Digests, other.Digests, differences);
        if (WithoutPolicy != other.WithoutPolicy)
        {
            differences.Add(BenchConsole.Invariant($"parties without a policy: {WithoutPolicy} vs {other.WithoutPolicy}"));
        }

        return differences;
    }

    /// <summary>
    /// Digest lines must match, except where a section is cut at <see cref="DigestComposer.MaxItemsPerSection"/> among
    /// follow-ups due at the same instant: which of those make the cut is not ordered (by due date only) in either.
    /// </summary>
    private static void CompareDigests(SortedSet<string> mine, SortedSet<string> theirs, List<string> differences)
    {
        static ILookup<string, string[]> BySection(IEnumerable<string> lines) =>
            // Overdue and due today are one list cut at the maximum, then split; escalations are cut on their own.
            lines.Select(l => l.Split('|')).ToLookup(f => f[0] + "|" + (f[1] == "escalated" ? "escalated" : "own"));
        var a = BySection(mine);
        var b = BySection(theirs);
        var ties = 0;
        foreach (var section in a.Select(g => g.Key).Union(b.Select(g => g.Key)))
        {
            var x = a[section].ToList();
            var y = b[section].ToList();
            var lastDue = x.Concat(y).Max(f => f[3]);
            var onlyX = x.Select(f => string.Join('|', f)).Except(y.Select(f => string.Join('|', f))).ToList();
            var onlyY = y.Select(f => string.Join('|', f)).Except(x.Select(f => string.Join('|', f))).ToList();
            var tiedAtTheCut = x.Count == y.Count && x.Count == DigestComposer.MaxItemsPerSection
                && onlyX.Concat(onlyY).All(l => l.Split('|')[3] == lastDue);
            if (onlyX.Count + onlyY.Count == 0)
            {
                continue;
            }

            if (tiedAtTheCut)
            {
                ties += onlyX.Count;
                continue;
            }

            differences.Add(BenchConsole.Invariant(
                $"digest section {section}: {x.Count} vs {y.Count}; only in the first {string.Join(", ", onlyX.Take(3))}; only in the second {string.Join(", ", onlyY.Take(3))}"));
        }

        if (ties > 0)
        {
            Console.WriteLine(BenchConsole.Invariant($"          (digests: {ties} line(s) differ only among follow-ups tied on the due instant at the {DigestComposer.MaxItemsPerSection}-line cut)"));
        }
    }

    private static void Compare(string part, SortedSet<string> mine, SortedSet<string> theirs, List<string> differences)
    {
        var onlyMine = mine.Except(theirs).ToList();
        var onlyTheirs = theirs.Except(mine).ToList();
        if (onlyMine.Count + onlyTheirs.Count > 0)
        {
            differences.Add(BenchConsole.Invariant(
                $"{part}: {mine.Count} vs {theirs.Count}; only in the first {onlyMine.Count} (e.g. {string.Join(", ", onlyMine.Take(3))}), only in the second {onlyTheirs.Count} (e.g. {string.Join(", ", onlyTheirs.Take(3))})"));
        }
    }
}

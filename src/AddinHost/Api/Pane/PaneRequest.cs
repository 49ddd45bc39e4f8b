using OutlookCms.Domain.Clients;

namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>
/// The pane's query string, checked: <c>addresses</c> (comma- or semicolon-separated, or repeated) and <c>mode</c>.
/// A request with no address, an unknown mode or more than <see cref="MaxAddresses"/> distinct addresses is refused
/// as a whole (400 naming the field); a malformed address is not: it comes back as an "invalid" entry beside the
/// others, so one bad recipient never hides the warnings for the rest.
/// </summary>
public sealed record PaneRequest(PaneMode Mode, IReadOnlyList<PaneRequest.Entry> Entries)
{
    /// <summary>Outlook allows 500 recipients; the pane checks the first 100 and says so (the client sends at most 100).</summary>
    public const int MaxAddresses = 100;

    private static readonly char[] Separators = [',', ';'];

    /// <summary>One address as the client sent it, and its normal form when it is a valid address.</summary>
    public sealed record Entry(string Given, string? Normal);

    public IEnumerable<string> ValidAddresses => Entries.Where(e => e.Normal is not null).Select(e => e.Normal!);

    public static PaneRequest Parse(string[]? addresses, string? mode, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var parsedMode = PaneMode.Read;
        if (!string.IsNullOrWhiteSpace(mode) && !Enum.TryParse(mode.Trim(), ignoreCase: true, out parsedMode))
        {
            errors["mode"] = [$"mode must be 'read' or 'compose' (got '{Truncate(mode)}')."];
        }

        var given = (addresses ?? [])
            .SelectMany(a => a.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var entries = new List<Entry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in given)
        {
            var entry = MailAddressText.TryNormalize(text, out var normal) ? new Entry(text, normal) : new Entry(Truncate(text), null);
            if (seen.Add(entry.Normal ?? entry.Given))
            {
                entries.Add(entry);
            }
        }

        if (entries.Count == 0)
        {
            errors["addresses"] = ["Give at least one email address (addresses=a@example.com,b@example.com)."];
        }
        else if (entries.Count > MaxAddresses)
        {
            errors["addresses"] = [$"At most {MaxAddresses} distinct addresses per request (got {entries.Count})."];
        }

        return new PaneRequest(parsedMode, entries);
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";
}

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>Who is inside the firm: its mail domains and its users' mailboxes (loaded once per sync).</summary>
public sealed class FirmDirectory(IEnumerable<string> firmDomains, IReadOnlyDictionary<string, Guid> usersByEmail)
{
    private readonly HashSet<string> _domains = new(firmDomains.Select(d => d.Trim().TrimStart('@').ToLowerInvariant()), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Guid> UsersByEmail { get; } = usersByEmail;

    public bool IsInternal(Participant participant) =>
        _domains.Contains(participant.Domain) || UsersByEmail.ContainsKey(participant.Address);

    public Guid? UserOf(Participant participant) => UsersByEmail.TryGetValue(participant.Address, out var id) ? id : null;
}

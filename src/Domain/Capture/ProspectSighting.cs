namespace OutlookCms.Domain.Capture;

/// <summary>
/// One distinct message an unknown sender wrote: its key makes counting idempotent (the same email in five
/// reps' mailboxes, or replayed after a crash or a resync, counts once).
/// </summary>
public sealed class ProspectSighting
{
    private ProspectSighting() { }

    public ProspectSighting(string address, string internetMessageId, DateTimeOffset seenAt)
    {
        Address = address;
        InternetMessageId = internetMessageId;
        SeenAt = seenAt.ToUniversalTime();
    }

    public string Address { get; private set; } = "";

    public string InternetMessageId { get; private set; } = "";

    public DateTimeOffset SeenAt { get; private set; }
}

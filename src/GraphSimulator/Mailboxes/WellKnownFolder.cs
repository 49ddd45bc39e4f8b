namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>The mail folders every simulated mailbox has, by Graph's well-known names.</summary>
public static class WellKnownFolder
{
    public const string Inbox = "inbox";
    public const string SentItems = "sentitems";
    public const string Drafts = "drafts";
    public const string DeletedItems = "deleteditems";
    public const string JunkEmail = "junkemail";
    public const string Archive = "archive";
    public const string Outbox = "outbox";

    public static readonly IReadOnlyDictionary<string, string> DisplayNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [Inbox] = "Inbox",
        [SentItems] = "Sent Items",
        [Drafts] = "Drafts",
        [DeletedItems] = "Deleted Items",
        [JunkEmail] = "Junk Email",
        [Archive] = "Archive",
        [Outbox] = "Outbox",
    };

    /// <summary>Folders whose items the mailbox owner wrote: they carry no internet headers.</summary>
    public static bool HoldsOwnMail(string wellKnownName) =>
        wellKnownName is SentItems or Drafts or Outbox;
}

/// <summary>One mail folder of a mailbox.</summary>
public sealed record MailFolder(string Id, string WellKnownName, string DisplayName);

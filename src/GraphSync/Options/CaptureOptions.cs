using System.ComponentModel.DataAnnotations;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Firm;

namespace OutlookCms.GraphSync.Options;

/// <summary>The capture policy (section <c>Capture</c>); the defaults are the safe ones.</summary>
public sealed class CaptureOptions : IValidatableObject
{
    public const string Section = "Capture";

    /// <summary>The firm's own mail domains: a message whose participants are all here is internal-only.</summary>
    public IList<string> FirmDomains { get; } = [];

    /// <summary>Free-mail providers: their addresses match a party only by the exact address, never by domain.
    /// The default is the system's one list (<see cref="Domain.Clients.FreeMailDomains"/>); configured values add to it.</summary>
    public IList<string> FreeMailDomains { get; } = [.. Domain.Clients.FreeMailDomains.All];

    /// <summary>The mail folders read besides the calendar.</summary>
    public IList<MailboxStream> Streams { get; } = [MailboxStream.Inbox, MailboxStream.SentItems, MailboxStream.Calendar];

    /// <summary>Which firm users' mailboxes are captured.</summary>
    public IList<FirmRole> MailboxRoles { get; } = [FirmRole.Rep, FirmRole.Manager];

    /// <summary>Addresses or domains never captured (a participant here makes the whole item skipped).</summary>
    public IList<string> Blocklist { get; } = [];

    /// <summary>Store who and when only: no subject, no body preview (also not in the decisions).</summary>
    public bool MetadataOnly { get; set; }

    /// <summary>Mail Focused Inbox files under "Other" counts as bulk.</summary>
    public bool OtherInferenceIsBulk { get; set; } = true;

    [Range(1, 1000)]
    public int PageSize { get; set; } = 200;

    /// <summary>More recipients than this quarantines the item (mass mail or a malformed header).</summary>
    [Range(1, 10_000)]
    public int MaxRecipients { get; set; } = 250;

    /// <summary>Distinct messages an unknown sender must write before being proposed as a prospect.</summary>
    [Range(1, 1000)]
    public int ProspectThreshold { get; set; } = 3;

    [Range(1, 3650)]
    public int DecisionRetentionDays { get; set; } = 90;

    /// <summary>The calendar window read around now.</summary>
    [Range(0, 3650)]
    public int CalendarPastDays { get; set; } = 90;

    [Range(0, 3650)]
    public int CalendarFutureDays { get; set; } = 365;

    /// <summary>How often each mailbox is synced (Hangfire cron).</summary>
    [Required]
    public string SyncCron { get; set; } = "* * * * *";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FirmDomains.Count == 0)
        {
            yield return new ValidationResult("Capture:FirmDomains needs at least one domain: without it every message looks external.", [nameof(FirmDomains)]);
        }

        if (FirmDomains.Intersect(FreeMailDomains, StringComparer.OrdinalIgnoreCase).Any())
        {
            yield return new ValidationResult("Capture:FirmDomains must not name a free-mail domain.", [nameof(FirmDomains)]);
        }

        if (Streams.Count == 0)
        {
            yield return new ValidationResult("Capture:Streams is empty: nothing would be captured.", [nameof(Streams)]);
        }
    }
}

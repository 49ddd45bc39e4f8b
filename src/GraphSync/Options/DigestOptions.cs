using OutlookCms.Domain.Firm;

namespace OutlookCms.GraphSync.Options;

/// <summary>The daily digest emails (section <c>Digests</c>); checked at start by <see cref="DigestOptionsValidation"/>.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    /// <summary>Off by default: a worker sends mail only once a service mailbox is configured on purpose.</summary>
    public bool Enabled { get; set; }

    /// <summary>The mailbox the digests are sent from (a shared or service mailbox the app may write to and send as).</summary>
    public string SenderMailbox { get; set; } = "";

    /// <summary>A person's digest goes out once their local time (FirmUser.TimeZoneId) has passed this.</summary>
    public TimeOnly MorningTime { get; set; } = new(7, 0);

    /// <summary>The web app's absolute base URL, for the links in the email.</summary>
    public Uri? WebAppUrl { get; set; }

    /// <summary>How often the job looks for people whose morning has come (Hangfire cron).</summary>
    public string Cron { get; set; } = "*/5 * * * *";

    /// <summary>Who gets a digest.</summary>
    public IList<FirmRole> Roles { get; } = [FirmRole.Rep, FirmRole.Manager];
}

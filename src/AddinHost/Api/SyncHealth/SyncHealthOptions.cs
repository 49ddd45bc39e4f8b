namespace OutlookCms.AddinHost.Api.SyncHealth;

/// <summary>Sync health settings (section <c>SyncHealth</c>).</summary>
public sealed class SyncHealthOptions
{
    public const string Section = "SyncHealth";

    /// <summary>A mailbox whose last successful sync is older than this is behind (the worker polls every minute).</summary>
    public TimeSpan LagThreshold { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How far back the captured / skipped counts look (decisions are kept 90 days by default).</summary>
    public int DecisionDays { get; set; } = 7;

    /// <summary>Whose mailboxes are captured: the worker's <c>Capture:MailboxRoles</c>.</summary>
    public IList<Domain.Firm.FirmRole> MailboxRoles { get; } = [Domain.Firm.FirmRole.Rep, Domain.Firm.FirmRole.Manager];
}

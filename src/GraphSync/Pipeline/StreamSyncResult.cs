using OutlookCms.Domain.Capture;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>What one sync did in one stream of a mailbox; <see cref="Error"/> is set when the stream stopped early.</summary>
public sealed record StreamSyncResult(MailboxStream Stream, int Pages, int Items, int Created, int Updated, int Quarantined, int Resyncs, string? Error);

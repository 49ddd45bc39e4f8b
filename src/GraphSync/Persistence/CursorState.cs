using OutlookCms.Domain.Capture;

namespace OutlookCms.GraphSync.Persistence;

/// <summary>The cursor row a page commits with, taken from a <see cref="MailboxCursor"/> after its rule methods ran.</summary>
public sealed record CursorState(Guid FirmUserId, MailboxStream Stream, string? Link, bool IsMidSync, DateTimeOffset? LastCompletedAt, DateTimeOffset UpdatedAt)
{
    public static CursorState Of(MailboxCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        return new(cursor.FirmUserId, cursor.Stream, cursor.Link, cursor.IsMidSync, cursor.LastCompletedAt, cursor.UpdatedAt);
    }
}

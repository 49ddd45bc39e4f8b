using OutlookCms.Domain.Capture;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>
/// What must not be stored, decided before any matching: drafts, private or personal items, blocklisted
/// participants, bulk mail, internal-only items, meetings the rep declined. Pure and safe by default.
/// </summary>
public static class CapturePolicy
{
    public static PolicyVerdict Decide(SeenItem item, FirmDirectory firm, PolicySettings settings)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(firm);
        ArgumentNullException.ThrowIfNull(settings);

        if (item.IsDraft)
        {
            return PolicyVerdict.Skip(CaptureReason.Draft);
        }

        if (item.IsPrivate)
        {
            return PolicyVerdict.Skip(CaptureReason.Private, "Marked private or personal.");
        }

        if (item.Participants.FirstOrDefault(settings.IsBlocked) is { } blocked)
        {
            return PolicyVerdict.Skip(CaptureReason.Blocklisted, $"{blocked.Address} is on the capture blocklist.");
        }

        if (item.BulkSignal is { } bulk)
        {
            return PolicyVerdict.Skip(CaptureReason.Bulk, bulk);
        }

        if (item.Participants.All(firm.IsInternal))
        {
            return PolicyVerdict.Skip(CaptureReason.InternalOnly);
        }

        return item.IsDeclined ? PolicyVerdict.Skip(CaptureReason.Declined) : PolicyVerdict.Proceed;
    }
}

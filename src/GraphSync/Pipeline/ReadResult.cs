using OutlookCms.Domain.Capture;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>What reading one delta entry gave: an item, a removal, or poison.</summary>
public abstract record ReadResult(string GraphId)
{
    public sealed record Item(SeenItem Seen) : ReadResult(Seen.GraphId);

    /// <summary>Graph's <c>@removed</c>: deleted, or moved out of the folder / calendar window.</summary>
    public sealed record Removed(string Id) : ReadResult(Id);

    public sealed record Poison(string Id, string? InternetMessageId, QuarantineReason Reason, string Detail) : ReadResult(Id);
}

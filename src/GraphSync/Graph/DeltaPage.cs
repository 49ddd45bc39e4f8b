using OutlookCms.GraphSync.Pipeline;

namespace OutlookCms.GraphSync.Graph;

/// <summary>One page of a delta round: its entries, and either the next page's link or the next round's deltaLink.</summary>
public sealed record DeltaPage(IReadOnlyList<ReadResult> Items, string? NextLink, string? DeltaLink);

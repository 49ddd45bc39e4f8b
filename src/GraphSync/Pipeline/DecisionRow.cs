using OutlookCms.Domain.Capture;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>The decision about one item of the page.</summary>
/// <param name="NaturalKey">The interaction the item was captured as, when captured.</param>
public sealed record DecisionRow(string GraphId, string? ItemKey, string? Sender, string? Subject, CaptureOutcome Outcome, CaptureReason Reason, string? Detail, string? NaturalKey);

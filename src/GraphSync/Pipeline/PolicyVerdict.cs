using OutlookCms.Domain.Capture;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>The capture policy's answer for one item: go on to matching, or skip with a reason.</summary>
public sealed record PolicyVerdict(CaptureReason? SkipReason, string? Detail)
{
    public static readonly PolicyVerdict Proceed = new(null, null);

    public bool Skips => SkipReason is not null;

    public static PolicyVerdict Skip(CaptureReason reason, string? detail = null) => new(reason, detail);
}

using OutlookCms.Domain.Seeding;

namespace OutlookCms.Domain.Tests.Seeding;

/// <summary>The scale-1 firm of seed 42, generated once per test class that asks for it (about half a second).</summary>
public sealed class GeneratedFirm
{
    /// <summary>A Monday afternoon, so "today" is a working day in every seat's time zone.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 30, 15, 0, 0, TimeSpan.Zero);

    public static readonly SeedSpec Spec = new(42, 1, Now);

    public SeededFirm Firm { get; } = FirmGenerator.Generate(Spec);
}

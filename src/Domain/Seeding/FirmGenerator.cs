using OutlookCms.Domain.Seeding.Building;
using OutlookCms.Domain.Seeding.Rows;

namespace OutlookCms.Domain.Seeding;

/// <summary>
/// Generates the seeded firm in memory: staff, client book, products and initiatives, six months of history.
/// A pure function of the <see cref="SeedSpec"/>: no clock, no database, no shared randomness.
/// </summary>
public static class FirmGenerator
{
    public static SeededFirm Generate(SeedSpec spec) => Generate(spec, null);

    /// <summary>
    /// Generates with a writer listening: it is told when the client book is complete (those tables can be written while
    /// the history is made) and given each completed chunk of interactions as the history grows.
    /// </summary>
    internal static SeededFirm Generate(SeedSpec spec, GenerationListener? listener)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var firm = new SeededFirm(spec);
        if (listener?.InteractionsSealed is { } sealedChunk)
        {
            firm.InteractionList.Stream(sealedChunk);
        }

        var ids = new SeedIds(spec.Seed);
        var staff = StaffBuilder.Build(firm, ids, SeedRandom.For(spec.Seed, "staff"));
        var units = new ClientBookBuilder(firm, ids, staff, SeedRandom.For(spec.Seed, "clients")).Build();
        var campaigns = MarketingBuilder.Build(firm, ids);
        listener?.ClientBookReady?.Invoke(firm);
        new HistoryBuilder(firm, ids, staff, campaigns).Build(units, listener?.Cancellation ?? CancellationToken.None);
        firm.InteractionList.Flush();
        return firm;
    }
}

/// <summary>Hooks for a writer that works while the firm is generated (see <see cref="FirmSeeder"/>).</summary>
internal sealed class GenerationListener
{
    public Action<SeededFirm>? ClientBookReady { get; init; }

    public Action<ArraySegment<InteractionRow>>? InteractionsSealed { get; init; }

    public CancellationToken Cancellation { get; init; }
}

using OutlookCms.Domain.Seeding.Building;

namespace OutlookCms.Domain.Seeding;

/// <summary>
/// Generates the seeded firm in memory: staff, client book, products and initiatives, six months of history.
/// A pure function of the <see cref="SeedSpec"/>: no clock, no database, no shared randomness.
/// </summary>
public static class FirmGenerator
{
    public static SeededFirm Generate(SeedSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var firm = new SeededFirm(spec);
        var ids = new SeedIds(spec.Seed);
        var staff = StaffBuilder.Build(firm, ids, SeedRandom.For(spec.Seed, "staff"));
        var units = new ClientBookBuilder(firm, ids, staff, SeedRandom.For(spec.Seed, "clients")).Build();
        var campaigns = MarketingBuilder.Build(firm, ids);
        new HistoryBuilder(firm, ids, staff, campaigns).Build(units);
        return firm;
    }
}

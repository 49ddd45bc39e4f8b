using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Marketing;

namespace OutlookCms.Domain.Seeding.Vocabulary;

/// <summary>A product of the firm and the brochures about it.</summary>
internal sealed record ProductPlan(string Code, string Name, bool IsActive, IReadOnlyList<string> Materials);

/// <summary>
/// A marketing initiative, placed relative to "now" so the demo always has one a few weeks ago and one coming up.
/// <c>{Y}</c> in the name becomes the year it starts.
/// </summary>
/// <param name="Regions">The client regions (seat time zones) whose clients are invited or mailed.</param>
internal sealed record InitiativePlan(
    InitiativeKind Kind, string Name, decimal Cost, string Currency, int StartDaysFromNow, int LengthDays,
    string? ProductCode, IReadOnlyList<string> Regions);

/// <summary>A service tier and its cadence: at least every N days, at most M contacts in any W days.</summary>
internal sealed record TierPlan(string Name, int Rank, CadencePolicy Cadence);

/// <summary>The firm's products, brochures, tiers and initiatives.</summary>
internal static class Catalogue
{
    public static readonly TierPlan Platinum = new("Platinum", 1, new CadencePolicy(14, 3, 7));
    public static readonly TierPlan Gold = new("Gold", 2, new CadencePolicy(30, 4, 14));
    public static readonly TierPlan Silver = new("Silver", 3, new CadencePolicy(60, 3, 30));
    public static readonly TierPlan Prospect = new("Prospect", 4, new CadencePolicy(45, 2, 14));

    public static readonly IReadOnlyList<TierPlan> Tiers = [Platinum, Gold, Silver, Prospect];

    public static readonly IReadOnlyList<ProductPlan> Products =
    [
        new("GLB-EQ", "Global Equity Discretionary Mandate", true, ["Global Equity Mandate – brochure", "Global Equity Mandate – fact sheet"]),
        new("SUS-INC", "Sustainable Income Fund", true, ["Sustainable Income Fund – brochure", "Sustainable Income Fund – impact report"]),
        new("PM-ACC", "Private Markets Access Programme", true, ["Private Markets Access – brochure"]),
        new("CH-BAL", "Swiss Balanced Portfolio", true, ["Swiss Balanced Portfolio – fact sheet"]),
        new("FX-OVL", "Currency Overlay Service", true, ["Currency Overlay – brochure"]),
        new("LOMB", "Lombard Credit Facility", true, ["Lombard lending – brochure"]),
        new("ESTATE", "Estate & Succession Planning", true, ["Estate & Succession Planning – guide"]),
        new("ECM-ADV", "Equity Capital Markets Advisory", true, ["ECM Advisory – credentials"]),
        new("EM-BOND", "Emerging Markets Bond Fund", false, ["Emerging Markets Bond Fund – fact sheet"]),
    ];

    public static readonly IReadOnlyList<InitiativePlan> Initiatives =
    [
        new(InitiativeKind.Sponsorship, "Alpine Classic Car Rally {Y}", 420_000m, "CHF", -140, 3, null, [FirmPlan.Zurich, FirmPlan.London]),
        new(InitiativeKind.Promotion, "Sustainable Income Fund launch", 35_000m, "CHF", -120, 60, "SUS-INC", [FirmPlan.Zurich, FirmPlan.London, FirmPlan.NewYork]),
        new(InitiativeKind.Event, "Northbridge Golf Invitational {Y}", 185_000m, "GBP", -95, 1, null, [FirmPlan.London, FirmPlan.NewYork]),
        new(InitiativeKind.Event, "Symphony Night {Y} at the Tonhalle", 78_000m, "CHF", -55, 1, null, [FirmPlan.Zurich]),
        new(InitiativeKind.Mailing, "Private Markets Access mailing {Y}", 18_000m, "GBP", -40, 10, "PM-ACC", [FirmPlan.Zurich, FirmPlan.London, FirmPlan.NewYork]),
        new(InitiativeKind.Event, "Museum Night {Y}: Modern Art after Hours", 52_000m, "USD", -24, 1, null, [FirmPlan.NewYork, FirmPlan.London]),
        new(InitiativeKind.Event, "Private Markets Breakfast Briefing {Y}", 12_000m, "CHF", 16, 1, "PM-ACC", [FirmPlan.Zurich]),
    ];
}

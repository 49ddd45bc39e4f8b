using OutlookCms.Domain.Firm;

namespace OutlookCms.Domain.Seeding.Vocabulary;

/// <summary>One team of the seeded firm: its desk, its reps' specialty and the time zone of each seat.</summary>
/// <param name="RepZones">One IANA time zone per rep seat; the count is the team's size.</param>
internal sealed record TeamPlan(string Name, TeamDesk Desk, RepSpecialty? Specialty, string ManagerZone, IReadOnlyList<string> RepZones);

/// <summary>
/// The shape of the seeded firm, the same at every scale (scale multiplies clients and history, not staff):
/// 25 reps in four teams, their managers under one head of coverage, two controllers outside every rep's
/// reporting line (so they may confirm anyone's outcomes), two admins.
/// </summary>
internal static class FirmPlan
{
    public const string FirmName = "Northbridge Wealth & Capital";

    /// <summary>Mail between addresses of this domain is internal (capture skips internal-only mail).</summary>
    public const string Domain = "northbridge-wealth.example";

    public const string Zurich = "Europe/Zurich";
    public const string London = "Europe/London";
    public const string NewYork = "America/New_York";

    public static readonly TeamPlan ZurichWealth = new(
        "Zurich Wealth Advisory", TeamDesk.WealthManagement, RepSpecialty.WealthAdviser, Zurich,
        [Zurich, Zurich, Zurich, Zurich, Zurich, Zurich, Zurich]);

    public static readonly TeamPlan LondonWealth = new(
        "London Wealth Advisory", TeamDesk.WealthManagement, RepSpecialty.WealthAdviser, London,
        [London, London, London, London, London, London]);

    public static readonly TeamPlan PrivateClients = new(
        "Private Clients – High Net Worth", TeamDesk.PrivateClients, RepSpecialty.HighNetWorthSpecialist, London,
        [Zurich, Zurich, London, London, NewYork, NewYork]);

    public static readonly TeamPlan InvestmentBanking = new(
        "Investment Banking Coverage", TeamDesk.InvestmentBanking, RepSpecialty.InvestmentBanker, NewYork,
        [Zurich, Zurich, London, London, NewYork, NewYork]);

    public static readonly TeamPlan Control = new("Finance & Control", TeamDesk.Control, null, Zurich, []);

    public static readonly IReadOnlyList<TeamPlan> RepTeams = [ZurichWealth, LondonWealth, PrivateClients, InvestmentBanking];

    public const int Controllers = 2;

    public const int Admins = 2;

    /// <summary>The seat's region: which clients a rep sitting in this time zone covers.</summary>
    public static string RegionOf(string countryCode) => countryCode switch
    {
        "GB" => London,
        "US" => NewYork,
        _ => Zurich,
    };
}

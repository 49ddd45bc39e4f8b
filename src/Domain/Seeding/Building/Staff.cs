using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>A rep as the history generator needs them: who, which team, where they sit.</summary>
internal sealed record Rep(Guid Id, string Email, TeamPlan Team, Guid TeamId, Guid ManagerId, TimeZoneInfo Zone)
{
    public string Region => Zone.Id;
}

/// <summary>The seeded firm's people, grouped the way coverage and history are assigned.</summary>
internal sealed class Staff
{
    public required IReadOnlyList<Rep> Reps { get; init; }

    public required IReadOnlyList<Guid> Controllers { get; init; }

    public required IReadOnlyDictionary<TeamPlan, Guid> TeamIds { get; init; }

    private readonly Dictionary<(TeamPlan, string), IReadOnlyList<Rep>> _seats = [];

    /// <summary>The reps of a team who sit in a region; the whole team when none does.</summary>
    public IReadOnlyList<Rep> Of(TeamPlan team, string region)
    {
        if (!_seats.TryGetValue((team, region), out var reps))
        {
            var seated = Reps.Where(r => r.Team == team && r.Region == region).ToList();
            reps = seated.Count > 0 ? seated : Reps.Where(r => r.Team == team).ToList();
            _seats[(team, region)] = reps;
        }

        return reps;
    }
}

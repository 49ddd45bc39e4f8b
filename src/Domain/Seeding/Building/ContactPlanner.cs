using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>
/// A planned contact: starting <see cref="DaysBack"/> days before today (negative = a meeting already in the calendar),
/// spread over at most <see cref="Span"/> consecutive days.
/// </summary>
internal readonly record struct Touch(int DaysBack, int Span, bool IsBurst);

/// <summary>A client's part in an initiative: invited (or mailed), replied, accepted, came.</summary>
internal readonly record struct CampaignTouch(Campaign Campaign, bool Replied, bool Accepted, bool Attended);

/// <summary>The first pass: when each client unit is contacted, and which initiatives it takes part in.</summary>
internal sealed record ContactPlan(IReadOnlyList<Touch> Touches, IReadOnlyList<CampaignTouch> Campaigns)
{
    /// <summary>Interactions the initiatives will produce (invitation, reply, attendance, thanks; or one mailing).</summary>
    public int CampaignInteractions => Campaigns.Sum(c => c.Campaign.IsGathering
        ? 1 + (c.Replied ? 1 : 0) + (c.Attended ? 2 : 0)
        : 1);
}

/// <summary>
/// Plans each unit's rhythm of contact from its cadence (see docs/seeding.md): a normal client's contacts start every
/// g days with W + s + 1 ≤ g ≤ N + s − 4 (W = the tier's window, N = its minimum, s = a contact's span in days), so no
/// window ever holds more than s ≤ the maximum contact days and no gap reaches the minimum, even after a weekend
/// moves a contact by two days. Neglected, over-contacted, dormant and former clients break the rhythm on purpose.
/// </summary>
internal static class ContactPlanner
{
    private static readonly CadencePolicy FormerRhythm = Catalogue.Silver.Cadence;

    public static ContactPlan Plan(ClientUnit unit, IReadOnlyList<Campaign> campaigns, DateOnly today, Random random)
    {
        var touches = new List<Touch>();
        var cadence = unit.Persona == Persona.Former ? FormerRhythm : unit.Cadence ?? FormerRhythm;
        var (span, shortest, longest) = Rhythm(cadence);
        var stopAt = unit.Persona switch
        {
            Persona.Former => random.Between(100, 140),
            Persona.Neglected => cadence.ContactAtLeastEveryDays + random.Between(3, 40),
            Persona.Dormant => unit.Status == PartyStatus.Prospect ? SeedSpec.HistoryDays + 1 : random.Between(140, 170),
            _ => 0,
        };

        var day = SeedSpec.HistoryDays - random.Between(0, longest);
        for (; day >= stopAt; day -= random.Between(shortest, longest))
        {
            touches.Add(new Touch(day, Math.Min(span, day + 1), IsBurst: false));
        }

        if (unit.Persona is Persona.Normal or Persona.OverContacted && day >= -21 && random.Chance(0.6))
        {
            touches.Add(new Touch(day < 0 ? day : -1, 1, IsBurst: false));
        }

        if (unit.Persona == Persona.OverContacted)
        {
            AddBurst(touches, cadence, today, random);
        }

        return new ContactPlan(touches, CampaignsOf(unit, campaigns, today, random));
    }

    /// <summary>(span, shortest gap, longest gap) in days for a cadence; see the class summary for why.</summary>
    public static (int Span, int Shortest, int Longest) Rhythm(CadencePolicy cadence)
    {
        var span = Math.Clamp(cadence.MaxContacts - 1, 1, 3);
        var shortest = cadence.WindowDays + span + 1;
        var longest = cadence.ContactAtLeastEveryDays + span - 4;
        if (shortest <= longest)
        {
            return (span, shortest, longest);
        }

        shortest = cadence.WindowDays + 2;
        longest = cadence.ContactAtLeastEveryDays - 3;
        return shortest <= longest ? (1, shortest, longest) : (1, Math.Max(1, longest), Math.Max(1, longest));
    }

    /// <summary>More contact days in the last window than the tier allows: the pane must say "contacted too often".</summary>
    private static void AddBurst(List<Touch> touches, CadencePolicy cadence, DateOnly today, Random random)
    {
        var window = Math.Min(cadence.WindowDays, 14);
        var taken = new HashSet<int>();
        foreach (var touch in touches)
        {
            for (var d = touch.DaysBack; d > touch.DaysBack - touch.Span; d--)
            {
                if (d >= 0 && d < window)
                {
                    taken.Add(d);
                }
            }
        }

        // Weekend contacts move to Friday and would merge, so the burst takes weekdays only, one more than needed.
        var wanted = cadence.MaxContacts + 2 - taken.Count;
        for (var attempt = 0; wanted > 0 && attempt < 60; attempt++)
        {
            var d = random.Next(window);
            if (!SeedClock.IsWeekend(today.AddDays(-d)) && taken.Add(d))
            {
                touches.Add(new Touch(d, 1, IsBurst: true));
                wanted--;
            }
        }
    }

    private static List<CampaignTouch> CampaignsOf(ClientUnit unit, IReadOnlyList<Campaign> campaigns, DateOnly today, Random random)
    {
        var taking = new List<CampaignTouch>();
        if (unit.Status == PartyStatus.Former)
        {
            return taking;
        }

        foreach (var campaign in campaigns)
        {
            if (!campaign.Plan.Regions.Contains(unit.Region))
            {
                continue;
            }

            var chance = campaign.Plan.Kind switch
            {
                InitiativeKind.Event or InitiativeKind.Sponsorship => (unit.Tier?.Rank ?? 9) switch
                {
                    1 => 0.6,
                    2 => 0.3,
                    3 => 0.08,
                    4 => 0.1,
                    _ => 0,
                },
                InitiativeKind.Promotion => unit.Status == PartyStatus.Client ? 0.15 : 0,
                _ => 0.2,
            };
            // Invitations would end a neglected or dormant client's silence; their point is that nobody called.
            if (unit.Persona is Persona.Neglected or Persona.Dormant)
            {
                chance = 0;
            }

            if (!random.Chance(chance))
            {
                continue;
            }

            var replied = campaign.IsGathering && random.Chance(0.7);
            var accepted = replied && random.Chance(0.8);
            var attended = accepted && campaign.StartsOn <= today && random.Chance(0.9);
            taking.Add(new CampaignTouch(campaign, replied, accepted, attended));
        }

        return taking;
    }
}

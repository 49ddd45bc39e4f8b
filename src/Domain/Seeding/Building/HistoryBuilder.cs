using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>
/// Builds six months of history in two passes. Pass one plans every unit's contact days and initiatives
/// (<see cref="ContactPlanner"/>); from the total it sets how many interactions a contact holds on average, so the
/// history lands near 50,000 interactions per unit of scale whatever the mix of tiers. Pass two tells each unit's story
/// (<see cref="UnitStory"/>). Each unit draws from its own generator; only the interactions still owed (<see cref="Carry"/>)
/// pass from one unit to the next.
/// </summary>
internal sealed class HistoryBuilder(SeededFirm firm, SeedIds ids, Staff staff, IReadOnlyList<Campaign> campaigns)
{
    public void Build(IReadOnlyList<ClientUnit> units, CancellationToken cancellationToken)
    {
        var spec = firm.Spec;
        var today = DateOnly.FromDateTime(spec.Now.UtcDateTime);
        var plans = new ContactPlan[units.Count];
        long past = 0, fixedCount = 0;
        for (var i = 0; i < units.Count; i++)
        {
            plans[i] = ContactPlanner.Plan(units[i], campaigns, today, SeedRandom.For(spec.Seed, "plan", i));
            foreach (var touch in plans[i].Touches)
            {
                if (touch.DaysBack < 0 || touch.IsBurst)
                {
                    fixedCount++;
                }
                else
                {
                    past++;
                }
            }

            fixedCount += plans[i].CampaignInteractions;
        }

        var target = (long)spec.Scale * SeedSpec.InteractionsPerScale;
        var meanPerTouch = past == 0 ? 1 : Math.Clamp((target - fixedCount) / (double)past, 1, 8);
        var interactions = (int)Math.Min(target * 11 / 10, int.MaxValue);
        firm.InteractionPartyList.Capacity = interactions * 3 / 2;
        firm.InteractionRepList.Capacity = interactions * 5 / 4;

        var recorder = new HistoryRecorder(firm, ids, spec.Seed);
        var clock = new SeedClock(spec.Now);
        var texts = campaigns.ToDictionary(c => c, c => new CampaignTexts(c, firm));
        var carry = new Carry();
        for (var i = 0; i < units.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            new UnitStory(units[i], SeedRandom.For(spec.Seed, "story", i), recorder, firm, ids, staff, clock, texts, carry).Tell(plans[i], meanPerTouch);
        }
    }
}

/// <summary>The words of one initiative's invitations, replies, thanks and brochure, shared by every unit that takes part.</summary>
internal sealed class CampaignTexts
{
    public CampaignTexts(Campaign campaign, SeededFirm firm)
    {
        var name = campaign.Name;
        var date = campaign.StartsOn.ToString("d MMMM", System.Globalization.CultureInfo.InvariantCulture);
        Invitation = new Topic($"Invitation: {name}", $"We would be delighted if you could join us at the {name} on {date}. Please let me know by the end of the month.");
        Accept = $"Thank you for the kind invitation — we would love to come to the {name}.";
        Decline = $"Many thanks for thinking of us; unfortunately we are away on {date}.";
        ThankYou = new Topic($"Thank you for joining us at the {name}", "It was a pleasure to see you; I hope you enjoyed it as much as we did.");
        Visit = new Topic(name, $"Hosted the client at the {name}.");
        var material = campaign.MaterialId is { } id ? firm.MaterialList.Single(m => m.Id == id) : null;
        MaterialTitle = material?.Title;
        MaterialCover = campaign.Plan.Kind == Marketing.InitiativeKind.Mailing
            ? $"Sent by post as part of the {name}."
            : $"As part of the {name}, please find attached our brochure.";
    }

    public Topic Invitation { get; }

    public string Accept { get; }

    public string Decline { get; }

    public Topic ThankYou { get; }

    public Topic Visit { get; }

    public string? MaterialTitle { get; }

    public string MaterialCover { get; }
}

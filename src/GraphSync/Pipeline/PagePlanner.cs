using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>
/// One page through the pure steps: policy → matching → one interaction per natural key (with every rep and party
/// on it) → the decision for each item, quarantine, prospect sightings. No I/O: the caller loads the
/// <see cref="PartyIndex"/> and writes the <see cref="PagePlan"/>.
/// </summary>
public static class PagePlanner
{
    public static PagePlan Plan(Guid mailboxOwnerId, IReadOnlyList<ReadResult> page, FirmDirectory firm, PartyIndex index, PolicySettings settings)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(settings);
        var plan = new PagePlan();
        var interactions = new Dictionary<string, InteractionRow>(StringComparer.Ordinal);
        var decisions = new Dictionary<string, DecisionRow>(StringComparer.Ordinal);
        foreach (var result in page)
        {
            switch (result)
            {
                case ReadResult.Removed removed:
                    plan.Removed.Add(removed.Id);
                    decisions.Remove(removed.Id);
                    break;
                case ReadResult.Poison poison:
                    plan.Quarantine.Add(poison);
                    decisions[poison.Id] = new DecisionRow(poison.Id, poison.InternetMessageId, null, null, CaptureOutcome.Quarantined, CaptureReason.Poison, $"{poison.Reason}: {poison.Detail}", null);
                    break;
                case ReadResult.Item { Seen: var item }:
                    decisions[item.GraphId] = Decide(mailboxOwnerId, item, firm, index, settings, plan, interactions);
                    break;
            }
        }

        plan.Interactions.AddRange(interactions.Values);
        plan.Decisions.AddRange(decisions.Values);
        return plan;
    }

    private static DecisionRow Decide(Guid owner, SeenItem item, FirmDirectory firm, PartyIndex index, PolicySettings settings, PagePlan plan, Dictionary<string, InteractionRow> interactions)
    {
        var subject = settings.MetadataOnly ? null : item.Subject;
        DecisionRow Decision(CaptureOutcome outcome, CaptureReason reason, string? detail, string? key = null) =>
            new(item.GraphId, item.NaturalKey, item.From.Address, subject, outcome, reason, detail, key);

        var verdict = CapturePolicy.Decide(item, firm, settings);
        if (verdict.SkipReason is { } skip)
        {
            return Decision(CaptureOutcome.Skipped, skip, verdict.Detail);
        }

        var match = PartyMatcher.Match(item, firm, index, settings);
        var ambiguity = match.Ambiguous.Count > 0 ? "Ambiguous: " + string.Join("; ", match.Ambiguous) : null;
        var inbound = !firm.IsInternal(item.From);
        if (inbound && item.Channel == Channel.Email && item.InternetMessageId is { } messageId && match.Unknown.Any(u => u.Address == item.From.Address))
        {
            plan.Sightings.Add(new Sighting(item.From.Address, item.From.Name, messageId, item.OccurredAt));
        }

        if (match.Parties.Count == 0)
        {
            return Decision(CaptureOutcome.Skipped, CaptureReason.NoPartyMatched, ambiguity ?? $"Unknown: {string.Join(", ", match.Unknown.Select(u => u.Address).Distinct())}");
        }

        if (!interactions.ContainsKey(item.NaturalKey))
        {
            interactions[item.NaturalKey] = new InteractionRow(
                Guid.CreateVersion7(), item.Channel, inbound ? Direction.Inbound : Direction.Outbound, item.OccurredAt, item.EndsAt,
                subject, settings.MetadataOnly ? null : item.Summary, item.InternetMessageId, item.InReplyTo, item.ConversationId,
                item.ICalUId, item.OccurrenceStart, item.NaturalKey, item.IsCancelled);
        }

        foreach (var party in match.Parties)
        {
            plan.Parties.Add(new PartyLink(item.NaturalKey, party.PartyId, party.Role, party.Address));
        }

        var ownerListed = false;
        foreach (var participant in item.Participants)
        {
            if (firm.UserOf(participant) is { } userId)
            {
                plan.Reps.Add(new RepLink(item.NaturalKey, userId, participant.Role));
                ownerListed |= userId == owner;
            }
        }

        if (!ownerListed)
        {
            // The mailbox holds a copy without naming its owner (Bcc, a distribution list): the owner took part all the same.
            plan.Reps.Add(new RepLink(item.NaturalKey, owner, item.Channel == Channel.Meeting ? ParticipantRole.Attendee : ParticipantRole.Bcc));
        }

        return Decision(CaptureOutcome.Captured, CaptureReason.Captured, ambiguity, item.NaturalKey);
    }
}

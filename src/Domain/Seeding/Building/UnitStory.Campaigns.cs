using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Seeding.Rows;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>
/// A unit's part in the initiatives: for an event or sponsorship, the invitation, the reply, the evening itself and the
/// thank-you, all tagged with the initiative, and the guests tagged too; for a promotion, a brochure by email; for a
/// mailing, a brochure by post. Brochures are recorded as materials sent.
/// </summary>
internal sealed partial class UnitStory
{
    private void Campaign(CampaignTouch touch)
    {
        var campaign = touch.Campaign;
        var texts = _texts[campaign];
        var rep = _random.Chance(0.85) ? _unit.Primary : PickRep();
        switch (campaign.Plan.Kind)
        {
            case InitiativeKind.Event or InitiativeKind.Sponsorship:
                Gathering(touch, texts, rep);
                break;
            case InitiativeKind.Promotion:
                var promoted = Thread(rep, CampaignDay(campaign), _now, new Topic(texts.MaterialTitle!, texts.MaterialCover), false, 1, Scratch(rep));
                if (promoted > 0)
                {
                    var email = _firm.InteractionList[^1];
                    _log.Tag(email.Id, campaign.Id, rep.Id, email.OccurredAt);
                    _log.MaterialSent(campaign.MaterialId!.Value, _threadContact!.PartyId, rep.Id, email.OccurredAt, email.Id);
                    TagGuests(campaign, _threadContact.PartyId, rep, email.OccurredAt);
                }

                break;
            default:
                var contact = MainContact();
                var at = CampaignDay(campaign);
                var letter = _log.Logged(Channel.PostalMail, Direction.Outbound, at, null, texts.MaterialTitle!, texts.MaterialCover, rep.Id, Min(at.AddMinutes(30), _now));
                Participants(letter, at, contact, ParticipantRole.To, null, null, ParticipantRole.Cc, rep, ParticipantRole.From, null, ParticipantRole.Cc);
                Contacted(at);
                _log.Tag(letter, campaign.Id, rep.Id, at);
                _log.MaterialSent(campaign.MaterialId!.Value, contact.PartyId, rep.Id, at, letter);
                TagGuests(campaign, contact.PartyId, rep, at);
                break;
        }
    }

    private void Gathering(CampaignTouch touch, CampaignTexts texts, Rep rep)
    {
        var campaign = touch.Campaign;
        var invitedOn = SeedClock.OnOrBeforeWeekday(campaign.StartsOn.AddDays(-_random.Between(21, 35)));
        if (invitedOn > _today)
        {
            return;
        }

        var anchor = Scratch(rep);
        var invitedAt = BusinessTime(invitedOn, 9 * 60, 16 * 60);
        var messages = Thread(rep, invitedAt, _now, texts.Invitation, false, touch.Replied ? 2 : 1, anchor);
        var guest = _threadContact!;
        for (var i = _firm.InteractionList.Count - messages; i < _firm.InteractionList.Count; i++)
        {
            _log.Tag(_firm.InteractionList[i].Id, campaign.Id, rep.Id, _firm.InteractionList[i].OccurredAt);
        }

        if (messages == 2)
        {
            // The thread's reply is generic; an invitation's reply says yes or no.
            var reply = _firm.InteractionList[^1];
            _firm.InteractionList[^1] = reply with { Summary = touch.Accepted ? texts.Accept : texts.Decline };
            if (touch.Accepted && campaign.StartsOn > _today)
            {
                TagGuests(campaign, guest.PartyId, rep, reply.OccurredAt);
            }
        }

        if (!touch.Attended)
        {
            return;
        }

        var (startMinute, minutes) = campaign.Plan.Kind == InitiativeKind.Sponsorship ? (10 * 60, 8 * 60)
            : campaign.Name.Contains("Golf", StringComparison.Ordinal) ? (9 * 60, 7 * 60)
            : campaign.Name.Contains("Breakfast", StringComparison.Ordinal) ? (8 * 60, 90)
            : (19 * 60, 180);
        var start = _clock.At(_zone, campaign.StartsOn, startMinute);
        var end = start.AddMinutes(minutes);
        if (end > _now)
        {
            return;
        }

        var logged = Min(end.AddMinutes(_random.Between(60, 48 * 60)), _now);
        var visit = Visit(rep, start, end, texts.Visit, logged);
        Contacted(start);
        _log.Tag(visit, campaign.Id, rep.Id, logged);
        TagGuests(campaign, guest.PartyId, rep, logged);
        _attended.Add((campaign, start));
        _anchors.Add(new Anchor(start, rep, [visit], Substantive: true));

        var thanksOn = SeedClock.OnOrAfterWeekday(campaign.StartsOn.AddDays(_random.Between(1, 3)));
        var thanksAt = _clock.At(_zone, thanksOn, _random.Between(9 * 60, 12 * 60));
        if (thanksAt <= _now && Thread(rep, thanksAt, _now, texts.ThankYou, false, 1, anchor) == 1)
        {
            _log.Tag(_firm.InteractionList[^1].Id, campaign.Id, rep.Id, thanksAt);
        }
    }

    /// <summary>Tags the guest and the client they came for (the organisation, the household's first member), once each.</summary>
    private void TagGuests(Campaign campaign, Guid guest, Rep rep, DateTimeOffset at)
    {
        _firm.PartyInitiativeList.Add(new PartyInitiativeRow(guest, campaign.Id, rep.Id, at));
        if (_unit.AnchorPartyId != guest)
        {
            _firm.PartyInitiativeList.Add(new PartyInitiativeRow(_unit.AnchorPartyId, campaign.Id, rep.Id, at));
        }
    }

    /// <summary>A business moment within the initiative's dates, not after now.</summary>
    private DateTimeOffset CampaignDay(Campaign campaign)
    {
        var last = campaign.EndsOn < _today ? campaign.EndsOn : _today;
        var span = Math.Max(0, last.DayNumber - campaign.StartsOn.DayNumber);
        var day = SeedClock.OnOrBeforeWeekday(campaign.StartsOn.AddDays(_random.Between(0, span)));
        return BusinessTime(day, 9 * 60, 17 * 60);
    }

    private static Anchor Scratch(Rep rep) => new(DateTimeOffset.MinValue, rep, [], Substantive: false);
}

using System.Globalization;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Seeding.Rows;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>
/// The follow-ups a unit's story leaves behind, as the rules of issue 7 would have derived them (rule keys
/// <c>unanswered:{interactionId}:{ownerId}</c>, <c>meeting-notes:{interactionId}:{ownerId}</c>,
/// <c>cadence:{partyId}:{due, UTC, to the second}</c>), plus ones reps set by hand. Recent ones are open, some overdue, some
/// snoozed; older ones mostly closed, by a person or by their rule when the reply or the note came.
/// </summary>
internal sealed partial class UnitStory
{
    /// <summary>A client wrote and nobody answered: the rule fires one business day later.</summary>
    private void Unanswered(DateTimeOffset writtenAt, Guid interactionId, Guid partyId, Rep owner)
    {
        var due = SeedClock.NextBusinessDay(writtenAt);
        if (due > _now)
        {
            return;
        }

        var closed = !StillOpen(writtenAt);
        var closedAt = Min(due.AddMinutes(_random.Between(60, 3 * 24 * 60)), _now);
        Add(new FollowUpRow
        {
            Id = NextFollowUpId(), PartyId = partyId, OwnerId = owner.Id, Reason = FollowUpReason.UnansweredEmail, Title = "Reply to the client's email",
            SourceInteractionId = interactionId, RuleKey = string.Create(CultureInfo.InvariantCulture, $"unanswered:{interactionId}:{owner.Id}"),
            DueAt = due, CreatedAt = due, Status = closed ? FollowUpStatus.Completed : FollowUpStatus.Open,
            ClosedAt = closed ? closedAt : null, ClosedById = closed ? owner.Id : null, ClosedHow = closed ? "Discussed on the phone" : null,
        });
    }

    /// <summary>The reply came after the rule had fired: the follow-up closed itself when the reply was captured.</summary>
    private void AnsweredLate(DateTimeOffset writtenAt, Guid interactionId, Guid partyId, Rep owner, DateTimeOffset repliedAt, Guid replyId)
    {
        var due = SeedClock.NextBusinessDay(writtenAt);
        Add(new FollowUpRow
        {
            Id = NextFollowUpId(), PartyId = partyId, OwnerId = owner.Id, Reason = FollowUpReason.UnansweredEmail, Title = "Reply to the client's email",
            SourceInteractionId = interactionId, RuleKey = string.Create(CultureInfo.InvariantCulture, $"unanswered:{interactionId}:{owner.Id}"),
            DueAt = due, CreatedAt = due, Status = FollowUpStatus.AutoClosed, ClosedAt = repliedAt, ClosedHow = "reply sent",
            ClosingInteractionId = replyId,
        });
    }

    /// <summary>A meeting ended and no notes came within a day: the rule asks for them until they are recorded on the meeting.</summary>
    private void MeetingNotes(Guid meetingId, DateTimeOffset end, Rep owner, DateTimeOffset? noteAt)
    {
        var created = end.AddHours(24);
        if (created > _now || (noteAt is { } on && on <= created))
        {
            return;
        }

        var row = new FollowUpRow
        {
            Id = NextFollowUpId(), PartyId = _unit.AnchorPartyId, OwnerId = owner.Id, Reason = FollowUpReason.MeetingWithoutNotes,
            Title = "Log notes of the meeting", SourceInteractionId = meetingId,
            RuleKey = string.Create(CultureInfo.InvariantCulture, $"meeting-notes:{meetingId}:{owner.Id}"),
            DueAt = SeedClock.NextBusinessDay(created), CreatedAt = created, Status = FollowUpStatus.Open,
        };
        if (noteAt is { } late)
        {
            row = row with { Status = FollowUpStatus.AutoClosed, ClosedAt = late, ClosedHow = "notes recorded", ClosingInteractionId = meetingId };
        }
        else if (!StillOpen(end))
        {
            row = row with { Status = FollowUpStatus.Completed, ClosedAt = Min(created.AddDays(_random.Between(1, 5)), _now), ClosedById = owner.Id, ClosedHow = "Nothing to record" };
        }

        Add(row);
    }

    /// <summary>Reps' own to-dos, set after a contact: open, overdue, snoozed (some snoozes already run out) or done.</summary>
    private void ManualFollowUps()
    {
        if (_anchors.Count == 0)
        {
            return;
        }

        for (var n = _random.Poisson(0.8); n > 0; n--)
        {
            var anchor = _random.Pick(_anchors);
            var created = Min(anchor.At.AddMinutes(_random.Between(5, 180)), _now);
            var due = created.AddDays(_random.Between(1, 21));
            var row = new FollowUpRow
            {
                Id = NextFollowUpId(), PartyId = _random.Chance(0.5) ? _unit.AnchorPartyId : _unit.Contacts[0].PartyId, OwnerId = anchor.Rep.Id,
                Reason = FollowUpReason.Manual, Title = _random.Pick(WorkTexts.ManualFollowUps),
                SourceInteractionId = _random.Chance(0.5) ? anchor.Interactions[0] : null, DueAt = due, CreatedAt = created, Status = FollowUpStatus.Open,
            };
            var draw = _random.Next(100);
            if (due > _now)
            {
                if (draw < 12)
                {
                    row = row with { Status = FollowUpStatus.Snoozed, SnoozedUntil = _now.AddHours(_random.Between(12, 10 * 24)), SnoozeReason = _random.Pick(WorkTexts.SnoozeReasons) };
                }
            }
            else if (draw < 5 && due.AddDays(2) < _now)
            {
                // Snoozed until a time that has passed: actionable again.
                row = row with { Status = FollowUpStatus.Snoozed, SnoozedUntil = due.AddDays(2), SnoozeReason = _random.Pick(WorkTexts.SnoozeReasons) };
            }
            else if (!StillOpen(due))
            {
                var closedAt = Min(Max(created, due.AddDays(-_random.Between(0, 2))).AddHours(_random.Between(1, 8)), _now);
                row = row with { Status = FollowUpStatus.Completed, ClosedAt = closedAt, ClosedById = anchor.Rep.Id, ClosedHow = _random.Pick(WorkTexts.CompletedHow) };
            }

            Add(row);
        }
    }

    /// <summary>A neglected or dormant client is overdue: the cadence rule has raised a follow-up for its adviser.</summary>
    private void CadenceFollowUp()
    {
        if (_unit.Cadence is not { } cadence || _unit.Persona is not (Persona.Neglected or Persona.Dormant))
        {
            return;
        }

        var due = (_lastContact ?? Max(_unit.Since, _firm.Spec.HistoryStart)).AddDays(cadence.ContactAtLeastEveryDays);
        if (due > _now)
        {
            return;
        }

        var snoozed = _random.Chance(0.25);
        Add(new FollowUpRow
        {
            Id = NextFollowUpId(), PartyId = _unit.AnchorPartyId, OwnerId = _unit.Primary.Id, Reason = FollowUpReason.CadenceDue,
            Title = "Contact due under the client's cadence",
            RuleKey = string.Create(CultureInfo.InvariantCulture, $"cadence:{_unit.AnchorPartyId}:{due.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}"),
            DueAt = due, CreatedAt = due, Status = snoozed ? FollowUpStatus.Snoozed : FollowUpStatus.Open,
            SnoozedUntil = snoozed ? _now.AddDays(_random.Between(2, 20)) : null, SnoozeReason = snoozed ? _random.Pick(WorkTexts.SnoozeReasons) : null,
        });
    }

    /// <summary>Whether something that became due at <paramref name="since"/> is still open: most recent ones, few old ones.</summary>
    private bool StillOpen(DateTimeOffset since)
    {
        var age = _now - since;
        return age < TimeSpan.FromDays(10) || _random.Chance(age < TimeSpan.FromDays(30) ? 0.3 : 0.04);
    }

    private Guid NextFollowUpId() => _ids.For(SeedTable.FollowUp, _firm.FollowUpList.Count);

    private void Add(FollowUpRow row) => _firm.FollowUpList.Add(row);
}

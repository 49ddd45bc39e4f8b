using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>
/// Pass two for one client unit: turns its contact plan into interactions (email threads, meetings and their notes,
/// calls, visits, letters, brochures), then its initiatives, follow-ups and outcomes, so each story hangs together:
/// an unanswered email has its follow-up, an outcome links the meeting that led to it.
/// </summary>
internal sealed partial class UnitStory
{
    private enum TouchKind
    {
        Thread,
        Meeting,
        Call,
        Visit,
        Letter,
        Brochure,
    }

    // Email dominates anyway: threads grow, and meetings and calls bring agenda and follow-up mails of their own.
    private static readonly IReadOnlyList<(TouchKind, int)> InstitutionalKinds =
        [(TouchKind.Thread, 32), (TouchKind.Meeting, 28), (TouchKind.Call, 26), (TouchKind.Visit, 7), (TouchKind.Letter, 2), (TouchKind.Brochure, 5)];

    private static readonly IReadOnlyList<(TouchKind, int)> PrivateKinds =
        [(TouchKind.Thread, 30), (TouchKind.Meeting, 22), (TouchKind.Call, 32), (TouchKind.Visit, 8), (TouchKind.Letter, 4), (TouchKind.Brochure, 4)];

    private static readonly IReadOnlyList<int> MeetingMinutes = [30, 45, 60, 60, 90];

    /// <summary>Breakfast, lunch or an afternoon visit (minutes after midnight, local time).</summary>
    private static readonly IReadOnlyList<int> VisitStarts = [(7 * 60) + 30, 8 * 60, 12 * 60, (12 * 60) + 30, 15 * 60];

    private static readonly IReadOnlyList<string> BreachReviews =
    [
        "The client called the wrong rep; redirected to the designated adviser.",
        "Covered during the adviser's holiday, agreed beforehand.",
        "Reminded the rep of the restriction.",
    ];

    private readonly ClientUnit _unit;
    private readonly Random _random;
    private readonly HistoryRecorder _log;
    private readonly SeededFirm _firm;
    private readonly SeedIds _ids;
    private readonly Staff _staff;
    private readonly SeedClock _clock;
    private readonly IReadOnlyDictionary<Campaign, CampaignTexts> _texts;
    private readonly DateTimeOffset _now;
    private readonly TimeZoneInfo _zone;
    private readonly DateOnly _today;
    private readonly List<Anchor> _anchors = [];
    private readonly List<(Campaign Campaign, DateTimeOffset At)> _attended = [];
    private readonly Carry _carry;
    private DateTimeOffset? _lastContact;
    private Contact? _threadContact;

    public UnitStory(ClientUnit unit, Random random, HistoryRecorder log, SeededFirm firm, SeedIds ids, Staff staff, SeedClock clock,
        IReadOnlyDictionary<Campaign, CampaignTexts> texts, Carry carry)
    {
        _carry = carry;
        _unit = unit;
        _random = random;
        _log = log;
        _firm = firm;
        _ids = ids;
        _staff = staff;
        _clock = clock;
        _texts = texts;
        _now = clock.Now;
        _zone = unit.Primary.Zone;
        _today = clock.Today(_zone);
    }

    /// <summary>A contact that can lead to an outcome: when, by whom, and its interactions.</summary>
    private sealed record Anchor(DateTimeOffset At, Rep Rep, List<Guid> Interactions, bool Substantive);

    public void Tell(ContactPlan plan, double meanPerTouch)
    {
        foreach (var touch in plan.Touches.OrderByDescending(t => t.DaysBack))
        {
            if (touch.DaysBack < 0)
            {
                FutureMeeting(touch);
                continue;
            }

            var budget = touch.IsBurst ? 1 : Math.Min(12, 1 + _random.Poisson(meanPerTouch - 1) + _carry.Take(4));
            _carry.Owed += budget - Touchpoint(touch, budget);
        }

        foreach (var campaign in plan.Campaigns)
        {
            Campaign(campaign);
        }

        ManualFollowUps();
        CadenceFollowUp();
        Outcomes();
    }

    /// <summary>One contact: a main item (thread, meeting, call …) and, budget allowing, what follows it. Returns the interactions made.</summary>
    private int Touchpoint(Touch touch, int budget)
    {
        var rep = PickRep();
        var first = SeedClock.OnOrBeforeWeekday(_today.AddDays(-touch.DaysBack));
        var last = first.AddDays(touch.Span - 1);
        var deadline = Min(_clock.At(_zone, last > _today ? _today : last, 19 * 60), _now);
        var anchor = new Anchor(BusinessTime(first, 8 * 60 + 30, 17 * 60 + 30), rep, [], Substantive: false);
        var kind = touch.IsBurst ? (_random.Chance(0.5) ? TouchKind.Call : TouchKind.Thread) : _random.PickWeighted(_unit.IsInstitutional ? InstitutionalKinds : PrivateKinds);
        var startsInbound = _random.Chance(0.45);
        var produced = kind switch
        {
            TouchKind.Thread => Thread(rep, anchor.At, deadline, Topic(startsInbound), startsInbound, budget, anchor),
            TouchKind.Meeting => MeetingTouch(rep, first, deadline, budget, ref anchor),
            TouchKind.Call => CallTouch(rep, anchor.At, deadline, budget, ref anchor),
            TouchKind.Visit => VisitTouch(rep, first, deadline, budget, ref anchor),
            TouchKind.Letter => LetterTouch(rep, anchor.At, deadline, budget, anchor),
            _ => BrochureTouch(rep, anchor.At, deadline, budget, anchor),
        };

        if (produced < budget && _random.Chance(0.05) && anchor.Interactions.Count > 0)
        {
            produced += Note(rep, NotAfterNow(anchor.At.AddHours(_random.Between(1, 6))), anchor);
        }

        if (anchor.Interactions.Count > 0)
        {
            _anchors.Add(anchor);
        }

        return produced;
    }

    private int Thread(Rep rep, DateTimeOffset start, DateTimeOffset deadline, Topic topic, bool startsInbound, int messages, Anchor anchor)
    {
        var contact = MainContact();
        _threadContact = contact;
        var address = contact.AlternateAddress is not null && _random.Chance(0.15) ? contact.AlternateAddress : contact.Address;
        var copied = CopiedContact(contact);
        var copiedRep = CopiedRep(rep);
        var conversation = _log.NewConversation();
        string? previous = null;
        (DateTimeOffset At, Guid Id)? waiting = null;
        var at = start;
        var inbound = startsInbound;
        var produced = 0;

        // Reps answer the last word more often than not: a thread the budget would end on a client's question gets a reply.
        var length = messages + (startsInbound == (messages % 2 == 1) && _random.Chance(0.85) ? 1 : 0);
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
            {
                at = Daytime(at.AddMinutes(inbound ? ClientReplyMinutes() : RepReplyMinutes()), client: inbound);
            }

            // The rep's last word may fall on the next business day: one more contact day stays within every tier's maximum,
            // because a contact spans at most the maximum less one day.
            var lastWord = false;
            if (at > deadline)
            {
                lastWord = !inbound && waiting is not null && at <= Min(SeedClock.NextBusinessDay(deadline), _now) && _random.Chance(0.85);
                if (!lastWord)
                {
                    break;
                }
            }

            var subject = i == 0 ? topic.Subject : _log.Reply(topic.Subject);
            var summary = i == 0 ? topic.Summary : _random.Pick(inbound ? InteractionTexts.ClientReplies : InteractionTexts.RepReplies);
            var id = _log.Email(inbound ? Direction.Inbound : Direction.Outbound, at, subject, summary, inbound ? address : rep.Email, previous,
                conversation, Captured(at), out var messageId);
            var clientRole = inbound ? ParticipantRole.From : ParticipantRole.To;
            Participants(id, at, contact, clientRole, address, copied, ParticipantRole.Cc, rep, inbound ? ParticipantRole.To : ParticipantRole.From, copiedRep, ParticipantRole.Cc);
            Contacted(at);
            anchor.Interactions.Add(id);
            if (!inbound && waiting is { } question && at > SeedClock.NextBusinessDay(question.At))
            {
                AnsweredLate(question.At, question.Id, contact.PartyId, rep, at, id);
            }

            waiting = inbound ? (at, id) : null;
            previous = messageId;
            inbound = !inbound;
            produced++;
            if (lastWord)
            {
                break;
            }
        }

        if (waiting is { } unanswered)
        {
            Unanswered(unanswered.At, unanswered.Id, contact.PartyId, rep);
        }

        return produced;
    }

    private int MeetingTouch(Rep rep, DateOnly day, DateTimeOffset deadline, int budget, ref Anchor anchor)
    {
        var topic = _random.Pick(_unit.IsInstitutional ? InteractionTexts.InstitutionalMeetings : InteractionTexts.PrivateMeetings);
        var produced = 0;
        if (budget >= 3)
        {
            produced += Thread(rep, BusinessTime(day, 8 * 60, 9 * 60 + 30), deadline, InteractionTexts.MeetingAgenda, false, 1, anchor);
        }

        var minutes = _random.Pick(MeetingMinutes);
        var start = _clock.At(_zone, day, 60 * _random.Between(10, 16) + (30 * _random.Next(2)));
        if (start.AddMinutes(minutes) > _now)
        {
            start = _now.AddMinutes(-minutes - (5 * _random.Between(2, 36)));
        }

        var end = start.AddMinutes(minutes);
        var cancelled = _random.Chance(0.04);

        // Most reps write their notes within hours; one in ten a few days late, after the rule has asked for them.
        var notesAt = end.AddMinutes(_random.Chance(0.9) ? _random.Between(20, 20 * 60) : _random.Between(26 * 60, 72 * 60));
        var notes = !cancelled && _random.Chance(0.75) && notesAt <= _now ? new RepNotes(_random.Pick(InteractionTexts.Notes).Summary, notesAt, rep.Id) : null;
        var id = Meeting(rep, start, end, topic, cancelled, _random.Chance(0.2), notes);
        produced++;
        anchor = anchor with { At = start, Substantive = !cancelled };
        anchor.Interactions.Add(id);
        if (cancelled)
        {
            return produced;
        }

        Contacted(start);
        MeetingNotes(id, end, rep, notes?.At);
        if (budget > produced)
        {
            produced += Thread(rep, end.AddMinutes(_random.Between(20, 90)), deadline, InteractionTexts.MeetingFollowUp, false, budget - produced, anchor);
        }

        return produced;
    }

    private int CallTouch(Rep rep, DateTimeOffset start, DateTimeOffset deadline, int budget, ref Anchor anchor)
    {
        var topic = _random.Pick(InteractionTexts.Calls);
        var minutes = _random.Between(5, 40);
        start = start.AddMinutes(minutes) > _now ? _now.AddMinutes(-minutes - _random.Between(5, 120)) : start;
        var end = start.AddMinutes(minutes);
        var outbound = _random.Chance(0.7);
        var id = _log.Logged(Channel.PhoneCall, outbound ? Direction.Outbound : Direction.Inbound, start, end, topic.Subject, topic.Summary, rep.Id,
            Min(end.AddMinutes(_random.Between(2, 240)), _now));
        var contact = MainContact();
        Participants(id, start, contact, outbound ? ParticipantRole.To : ParticipantRole.From, null, null, ParticipantRole.Cc, rep,
            outbound ? ParticipantRole.From : ParticipantRole.To, null, ParticipantRole.Cc);
        Contacted(start);
        anchor = anchor with { At = start, Substantive = true };
        anchor.Interactions.Add(id);
        var produced = 1;
        var callback = end.AddMinutes(_random.Between(60, 240));
        if (budget >= 3 && _random.Chance(0.4) && callback.AddMinutes(15) <= Min(deadline, _now))
        {
            // The client calls back (or is called back) with the answer.
            var back = _random.Pick(InteractionTexts.Calls);
            var again = _log.Logged(Channel.PhoneCall, outbound ? Direction.Inbound : Direction.Outbound, callback, callback.AddMinutes(_random.Between(3, 15)),
                back.Subject, back.Summary, rep.Id, Min(callback.AddMinutes(_random.Between(20, 120)), _now));
            Participants(again, callback, contact, outbound ? ParticipantRole.From : ParticipantRole.To, null, null, ParticipantRole.Cc, rep,
                outbound ? ParticipantRole.To : ParticipantRole.From, null, ParticipantRole.Cc);
            anchor.Interactions.Add(again);
            produced++;
        }

        return budget > produced
            ? produced + Thread(rep, end.AddMinutes(_random.Between(10, 90)), deadline, InteractionTexts.CallFollowUp, false, budget - produced, anchor)
            : produced;
    }

    private int VisitTouch(Rep rep, DateOnly day, DateTimeOffset deadline, int budget, ref Anchor anchor)
    {
        var topic = _random.Pick(_unit.IsInstitutional ? InteractionTexts.InstitutionalVisits : InteractionTexts.PrivateVisits);
        var start = _clock.At(_zone, day, _random.Pick(VisitStarts));
        var minutes = _random.Between(60, 120);
        if (start.AddMinutes(minutes) > _now)
        {
            start = _now.AddMinutes(-minutes - _random.Between(10, 180));
        }

        var end = start.AddMinutes(minutes);
        var logged = Min(end.AddMinutes(_random.Between(60, 1800)), _now);
        var id = Visit(rep, start, end, topic, logged, _random.Chance(0.6) ? new RepNotes(_random.Pick(InteractionTexts.Notes).Summary, logged, rep.Id) : null);
        Contacted(start);
        anchor = anchor with { At = start, Substantive = true };
        anchor.Interactions.Add(id);
        var produced = 1;

        if (budget > produced)
        {
            produced += Thread(rep, end.AddMinutes(_random.Between(20, 90)), deadline, InteractionTexts.MeetingFollowUp, false, budget - produced, anchor);
        }

        return produced;
    }

    private int LetterTouch(Rep rep, DateTimeOffset at, DateTimeOffset deadline, int budget, Anchor anchor)
    {
        var contact = MainContact();
        var material = _random.Chance(0.5) ? PickMaterial() : null;
        var topic = material is null ? _random.Pick(InteractionTexts.Letters) : new Topic(material.Title, "Brochure sent by post.");
        var id = _log.Logged(Channel.PostalMail, Direction.Outbound, at, null, topic.Subject, topic.Summary, rep.Id, Min(at.AddMinutes(_random.Between(5, 60)), _now));
        Participants(id, at, contact, ParticipantRole.To, null, null, ParticipantRole.Cc, rep, ParticipantRole.From, null, ParticipantRole.Cc);
        if (material is not null)
        {
            _log.MaterialSent(material.Id, contact.PartyId, rep.Id, at, id);
        }

        Contacted(at);
        anchor.Interactions.Add(id);
        return budget > 1
            ? 1 + Thread(rep, at.AddMinutes(_random.Between(60, 240)), deadline, Topic(inbound: true), true, budget - 1, anchor)
            : 1;
    }

    private int BrochureTouch(Rep rep, DateTimeOffset at, DateTimeOffset deadline, int budget, Anchor anchor)
    {
        var material = PickMaterial();
        var before = anchor.Interactions.Count;
        var produced = Thread(rep, at, deadline, new Topic(material.Title, InteractionTexts.BrochureCover), false, budget, anchor);
        if (produced > 0)
        {
            _log.MaterialSent(material.Id, _threadContact!.PartyId, rep.Id, at, anchor.Interactions[before]);
        }

        return produced;
    }

    private void FutureMeeting(Touch touch)
    {
        var day = SeedClock.OnOrAfterWeekday(_today.AddDays(-touch.DaysBack));
        var topic = _random.Pick(_unit.IsInstitutional ? InteractionTexts.InstitutionalMeetings : InteractionTexts.PrivateMeetings);
        var start = _clock.At(_zone, day, 60 * _random.Between(9, 16));
        if (start <= _now)
        {
            start = start.AddDays(1);
        }

        Meeting(_unit.Primary, start, start.AddMinutes(_random.Pick(MeetingMinutes)), topic, _random.Chance(0.02), false, null,
            _now.AddMinutes(-_random.Between(60, 12 * 24 * 60)));
    }

    private Guid Meeting(Rep rep, DateTimeOffset start, DateTimeOffset end, Topic topic, bool cancelled, bool clientOrganises, RepNotes? notes, DateTimeOffset? createdAt = null)
    {
        var created = createdAt ?? Min(start.AddMinutes(-_random.Between(60, 20 * 24 * 60)), _now);
        var id = _log.Meeting(clientOrganises ? Direction.Inbound : Direction.Outbound, start, end, topic.Subject, topic.Summary, cancelled, created, notes);
        var contact = MainContact();
        var matched = contact.Address;
        Participants(id, start, contact, clientOrganises ? ParticipantRole.Organizer : ParticipantRole.Attendee, matched, CopiedContact(contact),
            ParticipantRole.Attendee, rep, clientOrganises ? ParticipantRole.Attendee : ParticipantRole.Organizer, _random.Chance(0.25) ? CopiedRep(rep, always: true) : null,
            ParticipantRole.Attendee);
        return id;
    }

    private Guid Visit(Rep rep, DateTimeOffset start, DateTimeOffset end, Topic topic, DateTimeOffset createdAt, RepNotes? notes = null)
    {
        var id = _log.Logged(Channel.InPerson, Direction.Outbound, start, end, topic.Subject, topic.Summary, rep.Id, createdAt, notes);
        var contact = MainContact();
        Participants(id, start, contact, ParticipantRole.Attendee, null, CopiedContact(contact), ParticipantRole.Attendee, rep,
            ParticipantRole.Organizer, null, ParticipantRole.Attendee);
        return id;
    }

    /// <summary>An internal note about the client (not a contact: it never counts for cadence).</summary>
    private int Note(Rep rep, DateTimeOffset at, Anchor anchor)
    {
        var note = _random.Pick(InteractionTexts.Notes);
        var id = _log.Logged(Channel.Note, Direction.Internal, at, null, note.Subject, note.Summary, rep.Id, Min(at.AddMinutes(_random.Between(1, 10)), _now));
        _log.Party(id, _unit.AnchorPartyId, ParticipantRole.To, at, null);
        _log.Rep(id, rep.Id, ParticipantRole.From, at);
        anchor.Interactions.Add(id);
        return 1;
    }

    private void Participants(Guid id, DateTimeOffset at, Contact contact, ParticipantRole role, string? matched, Contact? extra, ParticipantRole extraRole,
        Rep rep, ParticipantRole repRole, Rep? extraRep, ParticipantRole extraRepRole)
    {
        _log.Party(id, contact.PartyId, role, at, matched);
        if (extra is not null)
        {
            _log.Party(id, extra.PartyId, extraRole, at, matched is null ? null : extra.Address);
        }

        // Capture matches the organisation too (by the sender's domain or the person's employer), so its cadence sees the contact.
        if (_unit.OrganisationId is { } organisation)
        {
            _log.Party(id, organisation, role, at, matched);
        }

        _log.Rep(id, rep.Id, repRole, at);
        if (extraRep is not null)
        {
            _log.Rep(id, extraRep.Id, extraRepRole, at);
        }

        if (_unit.IsRestricted)
        {
            Breaches(id, at, rep, contact, extra);
            if (extraRep is not null)
            {
                Breaches(id, at, extraRep, contact, extra);
            }
        }
    }

    /// <summary>
    /// A rep who is not a designated adviser took part in a contact with a restricted client: one breach per restricted
    /// party on it, detected when captured; older ones mostly reviewed by the rep's manager.
    /// </summary>
    private void Breaches(Guid interactionId, DateTimeOffset at, Rep rep, Contact contact, Contact? extra)
    {
        if (rep == _unit.Primary || rep == _unit.Secondary)
        {
            return;
        }

        var detected = Min(at.AddMinutes(_random.Between(2, 30)), _now);
        var reviewed = at < _now.AddDays(-7) && _random.Chance(0.6) ? Min(detected.AddDays(_random.Between(1, 5)), _now) : (DateTimeOffset?)null;
        var note = reviewed is null ? null : _random.Pick(BreachReviews);
        foreach (var party in new[] { contact.PartyId, extra?.PartyId, _unit.OrganisationId }.OfType<Guid>().Distinct())
        {
            _log.Breach(interactionId, party, rep.Id, at, detected, reviewed is null ? null : rep.ManagerId, reviewed, note);
        }
    }

    private Topic Topic(bool inbound) =>
        _random.Pick((_unit.IsInstitutional, inbound) switch
        {
            (true, true) => InteractionTexts.InstitutionalEmailsIn,
            (true, false) => InteractionTexts.InstitutionalEmailsOut,
            (false, true) => InteractionTexts.PrivateEmailsIn,
            _ => InteractionTexts.PrivateEmailsOut,
        });

    private Rows.MaterialRow PickMaterial()
    {
        var active = _firm.ProductList.Where(p => p.IsActive).Select(p => p.Id).ToList();
        var product = _random.Pick(active);
        return _firm.MaterialList.First(m => m.ProductId == product);
    }

    /// <summary>Mostly the primary adviser; sometimes the secondary; rarely a colleague (for a restricted client, a coverage breach).</summary>
    private Rep PickRep()
    {
        var draw = _random.Next(100);
        if (draw < 80 || (draw < 95 && _unit.Secondary is null))
        {
            return _unit.Primary;
        }

        if (draw < 95)
        {
            return _unit.Secondary!;
        }

        return _unit.IsRestricted && !_random.Chance(0.2) ? _unit.Primary : _random.Pick(_staff.Of(_unit.Primary.Team, _unit.Region));
    }

    private Contact MainContact()
    {
        var contacts = _unit.Contacts;
        if (contacts.Count == 1)
        {
            return contacts[0];
        }

        return _unit.Kind == UnitKind.Household
            ? _random.Chance(0.7) ? contacts[0] : contacts[_random.Between(1, contacts.Count - 1)]
            : _random.Chance(0.6) ? contacts[_random.Next(Math.Min(3, contacts.Count))] : _random.Pick(contacts);
    }

    private Contact? CopiedContact(Contact main)
    {
        if (_unit.Contacts.Count < 2 || !_random.Chance(_unit.IsInstitutional ? 0.25 : 0.12))
        {
            return null;
        }

        var other = _random.Pick(_unit.Contacts);
        return other == main ? null : other;
    }

    private Rep? CopiedRep(Rep rep, bool always = false)
    {
        if (_unit.Secondary is { } secondary && secondary != rep && (always || _random.Chance(0.25)))
        {
            return secondary;
        }

        if (!always && !_random.Chance(0.05))
        {
            return null;
        }

        var colleague = _random.Pick(_staff.Of(rep.Team, rep.Region));
        return colleague == rep ? null : colleague;
    }

    /// <summary>Most replies within hours; about one in ten a day or more later (which the unanswered-email rule notices).</summary>
    private int RepReplyMinutes() => _random.Chance(0.9) ? _random.Between(15, 240) : _random.Between(26 * 60, 72 * 60);

    private int ClientReplyMinutes() => _random.Next(100) switch
    {
        < 55 => _random.Between(20, 180),
        < 85 => _random.Between(180, 480),
        _ => _random.Between(20 * 60, 28 * 60),
    };

    /// <summary>Moves a reply into waking hours: clients write 07:00–22:00 any day, reps 07:30–20:00 on weekdays.</summary>
    private DateTimeOffset Daytime(DateTimeOffset at, bool client)
    {
        var local = _clock.Local(_zone, at);
        var (open, close) = client ? (7 * 60, 22 * 60) : ((7 * 60) + 30, 20 * 60);
        var minute = (local.Hour * 60) + local.Minute;
        var day = DateOnly.FromDateTime(local);
        if (minute >= open && minute < close && (client || !SeedClock.IsWeekend(day)))
        {
            return at;
        }

        day = minute >= close ? day.AddDays(1) : day;
        day = client ? day : SeedClock.OnOrAfterWeekday(day);
        return _clock.At(_zone, day, open + _random.Between(0, 90), _random.Next(60));
    }

    private DateTimeOffset BusinessTime(DateOnly day, int fromMinute, int toMinute) =>
        NotAfterNow(_clock.At(_zone, day, _random.Between(fromMinute, toMinute), _random.Next(60)));

    private DateTimeOffset NotAfterNow(DateTimeOffset at) => at <= _now.AddMinutes(-1) ? at : _now.AddMinutes(-_random.Between(5, 120));

    /// <summary>Capture lags the mail by a few minutes (a change notification, then a delta page).</summary>
    private DateTimeOffset Captured(DateTimeOffset at) => Min(at.AddMinutes(_random.Between(1, 15)).AddSeconds(_random.Next(60)), _now);

    private void Contacted(DateTimeOffset at)
    {
        if (at <= _now && (_lastContact is null || at > _lastContact))
        {
            _lastContact = at;
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

/// <summary>
/// Interactions planned but not made (a thread cut short by the end of a contact's days), owed to the contacts that
/// follow, across units, so the history lands near its target whatever the calendar cut.
/// </summary>
internal sealed class Carry
{
    public int Owed { get; set; }

    public int Take(int most)
    {
        var take = Math.Clamp(Owed, 0, most);
        Owed -= take;
        return take;
    }
}

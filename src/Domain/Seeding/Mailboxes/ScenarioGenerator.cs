using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OutlookCms.Domain.Seeding.Rows;

namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>
/// Fills the seeded firm's reps' mailboxes with a month of believable mail and meetings, and works out the ground
/// truth beside it: client mail in and out with threads, an email CC'd to several reps, a Bcc'd colleague,
/// internal-only mail, personal and private mail, newsletters and bulk, free-mail clients, unknown senders (some
/// writing often enough to be proposed as prospects), weekly series with a moved and a cancelled occurrence,
/// meetings with several reps and clients, client invitations, internal and private meetings.
/// A pure function of the firm and the options: the same input gives the same scenario, byte for byte.
/// </summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Reproducible test data, not security.")]
public static class ScenarioGenerator
{
    public static MailboxScenario Generate(SeededFirm firm, ScenarioOptions options)
    {
        ArgumentNullException.ThrowIfNull(firm);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Days, ScenarioOptions.MaxDays);
        if (options.Reps is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "At least one rep's mailbox.");
        }

        var view = new FirmView(firm, options.Reps);
        if (view.Reps.Count == 0 || view.AllClients.Count < 3)
        {
            throw new InvalidOperationException("The seeded firm has no active reps or too few client addresses to write mail about.");
        }

        var mail = new Mailboxes(view);
        var truth = new GroundTruthBuilder(view, options.ProspectThreshold);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < view.Owners.Count; i++)
        {
            var random = new Random((int)(Mix(Mix((ulong)(uint)firm.Spec.Seed ^ 0x4D41_494C) ^ (ulong)i) & 0x7FFF_FFFF));
            new RepMonth(view, mail, view.Owners[i], i, options.Days, random, used, isManager: i >= view.Reps.Count).Generate();
        }

        mail.Record(truth);
        return new MailboxScenario(firm.Spec, firm.Domain, options, mail.Render(), truth.Build());
    }

    internal static ulong Mix(ulong value)
    {
        var z = value + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One rep's month: what they receive, send and meet, written into every mailbox that holds a copy.</summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Reproducible test data, not security.")]
/// <remarks>A manager's month is lighter: fewer client emails, no unknown senders, no weekly client review.</remarks>
internal sealed class RepMonth(FirmView firm, Mailboxes mail, FirmUserRow rep, int index, int days, Random random, HashSet<string> used, bool isManager = false)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(rep.TimeZoneId);
    private readonly MailAddress _me = new(rep.Email.ToLowerInvariant(), rep.DisplayName);
    private readonly IReadOnlyList<ClientContact> _clients = firm.ClientsOf(rep);
    private List<MailAddress> _colleagues = [];

    private DateTimeOffset Now => firm.Firm.Spec.Now;

    public void Generate()
    {
        _colleagues = Colleagues();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, _zone).DateTime);
        var dates = Enumerable.Range(1, days).Select(d => today.AddDays(-days - 1 + d)).ToList();
        var workdays = dates.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
        if (!isManager)
        {
            Strangers(workdays);
        }

        foreach (var date in dates)
        {
            Newsletters(date);
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            if (!isManager || random.Chance(0.4))
            {
                ClientMail(date);
            }

            if (!isManager || random.Chance(0.3))
            {
                Outbound(date);
            }

            Internal(date);
            if (random.Chance(0.12))
            {
                CcSeveralReps(date);
            }

            if (random.Chance(0.05))
            {
                Send("private", Client().Mail, [_me], At(date), random.Pick(ScenarioTexts.PrivateSubjects), "Please keep this between us.", sensitivity: 2);
            }

            if (random.Chance(0.08))
            {
                Send("personal", Friend(), [_me], At(date), random.Pick(ScenarioTexts.PersonalSubjects), "See you soon!", sensitivity: 1);
            }
        }

        Meetings(workdays, today);
    }

    private List<MailAddress> Colleagues()
    {
        var scenario = firm.Reps.Where(r => r.Id != rep.Id).ToList();
        var team = scenario.Where(r => r.TeamId == rep.TeamId).ToList();
        var pool = team.Count >= 2 ? team : scenario;
        return pool.Select(r => new MailAddress(r.Email.ToLowerInvariant(), r.DisplayName)).ToList();
    }

    private ClientContact Client()
    {
        var free = _clients.Where(c => c.IsFreeMail).ToList();
        return free.Count > 0 && random.Chance(0.2) ? random.Pick(free) : random.Pick(_clients);
    }

    private ClientContact OtherClient(ClientContact not)
    {
        for (var i = 0; i < 10; i++)
        {
            var other = random.Pick(_clients);
            if (other.Party.Id != not.Party.Id && other.Mail.Domain != not.Mail.Domain)
            {
                return other;
            }
        }

        return firm.AllClients.First(c => c.Party.Id != not.Party.Id && c.Mail.Domain != not.Mail.Domain);
    }

    /// <summary>A time during the rep's working day (08:00–18:00 local), always before the firm's "now".</summary>
    private DateTimeOffset At(DateOnly date, int fromMinute = 8 * 60, int toMinute = 18 * 60) =>
        Local(date, random.Between(fromMinute, toMinute - 1), random.Next(60));

    private DateTimeOffset Local(DateOnly date, int minute, int second = 0)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minute).AddSeconds(second);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, _zone), TimeSpan.Zero);
    }

    private MailPlan Send(
        string itemCase, MailAddress from, IReadOnlyList<MailAddress> to, DateTimeOffset at, string subject, string body,
        IReadOnlyList<MailAddress>? cc = null, IReadOnlyList<MailAddress>? bcc = null, int sensitivity = 0, string? conversation = null,
        string? inReplyTo = null, IReadOnlyList<(string, string)>? headers = null, bool other = false)
    {
        var plan = new MailPlan
        {
            Case = itemCase,
            InternetMessageId = mail.NextMessageId(from, at, random),
            ConversationId = conversation ?? mail.NextConversationId(random),
            From = from,
            To = to,
            Cc = cc ?? [],
            Bcc = bcc ?? [],
            SentAt = at,
            Subject = subject,
            Body = body,
            InReplyTo = inReplyTo,
            Sensitivity = sensitivity,
            ListHeaders = headers ?? [],
            IsOther = other,
        };
        mail.Add(plan);
        return plan;
    }

    private void ClientMail(DateOnly date)
    {
        var count = random.Between(1, 3);
        for (var n = 0; n < count; n++)
        {
            var client = Client();
            var subject = random.Pick(ScenarioTexts.ClientSubjects);
            var first = Send(client.IsFreeMail ? "client-in-freemail" : "client-in", client.Mail, [_me], At(date, 7 * 60, 15 * 60), subject,
                $"Dear {rep.DisplayName.Split(' ')[0]}, could we talk about this?");
            if (!random.Chance(0.5))
            {
                continue;
            }

            var replyAt = first.SentAt.AddMinutes(random.Between(30, 240));
            if (replyAt >= Now)
            {
                continue;
            }

            var reply = Send("thread-reply", _me, [client.Mail], replyAt, "RE: " + subject, "Thank you, I will look into it today.",
                conversation: first.ConversationId, inReplyTo: first.InternetMessageId);
            var againAt = reply.SentAt.AddMinutes(random.Between(20, 180));
            if (random.Chance(0.4) && againAt < Now)
            {
                Send("thread-client-again", client.Mail, [_me], againAt, "RE: RE: " + subject, "Perfect, thanks.",
                    conversation: first.ConversationId, inReplyTo: reply.InternetMessageId);
            }
        }
    }

    private void Outbound(DateOnly date)
    {
        var client = Client();
        var cc = random.Chance(0.3) ? new[] { OtherClient(client).Mail } : null;
        var bccColleague = _colleagues.Count > 0 && random.Chance(0.08);
        Send(bccColleague ? "client-out-bcc-colleague" : "client-out", _me, [client.Mail], At(date), random.Pick(ScenarioTexts.OutboundSubjects),
            "Please find the details below.", cc: cc, bcc: bccColleague ? [random.Pick(_colleagues)] : null);
    }

    private void Internal(DateOnly date)
    {
        if (_colleagues.Count == 0)
        {
            return;
        }

        var count = random.Between(1, 2);
        for (var n = 0; n < count; n++)
        {
            var to = _colleagues.OrderBy(_ => random.Next()).Take(random.Between(1, Math.Min(2, _colleagues.Count))).ToList();
            var cc = random.Chance(0.3) ? new[] { new MailAddress("desk@" + firm.Firm.Domain, "Desk mailbox") } : null;
            Send("internal", _me, to, At(date), random.Pick(ScenarioTexts.InternalSubjects), "See below.", cc: cc);
        }
    }

    private void CcSeveralReps(DateOnly date)
    {
        if (_colleagues.Count < 2)
        {
            return;
        }

        var client = Client();
        var cc = _colleagues.OrderBy(_ => random.Next()).Take(Math.Min(3, _colleagues.Count)).ToList();
        Send("cc-several-reps", client.Mail, [_me], At(date), "For all of you: " + random.Pick(ScenarioTexts.ClientSubjects),
            "Copying your colleagues so everyone is aware.", cc: cc);
    }

    private void Newsletters(DateOnly date)
    {
        var count = random.Between(1, 2);
        for (var n = 0; n < count; n++)
        {
            var (address, name, subject) = random.Pick(ScenarioTexts.Newsletters);
            var kind = random.Next(10);
            var from = new MailAddress(address, name);
            var at = Local(date, random.Between(5 * 60, 7 * 60), random.Next(60));
            if (kind < 6)
            {
                Send("newsletter", from, [_me], at, subject, "View this email in your browser.",
                    headers: [("List-Unsubscribe", $"<mailto:unsubscribe@{from.Domain}?subject=unsubscribe>"), ("Precedence", "bulk")]);
            }
            else if (kind < 8)
            {
                Send("bulk-precedence", from, [_me], at, subject, "You are receiving this as a subscriber.", headers: [("Precedence", "list")]);
            }
            else
            {
                Send("bulk-focused-other", from, [_me], at, subject, "Special offer for our readers.", other: true);
            }
        }
    }

    /// <summary>Unknown senders: one writes three times (a prospect to propose), one once; some copy a colleague or a client.</summary>
    private void Strangers(List<DateOnly> workdays)
    {
        if (workdays.Count == 0)
        {
            return;
        }

        var persistent = Stranger();
        var writes = Math.Min(3, workdays.Count);
        for (var n = 0; n < writes; n++)
        {
            var date = workdays[(n * workdays.Count) / writes];
            var cc = n == 0 && index % 4 == 0 && _colleagues.Count > 0 ? new[] { _colleagues[0] } : null;
            Send(cc is null ? "unknown-sender" : "unknown-sender-cc-colleague", persistent, [_me], At(date, 8 * 60, 12 * 60),
                ScenarioTexts.StrangerSubjects[n], "We have not met yet, but I would like to talk.", cc: cc);
        }

        var once = Stranger();
        var day = random.Pick(workdays);
        if (index % 3 == 0)
        {
            // An introducer copying a client: captured for the client, and the introducer is still seen.
            Send("unknown-sender-with-client", once, [_me], At(day), "Introduction: " + Client().Party.DisplayName, "Introducing you two.",
                cc: [Client().Mail]);
        }
        else
        {
            Send("unknown-sender", once, [_me], At(day), random.Pick(ScenarioTexts.StrangerSubjects), "Hello, is this the right person?");
        }
    }

    private MailAddress Stranger()
    {
        while (true)
        {
            var first = random.Pick(ScenarioTexts.FirstNames);
            var last = random.Pick(ScenarioTexts.LastNames);
            var domain = random.Pick(ScenarioTexts.StrangerDomains) + ".example";
            var address = $"{first}.{last}@{domain}".ToLowerInvariant();
            if (firm.IsUnknown(address) && used.Add(address))
            {
                return new MailAddress(address, $"{first} {last}");
            }
        }
    }

    private MailAddress Friend()
    {
        var first = ScenarioTexts.FirstNames[index % ScenarioTexts.FirstNames.Length];
        for (var n = 0; ; n++)
        {
            var address = SmallText($"{first}.{n + index}{index % 7}@{ScenarioTexts.FreeMail[index % ScenarioTexts.FreeMail.Length]}");
            if (!firm.PartiesByAddress.ContainsKey(address))
            {
                return new MailAddress(address, first);
            }
        }
    }

    private static string SmallText(FormattableString text) => text.ToString(CultureInfo.InvariantCulture).ToLowerInvariant();

    private void Meetings(List<DateOnly> workdays, DateOnly today)
    {
        if (workdays.Count == 0)
        {
            return;
        }

        if (!isManager)
        {
            Series(workdays[0], today);
        }

        var weeks = workdays.GroupBy(d => d.DayNumber / 7).Select(g => g.ToList()).ToList();
        for (var w = 0; w < weeks.Count; w++)
        {
            var day = random.Pick(weeks[w]);
            SeveralRepsAndClients(day);
            if (w % 2 == 0)
            {
                ClientInvite(random.Pick(weeks[w]));
            }

            if (index % 4 == 0 && _colleagues.Count > 0)
            {
                var start = Local(weeks[w][0], 9 * 60);
                mail.Add(Meeting("internal-meeting", "singleInstance", _me, _colleagues.Take(4).ToList(), start, 30, "Desk sync", room: true));
            }
        }

        if (index % 2 == 0)
        {
            var start = Local(random.Pick(workdays), 12 * 60 + 30);
            mail.Add(Meeting("private-meeting", "singleInstance", _me, [Client().Mail], start, 90, "Lunch", isPrivate: true));
        }
    }

    /// <summary>A weekly client review from the first week of the window to three weeks ahead; the 2nd is moved, the 3rd cancelled.</summary>
    private void Series(DateOnly from, DateOnly today)
    {
        var client = _clients[index % _clients.Count];
        var attendees = new List<MailAddress> { client.Mail };
        if (index % 3 == 0 && _colleagues.Count > 0)
        {
            attendees.Add(_colleagues[^1]);
        }

        var weekday = (DayOfWeek)(1 + (index % 5));
        var first = from.AddDays(((int)weekday - (int)from.DayOfWeek + 7) % 7);
        var minute = (10 * 60) + ((index % 3) * 60);
        var seriesUid = mail.NextUid(random);
        var subject = "Weekly review: " + client.Party.DisplayName;
        var occurrences = new List<MeetingPlan>();
        for (var (date, k) = (first, 0); date <= today.AddDays(21); date = date.AddDays(7), k++)
        {
            var start = Local(date, minute);
            var plan = Meeting("series-occurrence", "occurrence", _me, attendees, start, 45, subject) with
            {
                SeriesUid = seriesUid,
                OriginalStart = start,
                IsOnline = true,
            };
            if (k == 1)
            {
                var moved = Local(date.AddDays(1), minute + 120);
                plan = plan with { Case = "series-moved", Type = "exception", Start = moved, End = moved.AddMinutes(45) };
            }
            else if (k == 2)
            {
                plan = plan with { Case = "series-cancelled", Type = "exception", IsCancelled = true };
            }

            occurrences.Add(plan);
        }

        mail.AddSeries(seriesUid, occurrences, weekday);
    }

    private void SeveralRepsAndClients(DateOnly day)
    {
        var first = Client();
        var attendees = new List<MailAddress> { first.Mail, OtherClient(first).Mail };
        if (_colleagues.Count > 0)
        {
            attendees.Insert(0, random.Pick(_colleagues));
        }

        var start = Local(day, random.Between(9, 16) * 60);
        mail.Add(Meeting("several-reps-and-clients", "singleInstance", _me, attendees, start, 60, random.Pick(ScenarioTexts.MeetingSubjects), room: true));
    }

    private void ClientInvite(DateOnly day)
    {
        var client = Client();
        var start = Local(day, random.Between(9, 16) * 60 + 30);
        mail.Add(Meeting("client-invite", "singleInstance", client.Mail, [_me], start, 60, "Meeting at our office: " + random.Pick(ScenarioTexts.MeetingSubjects)));
    }

    private MeetingPlan Meeting(
        string itemCase, string type, MailAddress organizer, IReadOnlyList<MailAddress> attendees, DateTimeOffset start, int minutes, string subject,
        bool room = false, bool isPrivate = false) => new()
        {
            Case = itemCase,
            ICalUId = mail.NextUid(random),
            Type = type,
            Organizer = organizer,
            Attendees = attendees,
            Room = room ? new MailAddress(SmallText($"room-{index % 9}@{firm.Firm.Domain}"), random.Pick(ScenarioTexts.Rooms)) : null,
            Start = start,
            End = start.AddMinutes(minutes),
            TimeZoneId = rep.TimeZoneId,
            IsPrivate = isPrivate,
            IsOnline = random.Chance(0.5),
            Subject = subject,
            Body = "Agenda to follow.",
            Location = room ? "Northbridge Wealth, " + random.Pick(ScenarioTexts.Rooms) : null,
        };
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>
/// Every email and meeting of the scenario, and who holds a copy: the sender's Sent Items and the internal
/// recipients' Inboxes; the organizer's and internal attendees' calendars. Only mailboxes of the scenario get copies.
/// </summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Reproducible test data, not security.")]
internal sealed class Mailboxes(FirmView firm)
{
    private readonly List<MailPlan> _mail = [];
    private readonly List<MeetingPlan> _meetings = [];
    private readonly List<(string Uid, List<MeetingPlan> Occurrences, DayOfWeek Weekday)> _series = [];
    private int _messages;
    private int _uids;

    public void Add(MailPlan plan) => _mail.Add(plan);

    public void Add(MeetingPlan plan) => _meetings.Add(plan);

    public void AddSeries(string uid, List<MeetingPlan> occurrences, DayOfWeek weekday) => _series.Add((uid, occurrences, weekday));

    /// <summary>Unique by its counter; shaped like a real Message-ID of the sending domain.</summary>
    public string NextMessageId(MailAddress from, DateTimeOffset at, Random random) =>
        ScenarioGenerator.Invariant($"<{at.UtcDateTime:yyyyMMddHHmmss}.{++_messages:X6}{random.Next(0x1000000):X6}@{(firm.IsInternal(from.Address) ? "mail." + firm.Firm.Domain : from.Domain)}>");

    public string NextConversationId(Random random)
    {
        var bytes = new byte[24];
        random.NextBytes(bytes);
        return "AAQkA" + Convert.ToBase64String(bytes);
    }

    /// <summary>Outlook's iCalUId shape: the fixed Outlook prefix, then a unique part.</summary>
    public string NextUid(Random random) =>
        ScenarioGenerator.Invariant($"040000008200E00074C5B7101A82E00800000000{++_uids:X8}{random.NextInt64():X16}");

    private IEnumerable<MeetingPlan> AllMeetings => _meetings.Concat(_series.SelectMany(s => s.Occurrences));

    public void Record(GroundTruthBuilder truth)
    {
        foreach (var mail in _mail)
        {
            if (firm.MailboxOwners.Contains(mail.From.Address))
            {
                truth.AddMailCopy(mail, mail.From.Address, sentCopy: true);
            }

            foreach (var owner in Recipients(mail))
            {
                truth.AddMailCopy(mail, owner, sentCopy: false);
            }
        }

        foreach (var meeting in AllMeetings)
        {
            foreach (var owner in Holders(meeting))
            {
                truth.AddMeetingCopy(meeting, owner);
            }
        }
    }

    public IReadOnlyList<ScenarioMailbox> Render()
    {
        var inbox = Group();
        var sent = Group();
        var calendar = Group();
        foreach (var mail in _mail.OrderBy(m => m.SentAt).ThenBy(m => m.InternetMessageId, StringComparer.Ordinal))
        {
            if (firm.MailboxOwners.Contains(mail.From.Address))
            {
                sent[mail.From.Address].Add((Day(mail.SentAt), GraphShapes.Message(mail, received: false, mail.SentAt)));
            }

            foreach (var owner in Recipients(mail))
            {
                var received = mail.SentAt.AddSeconds(2 + (int)(ScenarioGenerator.Mix((ulong)mail.InternetMessageId.Length ^ (ulong)mail.SentAt.Ticks) % 40));
                inbox[owner].Add((Day(received), GraphShapes.Message(mail, received: true, received, firm.Firm.Spec.Now)));
            }
        }

        foreach (var meeting in _meetings.OrderBy(m => m.Start).ThenBy(m => m.ICalUId, StringComparer.Ordinal))
        {
            foreach (var owner in Holders(meeting))
            {
                calendar[owner].Add((Day(meeting.Start), GraphShapes.Event(meeting, owner, null)));
            }
        }

        foreach (var (uid, occurrences, weekday) in _series)
        {
            foreach (var owner in Holders(occurrences[0]))
            {
                var masterId = GraphShapes.Id("series", owner, uid);
                var items = new JsonArray(GraphShapes.SeriesMaster(uid, masterId, occurrences, owner, weekday));
                foreach (var occurrence in occurrences)
                {
                    items.Add(GraphShapes.Event(occurrence, owner, masterId));
                }

                // "series-" sorts after the dated files: the occurrences come after the single meetings in delta order.
                calendar[owner].Add(("series-" + uid[^8..], items));
            }
        }

        return firm.Owners.Select(rep =>
        {
            var address = rep.Email.ToLowerInvariant();
            var files = new List<(string Path, JsonNode Content)> { ("user.json", GraphShapes.User(rep)) };
            files.AddRange(Files("messages/inbox/", inbox[address]));
            files.AddRange(Files("messages/sentitems/", sent[address]));
            files.AddRange(Files("events/", calendar[address]));
            var events = calendar[address].Sum(e => e.Item is JsonArray a ? a.Count - 1 : 1);
            return new ScenarioMailbox(address, rep.Id, (JsonObject)GraphShapes.User(rep), files, inbox[address].Count + sent[address].Count, events);
        }).ToList();
    }

    private Dictionary<string, List<(string File, JsonNode Item)>> Group() =>
        firm.MailboxOwners.ToDictionary(o => o, _ => new List<(string, JsonNode)>(), StringComparer.Ordinal);

    private static string Day(DateTimeOffset at) => ScenarioGenerator.Invariant($"{at.UtcDateTime:yyyy-MM-dd}");

    private static IEnumerable<(string Path, JsonNode Content)> Files(string folder, List<(string File, JsonNode Item)> items) =>
        items.GroupBy(i => i.File).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            (folder + g.Key + ".json", g.Count() == 1 && g.First().Item is JsonArray single ? (JsonNode)single : new JsonArray(g.Select(i => i.Item).ToArray())));

    private IEnumerable<string> Recipients(MailPlan mail) =>
        mail.To.Concat(mail.Cc).Concat(mail.Bcc).Select(a => a.Address).Where(a => a != mail.From.Address && firm.MailboxOwners.Contains(a)).Distinct();

    private IEnumerable<string> Holders(MeetingPlan meeting) =>
        new[] { meeting.Organizer.Address }.Concat(meeting.Attendees.Select(a => a.Address)).Where(firm.MailboxOwners.Contains).Distinct();
}

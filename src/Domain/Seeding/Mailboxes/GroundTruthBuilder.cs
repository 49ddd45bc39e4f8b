using System.Globalization;
using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>
/// Works out, copy by copy, what capture decides (docs/capture.md: draft → private → bulk → internal-only → match),
/// so the truth is what a correct pipeline must store, written independently of the pipeline's code. Every copy of
/// one item must reach the same decision; the generator only makes items for which that holds, and this checks it.
/// </summary>
internal sealed class GroundTruthBuilder(FirmView firm, int prospectThreshold)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, SortedSet<string> Messages, DateTimeOffset First, DateTimeOffset Last)> _sightings = new(StringComparer.Ordinal);

    public void AddMailCopy(MailPlan mail, string owner, bool sentCopy)
    {
        var participants = new List<(MailAddress Who, string Role)> { (mail.From, "From") };
        participants.AddRange(mail.To.Select(a => (a, "To")));
        participants.AddRange(mail.Cc.Select(a => (a, "Cc")));
        if (sentCopy)
        {
            participants.AddRange(mail.Bcc.Select(a => (a, "Bcc")));
        }

        // Bulk signals travel in transport headers, which only received copies have.
        var bulk = !sentCopy && (mail.ListHeaders.Count > 0 || mail.IsOther);
        Add(mail.InternetMessageId, "Email", mail.Subject, mail.SentAt, null, false, mail.Case, owner, participants, mail.Sensitivity is 1 or 2, bulk, "Bcc",
            mail.InternetMessageId);
    }

    public void AddMeetingCopy(MeetingPlan meeting, string owner)
    {
        var participants = new List<(MailAddress Who, string Role)> { (meeting.Organizer, "Organizer") };
        participants.AddRange(meeting.Attendees.Select(a => (a, "Attendee")));
        var key = MeetingKey(meeting.ICalUId, meeting.OriginalStart ?? meeting.Start);
        Add(key, "Meeting", meeting.Subject, meeting.Start, meeting.End, meeting.IsCancelled, meeting.Case, owner, participants, meeting.IsPrivate, false,
            "Attendee", null);
    }

    public static string MeetingKey(string uid, DateTimeOffset start) =>
        string.Create(CultureInfo.InvariantCulture, $"{uid}|{start.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");

    public ScenarioGroundTruth Build()
    {
        var interactions = new List<ExpectedInteraction>();
        var skipped = new List<ExpectedSkip>();
        foreach (var (key, e) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var mailboxes = e.Mailboxes.ToList();
            if (e.Reason is null)
            {
                interactions.Add(new ExpectedInteraction(key, e.Channel, e.Direction!, e.Subject, e.OccurredAt, e.EndsAt, e.Cancelled, e.Case,
                    e.Reps.ToList(), e.Parties.ToList(), mailboxes));
            }
            else
            {
                skipped.Add(new ExpectedSkip(key, e.Channel, e.Subject, e.Reason, e.Case, e.Detail, mailboxes));
            }
        }

        var prospects = _sightings
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new ExpectedProspect(s.Key, s.Value.Name, s.Value.Messages.Count,
                s.Value.Messages.Count >= prospectThreshold ? "Proposed" : "Watching", s.Value.First, s.Value.Last))
            .ToList();
        return new ScenarioGroundTruth(interactions, skipped, prospects);
    }

    private void Add(
        string key, string channel, string subject, DateTimeOffset at, DateTimeOffset? endsAt, bool cancelled, string itemCase, string owner,
        List<(MailAddress Who, string Role)> participants, bool isPrivate, bool bulk, string unnamedOwnerRole, string? messageId)
    {
        var (reason, detail) = isPrivate ? ("Private", (string?)null)
            : bulk ? ("Bulk", null)
            : participants.All(p => firm.IsInternal(p.Who.Address)) ? ("InternalOnly", null)
            : ((string?)null, (string?)null);

        var parties = new SortedSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        var inbound = !firm.IsInternal(participants[0].Who.Address);
        if (reason is null)
        {
            foreach (var (who, role) in participants.Where(p => !firm.IsInternal(p.Who.Address)))
            {
                var known = false;
                if (firm.PartiesByAddress.TryGetValue(who.Address, out var owners))
                {
                    known = true;
                    if (owners.Count == 1)
                    {
                        parties.Add($"{owners[0]}:{role}");
                    }
                }

                if (!FreeMailDomains.Contains(who.Domain) && firm.OrganisationsByDomain.TryGetValue(who.Domain, out var organisations))
                {
                    known = true;
                    parties.Add($"{organisations[0]}:{role}");
                }

                if (!known)
                {
                    unknown.Add(who.Address);
                }
            }

            var from = participants[0].Who;
            if (inbound && messageId is not null && unknown.Contains(from.Address))
            {
                Sight(from, messageId, at);
            }

            if (parties.Count == 0)
            {
                (reason, detail) = ("NoPartyMatched", "Unknown: " + string.Join(", ", unknown.Distinct()));
            }
        }

        if (!_entries.TryGetValue(key, out var entry))
        {
            _entries[key] = entry = new Entry(channel, subject, at, endsAt, cancelled, itemCase, reason, detail, reason is null ? (inbound ? "Inbound" : "Outbound") : null);
        }
        else if (entry.Reason != reason)
        {
            throw new InvalidOperationException($"Copies of {key} would be decided differently ({entry.Reason ?? "Captured"} / {reason ?? "Captured"}).");
        }

        entry.Mailboxes.Add(owner);
        if (reason is not null)
        {
            return;
        }

        entry.Parties.UnionWith(parties);
        var ownerNamed = false;
        foreach (var (who, role) in participants)
        {
            if (firm.UsersByEmail.TryGetValue(who.Address, out var user))
            {
                entry.Reps.Add($"{user.Id}:{role}");
                ownerNamed |= who.Address == owner;
            }
        }

        if (!ownerNamed)
        {
            entry.Reps.Add($"{firm.UsersByEmail[owner].Id}:{unnamedOwnerRole}");
        }
    }

    private void Sight(MailAddress from, string messageId, DateTimeOffset at)
    {
        if (!_sightings.TryGetValue(from.Address, out var s))
        {
            s = (from.Name, new SortedSet<string>(StringComparer.Ordinal), at, at);
        }

        s.Messages.Add(messageId);
        _sightings[from.Address] = (s.Name, s.Messages, at < s.First ? at : s.First, at > s.Last ? at : s.Last);
    }

    private sealed class Entry(
        string channel, string subject, DateTimeOffset at, DateTimeOffset? endsAt, bool cancelled, string itemCase, string? reason, string? detail, string? direction)
    {
        public string Channel { get; } = channel;

        public string Subject { get; } = subject;

        public DateTimeOffset OccurredAt { get; } = at;

        public DateTimeOffset? EndsAt { get; } = endsAt;

        public bool Cancelled { get; } = cancelled;

        public string Case { get; } = itemCase;

        public string? Reason { get; } = reason;

        public string? Detail { get; } = detail;

        public string? Direction { get; } = direction;

        public SortedSet<string> Mailboxes { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Reps { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Parties { get; } = new(StringComparer.Ordinal);
    }
}

using System.Globalization;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Seeding.Rows;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>
/// Appends interactions and what hangs off them (participants, initiative tags, brochures sent). Captured items carry
/// the natural keys Graph would give them: an RFC 5322 Message-ID shaped like the sender's mail system's
/// (Exchange Online, Gmail, a provider's own), a conversationId, and Outlook-style iCalUIds for meetings. Each key
/// embeds a bijective hash of the row number, so keys are unique by construction, not by luck.
/// </summary>
/// <summary>What a rep wrote down after a meeting or visit (recorded on the interaction itself).</summary>
internal sealed record RepNotes(string Text, DateTimeOffset At, Guid By);

internal sealed class HistoryRecorder(SeededFirm firm, SeedIds ids, int seed)
{
    private const string Base64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private readonly ulong _salt = SeedIds.Mix((ulong)(uint)seed ^ 0xC0FFEEUL);
    private readonly Dictionary<string, string> _replies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Server, string Domain)> _senders = new(StringComparer.Ordinal);
    private int _conversations;

    public int Count => firm.InteractionList.Count;

    public string NewConversation()
    {
        var n = (ulong)_conversations++;
        var bytes = new byte[18];
        BitConverter.TryWriteBytes(bytes.AsSpan(2), SeedIds.Mix(_salt ^ n));
        BitConverter.TryWriteBytes(bytes.AsSpan(10), SeedIds.Mix(~_salt ^ n));
        bytes[0] = 0x10;
        return "AAQkAD" + Convert.ToBase64String(bytes);
    }

    /// <summary>"RE: subject", one shared string per subject.</summary>
    public string Reply(string subject)
    {
        if (!_replies.TryGetValue(subject, out var reply))
        {
            reply = InteractionTexts.ReplyPrefix + subject;
            _replies[subject] = reply;
        }

        return reply;
    }

    public Guid Email(Direction direction, DateTimeOffset at, string subject, string summary, string senderAddress, string? inReplyTo, string conversationId, DateTimeOffset createdAt, out string messageId)
    {
        messageId = MessageId(senderAddress, Count);
        return Add(new InteractionRow(Id(), Channel.Email, direction, InteractionSource.Captured, at, null, subject, summary, messageId,
            inReplyTo, conversationId, null, null, messageId, null, false, createdAt));
    }

    public Guid Meeting(Direction direction, DateTimeOffset start, DateTimeOffset end, string subject, string summary, bool isCancelled, DateTimeOffset createdAt, RepNotes? notes)
    {
        var uid = ICalUId(Count);
        return Add(new InteractionRow(Id(), Channel.Meeting, direction, InteractionSource.Captured, start, end, subject, summary, null, null,
            null, uid, start, Interaction.MeetingKey(uid, start), null, isCancelled, createdAt, notes?.Text, notes?.At, notes?.By));
    }

    /// <summary>A call, visit, letter or note a rep recorded by hand.</summary>
    public Guid Logged(Channel channel, Direction direction, DateTimeOffset at, DateTimeOffset? end, string subject, string summary, Guid loggedBy, DateTimeOffset createdAt, RepNotes? notes = null) =>
        Add(new InteractionRow(Id(), channel, direction, InteractionSource.Logged, at, end, subject, summary, null, null, null, null, null, null,
            loggedBy, false, createdAt, notes?.Text, notes?.At, notes?.By));

    public void Breach(Guid interactionId, Guid partyId, Guid repId, DateTimeOffset occurredAt, DateTimeOffset detectedAt, Guid? reviewedBy, DateTimeOffset? reviewedAt, string? note) =>
        firm.CoverageBreachList.Add(new CoverageBreachRow(
            ids.For(SeedTable.CoverageBreach, firm.CoverageBreachList.Count), interactionId, partyId, repId, occurredAt, detectedAt, reviewedBy, reviewedAt, note));

    public void Party(Guid interactionId, Guid partyId, ParticipantRole role, DateTimeOffset at, string? matchedAddress) =>
        firm.InteractionPartyList.Add(new InteractionPartyRow(interactionId, partyId, role, at, matchedAddress));

    public void Rep(Guid interactionId, Guid repId, ParticipantRole role, DateTimeOffset at) =>
        firm.InteractionRepList.Add(new InteractionRepRow(interactionId, repId, role, at));

    public void Tag(Guid interactionId, Guid initiativeId, Guid taggedBy, DateTimeOffset at) =>
        firm.InteractionInitiativeList.Add(new InteractionInitiativeRow(interactionId, initiativeId, taggedBy, at));

    public void MaterialSent(Guid materialId, Guid partyId, Guid sentBy, DateTimeOffset at, Guid? interactionId) =>
        firm.MaterialSentList.Add(new MaterialSentRow(ids.For(SeedTable.MaterialSent, firm.MaterialSentList.Count), materialId, partyId, sentBy, at, interactionId));

    private Guid Id() => ids.For(SeedTable.Interaction, Count);

    private Guid Add(InteractionRow row)
    {
        firm.InteractionList.Add(row);
        return row.Id;
    }

    private string MessageId(string senderAddress, int index)
    {
        var hash = SeedIds.Mix(_salt ^ (ulong)index);
        if (!_senders.TryGetValue(senderAddress, out var sender))
        {
            sender = Sender(senderAddress);
            _senders[senderAddress] = sender;
        }

        var (server, domain) = sender;
        if (server is not null)
        {
            // Exchange Online: the sending mailbox server's name, twice.
            return string.Create(CultureInfo.InvariantCulture, $"<{server}{hash:X16}@{server}.PROD.OUTLOOK.COM>");
        }

        if (domain == "gmail.com")
        {
            Span<char> chars = stackalloc char[11];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Base64Url[(int)((hash >> (6 * i)) & 63)];
            }

            return string.Create(CultureInfo.InvariantCulture, $"<CA+{chars}{(hash >> 60):X}@mail.gmail.com>");
        }

        return string.Create(CultureInfo.InvariantCulture, $"<{hash:X16}.{index:x}@{domain}>");
    }

    /// <summary>Whether a sender's mail system is Exchange Online (the firm, and most organisations), and its server name.</summary>
    private static (string? Server, string Domain) Sender(string address)
    {
        var domain = address[(address.LastIndexOf('@') + 1)..];
        if (domain != FirmPlan.Domain && (SeedRandom.Hash(domain) % 10 >= 6 || Countries.FreeMailDomains.Contains(domain)))
        {
            return (null, domain);
        }

        var hash = SeedRandom.Hash(address);
        return (string.Create(CultureInfo.InvariantCulture, $"{Prefix(domain)}P{278 + (int)(hash % 20)}MB{hash % 10000:D4}"), domain);
    }

    private static string Prefix(string domain) => (SeedRandom.Hash(domain) % 4) switch
    {
        0 => "ZR0",
        1 => "GV0",
        2 => "LO2",
        _ => "BN8",
    };

    /// <summary>The shape Outlook gives iCalUIds: a fixed class id, then a per-item part.</summary>
    private string ICalUId(int index)
    {
        var a = SeedIds.Mix(_salt ^ 0xCA1E_0000_0000UL ^ (ulong)index);
        var b = SeedIds.Mix(~_salt ^ (ulong)index);
        return string.Create(CultureInfo.InvariantCulture, $"040000008200E00074C5B7101A82E00800000000{a:X16}000000000000000010000000{b:X16}{a ^ b:X16}");
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>
/// One user's mailbox: folders, messages, the primary calendar, and a journal of changes that delta rounds read.
/// Every change gets the next sequence number; a removal leaves a tombstone in the journal so the next round can
/// report <c>@removed</c>. All state is guarded by one lock per mailbox; item JSON is immutable and replaced on change.
/// </summary>
public sealed class Mailbox
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MailFolder> _foldersById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MailFolder> _foldersByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, StoredMessage> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredEvent> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<(string FolderId, string ItemId), long> _messageTombstones = [];
    private readonly Dictionary<string, long> _eventTombstones = new(StringComparer.Ordinal);
    private readonly SortedSet<long> _journalOrder = [];
    private readonly Dictionary<long, JournalEntry> _journal = [];
    private long _sequence;

    public Mailbox(Guid id, string address, JsonElement user, bool hasMailbox = true)
    {
        Id = id;
        Address = address;
        User = user;
        HasMailbox = hasMailbox;
        SyncGeneration = NewGeneration();
        foreach (var (name, displayName) in WellKnownFolder.DisplayNames)
        {
            var folder = new MailFolder(GraphIds.FolderId(id, name), name, displayName);
            _foldersById[folder.Id] = folder;
            _foldersByName[name] = folder;
        }
    }

    public Guid Id { get; }

    public string Address { get; }

    /// <summary>The directory entry (Graph user JSON) for <c>/users/{id}</c>.</summary>
    public JsonElement User { get; }

    /// <summary>False for a directory user without an Exchange Online mailbox (no licence, on-premises, soft-deleted):
    /// <c>/users/{id}</c> answers, mail and calendar calls get 404 MailboxNotEnabledForRESTAPI.</summary>
    public bool HasMailbox { get; }

    /// <summary>Changes when delta tokens are expired; tokens of an older generation get 410 syncStateNotFound.</summary>
    public string SyncGeneration { get; private set; }

    public IReadOnlyList<MailFolder> Folders => [.. _foldersById.Values];

    /// <summary>Where changes are announced for change notifications (none in a mailbox built on its own).</summary>
    public MailboxChangeFeed? Changes { get; init; }

    public MailFolder? FindFolder(string idOrWellKnownName) =>
        _foldersById.GetValueOrDefault(idOrWellKnownName) ?? _foldersByName.GetValueOrDefault(idOrWellKnownName);

    public MailFolder Folder(string wellKnownName) => _foldersByName[wellKnownName];

    public (int Total, int Unread) CountItems(string folderId)
    {
        lock (_gate)
        {
            var inFolder = _messages.Values.Where(m => m.FolderId == folderId).ToList();
            return (inFolder.Count, inFolder.Count(m => !(m.Json.TryGetProperty("isRead", out var r) && r.ValueKind == JsonValueKind.True)));
        }
    }

    public (int Messages, int Events) Counts()
    {
        lock (_gate)
        {
            return (_messages.Count, _events.Count);
        }
    }

    public void ExpireDeltaTokens()
    {
        lock (_gate)
        {
            SyncGeneration = NewGeneration();
        }
    }

    // ---- messages ----

    public StoredMessage? GetMessage(string id)
    {
        lock (_gate)
        {
            return _messages.GetValueOrDefault(id);
        }
    }

    /// <summary>The messages in one folder, newest change first.</summary>
    public IReadOnlyList<StoredMessage> MessagesIn(string folderId)
    {
        lock (_gate)
        {
            return [.. _messages.Values.Where(m => m.FolderId == folderId).OrderByDescending(m => m.Sequence)];
        }
    }

    /// <summary>Puts a normalised message into its folder (an existing id is replaced, as an update).</summary>
    /// <param name="mime">The MIME it was made from, if it was (see <see cref="StoredMessage.Mime"/>).</param>
    public StoredMessage PutMessage(string id, string folderId, JsonElement json, IReadOnlyList<ExtendedProperty> extendedProperties, byte[]? mime = null)
    {
        lock (_gate)
        {
            if (_messages.TryGetValue(id, out var existing) && existing.FolderId != folderId)
            {
                LeaveFolder(existing);
            }

            var message = existing ?? new StoredMessage(id, folderId, json, extendedProperties);
            var entering = existing is null || existing.FolderId != folderId;
            message.FolderId = folderId;
            message.Json = json;
            message.ExtendedProperties = extendedProperties;
            message.Mime = mime;
            _messages[id] = message;
            Record(message, entering);
            Announce("message", entering ? "created" : "updated", message);
            return message;
        }
    }

    /// <summary>Applies a change to a message's JSON; the mutation gets a fresh changeKey and lastModifiedDateTime.</summary>
    public StoredMessage? UpdateMessage(string id, Func<StoredMessage, (JsonElement Json, IReadOnlyList<ExtendedProperty> ExtendedProperties)> change)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue(id, out var message))
            {
                return null;
            }

            (message.Json, message.ExtendedProperties) = change(message);
            Record(message, entering: false);
            Announce("message", "updated", message);
            return message;
        }
    }

    public StoredMessage? MoveMessage(string id, MailFolder destination, Func<JsonElement, JsonElement> retarget)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue(id, out var message))
            {
                return null;
            }

            if (message.FolderId == destination.Id)
            {
                return message;
            }

            LeaveFolder(message);
            Announce("message", "deleted", message);
            message.FolderId = destination.Id;
            message.Json = retarget(message.Json);
            Record(message, entering: true);
            Announce("message", "created", message);
            return message;
        }
    }

    public bool DeleteMessage(string id)
    {
        lock (_gate)
        {
            if (!_messages.Remove(id, out var message))
            {
                return false;
            }

            LeaveFolder(message);
            Announce("message", "deleted", message);
            return true;
        }
    }

    /// <summary>
    /// One page of a folder's delta round. The first request of a round fixes its upper bound, so changes made while
    /// the client pages arrive in the next round; a message moved or deleted since the last round shows as removed.
    /// </summary>
    public DeltaPage ReadMessageDelta(DeltaCursor cursor, int pageSize)
    {
        lock (_gate)
        {
            var round = cursor.To == 0 ? cursor with { To = _sequence } : cursor;
            var entries = new List<DeltaEntry>(Math.Min(pageSize, 1024));
            long last = round.After;
            var more = false;
            foreach (var seq in Range(round.After, round.To))
            {
                var entry = _journal[seq];
                if (entry.FolderId != round.FolderId)
                {
                    continue;
                }

                DeltaEntry? item = entry.Kind switch
                {
                    JournalKind.Message when WantsMessage(round, _messages[entry.ItemId]) =>
                        new DeltaEntry(entry.ItemId, _messages[entry.ItemId].Json, _messages[entry.ItemId].ExtendedProperties),
                    JournalKind.MessageRemoved when !round.IsInitialRound && round.ChangeType is null or "deleted" =>
                        new DeltaEntry(entry.ItemId, null, []),
                    _ => null,
                };
                if (item is null)
                {
                    continue;
                }

                if (entries.Count == pageSize)
                {
                    more = true;
                    break;
                }

                entries.Add(item);
                last = seq;
            }

            return new DeltaPage(entries, more ? round with { After = last } : null, NextRound(round));
        }
    }

    private static bool WantsMessage(DeltaCursor round, StoredMessage message) => round.ChangeType switch
    {
        null => true,
        "created" => message.EnteredSequence > round.From,
        "updated" => message.EnteredSequence <= round.From,
        _ => false,
    };

    private void LeaveFolder(StoredMessage message)
    {
        Unjournal(message.Sequence);
        var key = (message.FolderId, message.Id);
        if (_messageTombstones.Remove(key, out var old))
        {
            Unjournal(old);
        }

        var seq = Journal(new JournalEntry(JournalKind.MessageRemoved, message.Id, message.FolderId));
        _messageTombstones[key] = seq;
    }

    private void Record(StoredMessage message, bool entering)
    {
        if (_messageTombstones.Remove((message.FolderId, message.Id), out var tombstone))
        {
            Unjournal(tombstone);
        }

        Unjournal(message.Sequence);
        message.Sequence = Journal(new JournalEntry(JournalKind.Message, message.Id, message.FolderId));
        if (entering)
        {
            message.EnteredSequence = message.Sequence;
        }
    }

    // ---- events ----

    public StoredEvent? GetEvent(string id)
    {
        lock (_gate)
        {
            return _events.GetValueOrDefault(id);
        }
    }

    public StoredEvent PutEvent(string id, JsonElement json, IReadOnlyList<ExtendedProperty> extendedProperties, EventSpan span)
    {
        lock (_gate)
        {
            var created = !_events.TryGetValue(id, out var stored);
            stored ??= new StoredEvent(id, json, extendedProperties, span);
            stored.Json = json;
            stored.ExtendedProperties = extendedProperties;
            stored.Span = span;
            _events[id] = stored;
            RecordEvent(stored, created);
            Announce("event", created ? "created" : "updated", stored.Id, null, stored.Json);
            return stored;
        }
    }

    public StoredEvent? UpdateEvent(string id, Func<JsonElement, (JsonElement Json, EventSpan Span)> change)
    {
        lock (_gate)
        {
            if (!_events.TryGetValue(id, out var stored))
            {
                return null;
            }

            (stored.Json, stored.Span) = change(stored.Json);
            RecordEvent(stored, created: false);
            Announce("event", "updated", stored.Id, null, stored.Json);
            return stored;
        }
    }

    public bool DeleteEvent(string id)
    {
        lock (_gate)
        {
            if (!_events.Remove(id, out var stored))
            {
                return false;
            }

            Unjournal(stored.Sequence);
            _eventTombstones[id] = Journal(new JournalEntry(JournalKind.EventRemoved, id, null));
            Announce("event", "deleted", id, null, stored.Json);
            return true;
        }
    }

    /// <summary>
    /// One page of a calendar view's delta round. As Graph documents, an incremental round also reports as removed
    /// the events that changed but now lie outside the window; series masters never appear (their occurrences do).
    /// </summary>
    public DeltaPage ReadCalendarDelta(DeltaCursor cursor, int pageSize)
    {
        lock (_gate)
        {
            var round = cursor.To == 0 ? cursor with { To = _sequence } : cursor;
            var (start, end) = (round.WindowStart!.Value, round.WindowEnd!.Value);
            var entries = new List<DeltaEntry>(Math.Min(pageSize, 1024));
            long last = round.After;
            var more = false;
            foreach (var seq in Range(round.After, round.To))
            {
                var entry = _journal[seq];
                DeltaEntry? item = null;
                if (entry.Kind == JournalKind.Event)
                {
                    var stored = _events[entry.ItemId];
                    if (stored.Span.IsSeriesMaster)
                    {
                        continue;
                    }

                    if (stored.Span.Overlaps(start, end))
                    {
                        item = new DeltaEntry(stored.Id, stored.Json, stored.ExtendedProperties, stored.Span);
                    }
                    else if (!round.IsInitialRound)
                    {
                        item = new DeltaEntry(stored.Id, null, []);
                    }
                }
                else if (entry.Kind == JournalKind.EventRemoved && !round.IsInitialRound)
                {
                    item = new DeltaEntry(entry.ItemId, null, []);
                }

                if (item is null)
                {
                    continue;
                }

                if (entries.Count == pageSize)
                {
                    more = true;
                    break;
                }

                entries.Add(item);
                last = seq;
            }

            return new DeltaPage(entries, more ? round with { After = last } : null, NextRound(round));
        }
    }

    private void RecordEvent(StoredEvent stored, bool created)
    {
        if (_eventTombstones.Remove(stored.Id, out var tombstone))
        {
            Unjournal(tombstone);
        }

        Unjournal(stored.Sequence);
        stored.Sequence = Journal(new JournalEntry(JournalKind.Event, stored.Id, null));
        if (created)
        {
            stored.CreatedSequence = stored.Sequence;
        }
    }

    // ---- change notifications ----

    private void Announce(string kind, string changeType, StoredMessage message) =>
        Announce(kind, changeType, message.Id, message.FolderId, message.Json);

    private void Announce(string kind, string changeType, string id, string? folderId, JsonElement json) =>
        Changes?.Publish(new MailboxChange(this, kind, changeType, id, folderId,
            json.TryGetProperty("changeKey", out var key) && key.ValueKind == JsonValueKind.String ? key.GetString() : null));

    // ---- journal ----

    private static DeltaCursor NextRound(DeltaCursor round) => round with { From = round.To, To = 0, After = round.To };

    private IEnumerable<long> Range(long after, long to) =>
        after >= to || _journalOrder.Count == 0 ? [] : _journalOrder.GetViewBetween(after + 1, to);

    private long Journal(JournalEntry entry)
    {
        var seq = ++_sequence;
        _journalOrder.Add(seq);
        _journal[seq] = entry;
        return seq;
    }

    private void Unjournal(long seq)
    {
        if (seq != 0 && _journal.Remove(seq))
        {
            _journalOrder.Remove(seq);
        }
    }

    private static string NewGeneration() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(9));
}

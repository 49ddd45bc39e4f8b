using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Scenarios;

/// <summary>
/// Loads mailbox contents written in Graph's own JSON. A scenario folder has one sub-folder per mailbox, named by
/// its address, holding <c>messages/*.json</c> and <c>events/*.json</c> (and optionally <c>user.json</c>). A file
/// holds one item, an array of items, or a Graph collection page (<c>{ "value": [...] }</c>, e.g. a sample from the
/// Graph docs; <c>@removed</c> entries are skipped). A message's folder is its <c>parentFolderId</c> as a well-known
/// name (inbox, sentitems, drafts, deleteditems, archive, junkemail), or the sub-folder of <c>messages/</c> it sits
/// in, else Inbox (Sent Items when the mailbox sent it). Files load in name order, which is the delta order.
/// Anything else in the folder (such as <c>expected.json</c>) is ignored.
/// </summary>
public sealed class ScenarioLoader(MailboxDirectory directory, TimeProvider time)
{
    public ScenarioSummary LoadFolder(string path, bool reset)
    {
        if (!Directory.Exists(path))
        {
            throw new ScenarioException($"Scenario folder '{path}' does not exist.");
        }

        var mailboxes = Directory.GetDirectories(path)
            .Where(d => Path.GetFileName(d).Contains('@', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(ReadMailboxFolder)
            .ToList();
        if (mailboxes.Count == 0)
        {
            throw new ScenarioException($"Scenario folder '{path}' has no mailbox folders (sub-folders named by address).");
        }

        return Load(mailboxes, reset);
    }

    public ScenarioSummary Load(IReadOnlyList<ScenarioMailbox> mailboxes, bool reset)
    {
        if (reset)
        {
            directory.Clear();
        }

        // Every mailbox exists before any item loads, so a message to a colleague finds the colleague's mailbox.
        var created = mailboxes.Select(m => (Source: m, Mailbox: directory.Create(m.Address, m.User))).ToList();
        var now = time.GetUtcNow();
        var (messageCount, eventCount) = (0, 0);
        foreach (var (source, mailbox) in created)
        {
            foreach (var (message, index) in (source.Messages ?? []).Select((m, i) => (m, i)))
            {
                try
                {
                    var folder = MessageShape.FolderOf(message, mailbox, FolderHint(message));
                    message.Remove(FolderHintKey);
                    var (id, json, extended) = MessageShape.Normalize(message, mailbox, folder, now);
                    mailbox.PutMessage(id, folder.Id, json, extended);
                    messageCount++;
                }
                catch (FormatException e)
                {
                    throw new ScenarioException($"{mailbox.Address}: message {Describe(message, index)}: {e.Message}", e);
                }
            }

            foreach (var (ev, index) in (source.Events ?? []).Select((e, i) => (e, i)))
            {
                try
                {
                    var (id, json, extended, span) = EventShape.Normalize(ev, mailbox, now);
                    mailbox.PutEvent(id, json, extended, span);
                    eventCount++;
                }
                catch (FormatException e)
                {
                    throw new ScenarioException($"{mailbox.Address}: event {Describe(ev, index)}: {e.Message}", e);
                }
            }
        }

        return new ScenarioSummary(created.Count, messageCount, eventCount);
    }

    private const string FolderHintKey = "@simulator.folder";

    private static string? FolderHint(JsonObject message) => GraphJson.String(message[FolderHintKey]);

    private static string Describe(JsonObject item, int index) =>
        GraphJson.String(item["id"]) ?? GraphJson.String(item["internetMessageId"]) ?? GraphJson.String(item["subject"]) ?? $"#{index + 1}";

    private static ScenarioMailbox ReadMailboxFolder(string folder)
    {
        var address = Path.GetFileName(folder);
        var userFile = Path.Combine(folder, "user.json");
        var user = File.Exists(userFile) ? ReadItems(userFile).FirstOrDefault() : null;

        var messages = new List<JsonObject>();
        var messagesFolder = Path.Combine(folder, "messages");
        if (Directory.Exists(messagesFolder))
        {
            foreach (var file in Directory.GetFiles(messagesFolder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var parent = Path.GetDirectoryName(file)!;
                var hint = parent == messagesFolder ? null : Path.GetFileName(parent);
                foreach (var message in ReadItems(file))
                {
                    if (hint is not null && message["parentFolderId"] is null)
                    {
                        message[FolderHintKey] = hint;
                    }

                    messages.Add(message);
                }
            }
        }

        var eventsFolder = Path.Combine(folder, "events");
        var events = Directory.Exists(eventsFolder)
            ? Directory.GetFiles(eventsFolder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).SelectMany(ReadItems).ToList()
            : [];
        return new ScenarioMailbox(address, user, messages, events);
    }

    private static IEnumerable<JsonObject> ReadItems(string file)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(file), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ScenarioException($"{file}: not valid JSON: {e.Message}", e);
        }

        var items = root switch
        {
            JsonObject { } page when page["value"] is JsonArray value => value,
            JsonArray array => array,
            JsonObject single => [single.DeepClone()],
            _ => throw new ScenarioException($"{file}: expected a JSON object, an array or a collection with \"value\"."),
        };
        return items.OfType<JsonObject>().Where(i => i["@removed"] is null).Select(i => (JsonObject)i.DeepClone()).ToList();
    }
}

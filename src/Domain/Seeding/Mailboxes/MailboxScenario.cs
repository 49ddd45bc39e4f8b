using System.Text.Json.Nodes;

namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>A generated scenario in memory: each mailbox's Graph JSON files and the ground truth.</summary>
public sealed class MailboxScenario
{
    internal MailboxScenario(SeedSpec spec, string firmDomain, ScenarioOptions options, IReadOnlyList<ScenarioMailbox> mailboxes, ScenarioGroundTruth truth)
    {
        Spec = spec;
        FirmDomain = firmDomain;
        Options = options;
        Mailboxes = mailboxes;
        Truth = truth;
    }

    public SeedSpec Spec { get; }

    /// <summary>The firm's mail domain: the worker's <c>Capture:FirmDomains</c>.</summary>
    public string FirmDomain { get; }

    public ScenarioOptions Options { get; }

    public IReadOnlyList<ScenarioMailbox> Mailboxes { get; }

    public ScenarioGroundTruth Truth { get; }

    public int MessageCount => Mailboxes.Sum(m => m.Messages);

    public int EventCount => Mailboxes.Sum(m => m.Events);
}

/// <summary>One mailbox: its owner and its files (path relative to the mailbox folder → Graph JSON), in write order.</summary>
public sealed record ScenarioMailbox(string Address, Guid FirmUserId, JsonObject User, IReadOnlyList<(string Path, JsonNode Content)> Files, int Messages, int Events);

namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>
/// What capture must make of a scenario (written as <c>expected.json</c>): every interaction with its natural key,
/// channel, direction, parties and reps; every item it must not store, with the reason; the proposed prospects.
/// </summary>
public sealed record ScenarioGroundTruth(
    IReadOnlyList<ExpectedInteraction> Interactions, IReadOnlyList<ExpectedSkip> NotCaptured, IReadOnlyList<ExpectedProspect> Prospects);

/// <summary>
/// One interaction capture must store once. <see cref="Reps"/> and <see cref="Parties"/> are <c>"{id}:{role}"</c>
/// (firm user id / party id, then the <c>ParticipantRole</c>), sorted.
/// </summary>
public sealed record ExpectedInteraction(
    string Key, string Channel, string Direction, string Subject, DateTimeOffset OccurredAt, DateTimeOffset? EndsAt, bool Cancelled,
    string Case, IReadOnlyList<string> Reps, IReadOnlyList<string> Parties, IReadOnlyList<string> Mailboxes);

/// <summary>An item capture must skip in every mailbox holding it; <see cref="Reason"/> is a <c>CaptureReason</c> name.</summary>
public sealed record ExpectedSkip(string Key, string Channel, string Subject, string Reason, string Case, string? Detail, IReadOnlyList<string> Mailboxes);

/// <summary>An unknown sender capture counts (distinct messages); <see cref="Status"/> is Proposed at the threshold, else Watching.</summary>
public sealed record ExpectedProspect(string Address, string Name, int Messages, string Status, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);

using OutlookCms.Domain.Marketing;

namespace OutlookCms.Domain.Seeding.Rows;

public sealed record ProductRow(Guid Id, string Code, string Name, bool IsActive);

public sealed record MaterialRow(Guid Id, Guid ProductId, string Title, string? Edition);

public sealed record InitiativeRow(
    Guid Id, InitiativeKind Kind, string Name, decimal CostAmount, string CostCurrency, DateOnly StartsOn, DateOnly? EndsOn, Guid? ProductId);

public readonly record struct PartyInitiativeRow(Guid PartyId, Guid InitiativeId, Guid? TaggedById, DateTimeOffset TaggedAt);

public readonly record struct InteractionInitiativeRow(Guid InteractionId, Guid InitiativeId, Guid? TaggedById, DateTimeOffset TaggedAt);

public readonly record struct OutcomeInitiativeRow(Guid OutcomeId, Guid InitiativeId, Guid? TaggedById, DateTimeOffset TaggedAt);

public sealed record MaterialSentRow(Guid Id, Guid MaterialId, Guid PartyId, Guid SentById, DateTimeOffset SentAt, Guid? InteractionId);

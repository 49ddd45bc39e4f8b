using OutlookCms.Domain.Clients;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Outcomes;

namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>Everything the pane renders for one mail item, in one answer (<c>GET /api/pane</c>).</summary>
public sealed record PaneDto(PaneMode Mode, DateTimeOffset At, PaneViewerDto Viewer, IReadOnlyList<PaneAddressDto> Addresses,
    IReadOnlyList<PanePartyDto> Parties, IReadOnlyList<PaneWarningDto> Warnings);

public sealed record PaneViewerDto(Guid Id, string DisplayName, string Email, string Role);

/// <summary>How one address was resolved; see <see cref="PaneAddressStatus"/>.</summary>
public sealed record PaneAddressDto(string Address, PaneAddressStatus Status, Guid? PartyId, string? Error,
    ProspectSuggestion? Prospect, string? Colleague);

public enum PaneAddressStatus
{
    /// <summary>An address of a party the viewer may see (<see cref="PaneAddressDto.PartyId"/>).</summary>
    Matched,
    /// <summary>Nobody in the client book has it: offer "add as prospect".</summary>
    Unknown,
    /// <summary>It belongs to a restricted client the viewer does not cover: no details, only the warning.</summary>
    Restricted,
    /// <summary>A firm user (a colleague, or the viewer): not a client.</summary>
    Colleague,
    /// <summary>Not an email address; <see cref="PaneAddressDto.Error"/> says why.</summary>
    Invalid,
}

public sealed record PaneRefDto(Guid Id, string Name);

public sealed record PaneHouseholdDto(Guid Id, string Name, bool IsRestricted);

public sealed record PanePartyDto(Guid Id, PartyKind Kind, string DisplayName, PartyStatus Status, bool IsRestricted,
    IReadOnlyList<string> MatchedAddresses, string? JobTitle, PaneRefDto? Organisation, PaneHouseholdDto? Household,
    string? Tier, PaneCoverageDto Coverage, PaneCadenceDto Cadence, IReadOnlyList<PaneInteractionDto> Interactions,
    IReadOnlyList<PaneFollowUpDto> FollowUps, IReadOnlyList<PaneOutcomeDto> Outcomes,
    IReadOnlyList<PaneInitiativeDto> Initiatives, IReadOnlyList<PaneMaterialDto> Materials);

public sealed record PaneAdviserDto(Guid Id, string DisplayName, CoverageRole Role, bool ViaHousehold);

/// <summary>Designated advisers (of the party and of its household); restricted as the access rule sees it.</summary>
public sealed record PaneCoverageDto(IReadOnlyList<PaneAdviserDto> Advisers, bool ViewerIsAdviser, bool Restricted);

public sealed record PaneCadencePolicyDto(int ContactAtLeastEveryDays, int MaxContacts, int WindowDays, bool IsOverride);

/// <summary>Counted across every rep and channel (cancelled meetings excluded), whatever the viewer may read.</summary>
public sealed record PaneCadenceDto(PaneCadencePolicyDto? Policy, DateTimeOffset? LastContactAt, DateTimeOffset? NextDueAt,
    bool Overdue, int ContactsInWindow, bool TooOften, bool WouldBeTooOften);

public sealed record PaneInteractionDto(Guid Id, Channel Channel, Direction Direction, InteractionSource Source,
    DateTimeOffset OccurredAt, string? Subject, string? Summary, IReadOnlyList<string> Reps, bool IsCancelled);

public sealed record PaneFollowUpDto(Guid Id, FollowUpReason Reason, string? Title, DateTimeOffset DueAt, FollowUpStatus Status,
    DateTimeOffset? SnoozedUntil, bool Overdue, bool IsMine, string Owner);

public sealed record PaneOutcomeDto(Guid Id, OutcomeKind Kind, decimal Amount, string Currency, OutcomeStatus Status,
    DateTimeOffset ReportedAt, DateOnly? ExpectedOn, string ReportedBy);

public sealed record PaneInitiativeDto(Guid Id, string Name, InitiativeKind Kind, DateTimeOffset TaggedAt);

public sealed record PaneMaterialDto(Guid Id, string Title, string? Edition, DateTimeOffset SentAt, string SentBy);

public enum PaneWarningKind
{
    /// <summary>The party is restricted (only its designated advisers should contact it).</summary>
    Restricted,
    /// <summary>The viewer is not a designated adviser of a covered party.</summary>
    NotDesignatedAdviser,
    /// <summary>Writing would contact a restricted party the viewer does not cover: a coverage breach.</summary>
    CoverageBreach,
    /// <summary>The cadence maximum is exceeded (read) or one more contact would exceed it (compose).</summary>
    TooOften,
}

public sealed record PaneWarningDto(PaneWarningKind Kind, string Address, Guid? PartyId, string Message);

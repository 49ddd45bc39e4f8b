using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Bookings;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;

namespace OutlookCms.Domain.Outcomes;

/// <summary>
/// A result a rep reports (assets pledged or deposited, a mandate won). Only a controller outside the
/// reporter's reporting line may confirm or reject it; only confirmed outcomes count.
/// </summary>
public sealed class Outcome : IAudited
{
    public const int TextMaxLength = 4000;

    private readonly List<OutcomeInteraction> _interactions = [];

    private Outcome() { }

    private Outcome(OutcomeKind kind, Money amount, DateOnly? expectedOn, Guid? partyId, Guid? householdId, Guid reportedById, DateTimeOffset reportedAt, string? notes)
    {
        if (partyId is null && householdId is null)
        {
            throw new DomainRuleException("An outcome belongs to a party or a household.", "partyId");
        }

        Id = Guid.CreateVersion7();
        Kind = kind;
        Amount = amount.Amount;
        Currency = amount.Currency;
        ExpectedOn = expectedOn;
        PartyId = partyId;
        HouseholdId = householdId;
        ReportedById = Guard.NotEmpty(reportedById, nameof(reportedById));
        ReportedAt = reportedAt.ToUniversalTime();
        Notes = Guard.Optional(notes, nameof(notes), TextMaxLength);
        Status = OutcomeStatus.Reported;
    }

    public Guid Id { get; private set; }

    public OutcomeKind Kind { get; private set; }

    /// <summary>numeric(18,2), always &gt; 0.</summary>
    public decimal Amount { get; private set; }

    /// <summary>ISO 4217.</summary>
    public string Currency { get; private set; } = "";

    public Money Value => Money.Positive(Amount, Currency);

    public DateOnly? ExpectedOn { get; private set; }

    public Guid? PartyId { get; private set; }

    public Guid? HouseholdId { get; private set; }

    public Guid ReportedById { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public OutcomeStatus Status { get; private set; }

    public Guid? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>What the controller checked (e.g. the booking reference).</summary>
    public string? Evidence { get; private set; }

    /// <summary>The booked activity that confirmed it; a booking confirms at most one outcome (unique in the database).</summary>
    public Guid? EvidenceBookingId { get; private set; }

    /// <summary>Why it was rejected or lapsed.</summary>
    public string? DecisionReason { get; private set; }

    public string? Notes { get; private set; }

    public uint Version { get; private set; }

    /// <summary>The interactions that led to this outcome.</summary>
    public IReadOnlyCollection<OutcomeInteraction> Interactions => _interactions.AsReadOnly();

    public static Outcome Report(OutcomeKind kind, Money amount, DateOnly? expectedOn, Guid? partyId, Guid? householdId, Guid reportedById, DateTimeOffset now, string? notes = null) =>
        new(kind, Money.Positive(amount.Amount, amount.Currency), expectedOn, partyId, householdId, reportedById, now, notes);

    public void LinkInteraction(Guid interactionId)
    {
        if (_interactions.All(i => i.InteractionId != interactionId))
        {
            _interactions.Add(new OutcomeInteraction(Id, Guard.NotEmpty(interactionId, nameof(interactionId))));
        }
    }

    /// <summary>The rep corrects what they reported, before a controller has decided.</summary>
    public void Revise(Money amount, DateOnly? expectedOn, string? notes)
    {
        EnsureReported("revise");
        var value = Money.Positive(amount.Amount, amount.Currency);
        Amount = value.Amount;
        Currency = value.Currency;
        ExpectedOn = expectedOn;
        Notes = Guard.Optional(notes, nameof(notes), TextMaxLength);
    }

    /// <param name="controller">The user confirming; must hold the Controller role.</param>
    /// <param name="reporterLine">The reporting line of <see cref="ReportedById"/> (see <see cref="ReportingLine"/>).</param>
    public void Confirm(FirmUser controller, ReportingLine reporterLine, string evidence, DateTimeOffset now)
    {
        EnsureIndependent(controller, reporterLine, "confirm");
        Decide(OutcomeStatus.Confirmed, controller.Id, now);
        Evidence = Guard.Required(evidence, nameof(evidence), TextMaxLength);
    }

    /// <summary>Confirms against a booking in the firm's books, which becomes the evidence.</summary>
    public void Confirm(FirmUser controller, ReportingLine reporterLine, BookedActivity booking, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (!BookingTypes.Inflows.Contains(booking.Type))
        {
            throw new DomainRuleException($"A {booking.Type} brings no assets in, so it cannot confirm an outcome.", "bookingId");
        }

        if (booking.Currency != Currency)
        {
            throw new DomainRuleException($"The booking is in {booking.Currency}; the outcome is in {Currency}.", "bookingId");
        }

        var evidence = $"booking {booking.Account}{(booking.Reference.Length > 0 ? " " + booking.Reference : "")} of {booking.BookedOn:yyyy-MM-dd}: "
            + $"{booking.Type} {booking.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} {booking.Currency}"
            + (string.IsNullOrWhiteSpace(note) ? "" : $" ({note.Trim()})");
        Confirm(controller, reporterLine, evidence.Length <= TextMaxLength ? evidence : evidence[..TextMaxLength], now);
        EvidenceBookingId = booking.Id;
    }

    public void Reject(FirmUser controller, ReportingLine reporterLine, string reason, string? evidence, DateTimeOffset now)
    {
        EnsureIndependent(controller, reporterLine, "reject");
        Decide(OutcomeStatus.Rejected, controller.Id, now);
        DecisionReason = Guard.Required(reason, nameof(reason), TextMaxLength);
        Evidence = Guard.Optional(evidence, nameof(evidence), TextMaxLength);
    }

    /// <summary>A pledge whose money never arrived (by its expected date plus whatever grace the caller allows).</summary>
    public void Lapse(string reason, DateTimeOffset now)
    {
        EnsureReported("lapse");
        if (Kind != OutcomeKind.AssetsPledged)
        {
            throw new DomainRuleException("Only a pledge can lapse.");
        }

        Status = OutcomeStatus.Lapsed;
        DecidedAt = now.ToUniversalTime();
        DecisionReason = Guard.Required(reason, nameof(reason), TextMaxLength);
    }

    private void EnsureIndependent(FirmUser controller, ReportingLine reporterLine, string action)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(reporterLine);
        EnsureReported(action);
        if (controller.Role != FirmRole.Controller)
        {
            throw new DomainRuleException($"Only a controller may {action} an outcome; {controller.DisplayName} is a {controller.Role}.");
        }

        if (reporterLine.UserId != ReportedById)
        {
            throw new ArgumentException("The reporting line given is not the reporter's.", nameof(reporterLine));
        }

        if (controller.Id == ReportedById)
        {
            throw new DomainRuleException($"{controller.DisplayName} reported this outcome and so cannot {action} it.");
        }

        if (reporterLine.Contains(controller.Id))
        {
            throw new DomainRuleException($"{controller.DisplayName} is in the reporting line of the rep who reported this outcome and so cannot {action} it.");
        }
    }

    private void Decide(OutcomeStatus status, Guid byId, DateTimeOffset now)
    {
        Status = status;
        DecidedById = byId;
        DecidedAt = now.ToUniversalTime();
    }

    private void EnsureReported(string action)
    {
        if (Status != OutcomeStatus.Reported)
        {
            throw new DomainRuleException($"Cannot {action} an outcome that is already {Status}.");
        }
    }
}

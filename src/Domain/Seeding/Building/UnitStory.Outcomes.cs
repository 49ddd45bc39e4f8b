using System.Globalization;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Outcomes;
using OutlookCms.Domain.Seeding.Rows;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>
/// What a unit's contacts brought in. Each outcome follows a substantive contact (a meeting, visit or call) by hours or
/// days, links the interactions of that contact, and is decided by a controller (never the reporter, never anyone in
/// the reporter's line) once enough time has passed: pledges wait for their expected date and then are confirmed as
/// deposited, lapse, or are rejected; recent outcomes are still reported. Outcomes within 120 days after an event the
/// client attended are tagged with that initiative.
/// </summary>
internal sealed partial class UnitStory
{
    private static readonly IReadOnlyList<(OutcomeKind, int)> InstitutionalOutcomes =
        [(OutcomeKind.MandateWon, 45), (OutcomeKind.AssetsDeposited, 25), (OutcomeKind.AssetsPledged, 20), (OutcomeKind.Other, 10)];

    private static readonly IReadOnlyList<(OutcomeKind, int)> PrivateOutcomes =
        [(OutcomeKind.AssetsPledged, 40), (OutcomeKind.AssetsDeposited, 40), (OutcomeKind.MandateWon, 10), (OutcomeKind.Other, 10)];

    private void Outcomes()
    {
        if (_unit.Status == PartyStatus.Former || _anchors.Count == 0)
        {
            return;
        }

        var chance = _unit.Status == PartyStatus.Prospect ? 0.08 : (_unit.Tier?.Rank ?? 3) switch
        {
            1 => 0.55,
            2 => 0.30,
            _ => 0.12,
        };
        if (_attended.Count > 0)
        {
            chance += 0.25;
        }

        if (!_random.Chance(chance))
        {
            return;
        }

        var count = _unit.Tier == Catalogue.Platinum && _random.Chance(0.3) ? 2 : 1;
        var substantive = _anchors.Where(a => a.Substantive).ToList();
        var after = _attended.Count > 0
            ? substantive.Where(a => a.At > _attended[0].At && a.At < _attended[0].At.AddDays(120)).ToList()
            : [];
        var candidates = after.Count > 0 && _random.Chance(0.7) ? after : substantive.Count > 0 ? substantive : _anchors;
        for (var i = 0; i < count; i++)
        {
            Outcome(_random.Pick(candidates));
        }
    }

    private void Outcome(Anchor anchor)
    {
        var reportedAt = anchor.At.AddMinutes(_random.Between(120, 5 * 24 * 60));
        if (reportedAt >= _now)
        {
            reportedAt = Max(anchor.At, _now.AddMinutes(-_random.Between(1, 60)));
        }

        var kind = _random.PickWeighted(_unit.IsInstitutional ? InstitutionalOutcomes : PrivateOutcomes);
        var amount = Amount(kind);
        var reportedOn = DateOnly.FromDateTime(reportedAt.UtcDateTime);
        DateOnly? expectedOn = kind switch
        {
            OutcomeKind.AssetsPledged => reportedOn.AddDays(_random.Between(14, 90)),
            OutcomeKind.AssetsDeposited when _random.Chance(0.5) => reportedOn,
            _ => null,
        };
        var decideAt = kind == OutcomeKind.AssetsPledged
            ? new DateTimeOffset(expectedOn!.Value.AddDays(_random.Between(1, 10)).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(_random.Between(0, 480))
            : reportedAt.AddDays(_random.Between(2, 25)).AddMinutes(_random.Between(0, 480));
        var householdOnly = _unit.HouseholdId is not null && _random.Chance(0.15);
        var row = new OutcomeRow
        {
            Id = _ids.For(SeedTable.Outcome, _firm.OutcomeList.Count), Kind = kind, Amount = amount, Currency = _unit.Currency, ExpectedOn = expectedOn,
            PartyId = householdOnly ? null : _unit.AnchorPartyId, HouseholdId = _unit.HouseholdId, ReportedById = anchor.Rep.Id, ReportedAt = reportedAt,
            Status = OutcomeStatus.Reported, Notes = _random.Chance(0.6) ? _random.Pick(WorkTexts.OutcomeNotes) : null,
        };

        if (decideAt <= _now)
        {
            var draw = _random.Next(100);
            var controller = _random.Pick(_staff.Controllers);
            if (kind == OutcomeKind.AssetsPledged && draw is >= 65 and < 90)
            {
                row = row with { Status = OutcomeStatus.Lapsed, DecidedAt = decideAt, DecisionReason = WorkTexts.LapseReason };
            }
            else if (draw < (kind == OutcomeKind.AssetsPledged ? 65 : 80))
            {
                row = row with { Status = OutcomeStatus.Confirmed, DecidedById = controller, DecidedAt = decideAt, Evidence = Evidence(decideAt, amount) };
            }
            else
            {
                row = row with
                {
                    Status = OutcomeStatus.Rejected, DecidedById = controller, DecidedAt = decideAt, DecisionReason = _random.Pick(WorkTexts.RejectionReasons),
                    Evidence = _random.Chance(0.5) ? string.Create(CultureInfo.InvariantCulture, $"Checked the bookings of {decideAt:MMMM yyyy}") : null,
                };
            }
        }

        _firm.OutcomeList.Add(row);
        foreach (var interaction in anchor.Interactions.Take(3))
        {
            _firm.OutcomeInteractionList.Add(new OutcomeInteractionRow(row.Id, interaction));
        }

        foreach (var (campaign, at) in _attended)
        {
            if (at <= reportedAt && at > reportedAt.AddDays(-120))
            {
                _firm.OutcomeInitiativeList.Add(new OutcomeInitiativeRow(row.Id, campaign.Id, anchor.Rep.Id, reportedAt));
            }
        }
    }

    /// <summary>Sizes that fit the client: a Platinum family's pledge is millions, a Silver client's a few hundred thousand.</summary>
    private decimal Amount(OutcomeKind kind)
    {
        var median = kind switch
        {
            OutcomeKind.MandateWon => _unit.IsInstitutional ? 6_000_000.0 : 2_000_000.0,
            OutcomeKind.Other => 250_000.0,
            _ => ((_unit.Tier?.Rank ?? 4) switch
            {
                1 => 4_000_000.0,
                2 => 1_200_000.0,
                3 => 300_000.0,
                _ => 500_000.0,
            }) * (_unit.IsInstitutional ? 3 : 1),
        };
        var value = (decimal)_random.LogNormal(median, 0.7);
        var step = value >= 1_000_000m ? 50_000m : 10_000m;
        return Math.Max(10_000m, Math.Round(value / step) * step);
    }

    private string Evidence(DateTimeOffset decidedAt, decimal amount) => string.Create(CultureInfo.InvariantCulture,
        $"Booking BK-{decidedAt:yyyy}-{_random.Next(100_000, 999_999)} of {amount:N0} {_unit.Currency} on account {_unit.Country.Code}{_random.Next(10, 99)} {_random.Next(1000, 9999)} {_random.Next(1000, 9999)} {_random.Next(1000, 9999)}, value date {decidedAt.AddDays(-_random.Between(0, 3)):yyyy-MM-dd}");
}

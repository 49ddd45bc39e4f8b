using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>
/// Reads everything the pane shows for a set of addresses. Every read of client data starts from the access rule;
/// each query covers all matched parties at once (never one query per party), so the number of round trips is fixed
/// (about a dozen) however many recipients a message has, and each is an index lookup by address or party id.
/// </summary>
public sealed class PaneReader(CmsDb db, TimeProvider time)
{
    public const int InteractionsPerParty = 10;
    public const int OutcomesPerParty = 10;
    public const int MaterialsPerParty = 10;
    public const int FollowUpsPerParty = 20;

    public async Task<PaneDto> ReadAsync(FirmUser me, Viewer viewer, PaneRequest request, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var valid = request.ValidAddresses.ToList();

        var colleagues = await db.FirmUsers.AsNoTracking().Where(u => valid.Contains(u.Email))
            .Select(u => new { u.Email, u.DisplayName }).ToListAsync(ct);
        var colleagueNames = colleagues.ToDictionary(c => c.Email, c => c.DisplayName);

        var visibleParties = db.VisibleParties(viewer);
        var clientAddresses = valid.Where(a => !colleagueNames.ContainsKey(a)).ToList();
        var matches = await (
            from e in db.EmailAddresses.AsNoTracking()
            where clientAddresses.Contains(e.Address)
            join p in db.Parties on e.PartyId equals p.Id
            let partyId = p.MergedIntoId ?? p.Id
            select new { e.Address, PartyId = partyId, Visible = visibleParties.Any(v => v.Id == partyId) })
            .ToListAsync(ct);

        var partyIds = matches.Where(m => m.Visible).Select(m => m.PartyId).Distinct().ToList();
        var parties = await ReadPartiesAsync(me, viewer, partyIds, matches.ToLookup(m => m.PartyId, m => m.Address), InteractionsPerParty, now, ct);

        var unknown = clientAddresses.Where(a => matches.All(m => m.Address != a)).ToList();
        var suggestions = await LoadSuggestionsAsync(viewer, unknown, ct);

        var addresses = request.Entries.Select(entry => Resolve(entry)).ToList();
        var warnings = PaneWarnings.For(request.Mode, addresses, parties);
        return new PaneDto(request.Mode, now, new PaneViewerDto(me.Id, me.DisplayName, me.Email, me.Role.ToString()),
            addresses, parties, warnings);

        PaneAddressDto Resolve(PaneRequest.Entry entry)
        {
            if (entry.Normal is not { } address)
            {
                return new PaneAddressDto(entry.Given, PaneAddressStatus.Invalid, null, $"'{entry.Given}' is not an email address.", null, null);
            }

            if (colleagueNames.TryGetValue(address, out var colleague))
            {
                return new PaneAddressDto(address, PaneAddressStatus.Colleague, null, null, null, colleague);
            }

            var visible = matches.FirstOrDefault(m => m.Address == address && m.Visible);
            if (visible is not null)
            {
                return new PaneAddressDto(address, PaneAddressStatus.Matched, visible.PartyId, null, null, null);
            }

            return matches.Any(m => m.Address == address)
                ? new PaneAddressDto(address, PaneAddressStatus.Restricted, null, null, null, null)
                : new PaneAddressDto(address, PaneAddressStatus.Unknown, null, null, suggestions[address], null);
        }
    }

    /// <summary>
    /// Everything the pane (and a party's page) shows about parties the access rule already let through: facts,
    /// coverage, cadence, the latest interactions, open follow-ups, outcomes, initiatives and materials.
    /// </summary>
    public async Task<List<PanePartyDto>> ReadPartiesAsync(FirmUser me, Viewer viewer, IReadOnlyList<Guid> visiblePartyIds,
        ILookup<Guid, string>? matchedAddresses, int interactionsPerParty, DateTimeOffset now, CancellationToken ct)
    {
        var partyIds = visiblePartyIds.ToList();
        var facts = await PartyFacts.LoadAsync(db, viewer, partyIds, ct);
        var householdIds = facts.Values.Select(f => f.HouseholdId).OfType<Guid>().Distinct().ToList();

        // An unknown sender matches no party: nothing more to ask the database about it.
        var anyParty = partyIds.Count > 0;
        var advisers = anyParty ? await LoadAdvisersAsync(partyIds, householdIds, ct) : [];
        var cadence = await CadenceCounter.CountAsync(db, partyIds, now, ct);
        var interactions = await RecentInteractions.LoadAsync(db, viewer, partyIds, interactionsPerParty, ct);
        var followUps = anyParty ? await LoadFollowUpsAsync(me, partyIds, now, ct) : [];
        var outcomes = anyParty ? await LoadOutcomesAsync(partyIds, ct) : [];
        var initiatives = anyParty ? await LoadInitiativesAsync(partyIds, ct) : [];
        var materials = anyParty ? await LoadMaterialsAsync(partyIds, ct) : [];

        var parties = new List<PanePartyDto>();
        foreach (var id in partyIds)
        {
            var f = facts[id];
            var partyAdvisers = advisers.Where(a => a.PartyId == id || (a.HouseholdId is { } h && h == f.HouseholdId))
                .Select(a => new PaneAdviserDto(a.AdviserId, a.Name, a.Role, a.HouseholdId is not null))
                .DistinctBy(a => (a.Id, a.ViaHousehold)).ToList();
            var coverage = new PaneCoverageDto(partyAdvisers, partyAdvisers.Any(a => a.Id == me.Id), f.IsRestricted);
            parties.Add(new PanePartyDto(id, f.Kind, f.DisplayName, f.Status, f.IsRestricted,
                [.. matchedAddresses?[id].Distinct() ?? []],
                f.JobTitle, f.Organisation, f.Household, f.TierName, coverage, cadence[id],
                interactions.GetValueOrDefault(id, []),
                followUps.GetValueOrDefault(id, []), outcomes.GetValueOrDefault(id, []),
                initiatives.GetValueOrDefault(id, []), materials.GetValueOrDefault(id, [])));
        }

        return parties;
    }

    private sealed record AdviserRow(Guid? PartyId, Guid? HouseholdId, Guid AdviserId, string Name, CoverageRole Role);

    private Task<List<AdviserRow>> LoadAdvisersAsync(List<Guid> partyIds, List<Guid> householdIds, CancellationToken ct) =>
        (from c in db.CoverageAssignments.AsNoTracking()
         where c.To == null && ((c.PartyId != null && partyIds.Contains(c.PartyId.Value))
             || (c.HouseholdId != null && householdIds.Contains(c.HouseholdId.Value)))
         join u in db.FirmUsers on c.AdviserId equals u.Id
         orderby c.Role, u.DisplayName
         select new AdviserRow(c.PartyId, c.HouseholdId, u.Id, u.DisplayName, c.Role)).ToListAsync(ct);

    // Follow-ups and outcomes of the matched parties need no further access test: partyIds holds only parties the
    // access rule let through, and AccessRule.VisibleFollowUps / VisibleOutcomes let through every row of a visible
    // party. Repeating the rule here would only make PostgreSQL plan it again on every pane request.
    private async Task<Dictionary<Guid, List<PaneFollowUpDto>>> LoadFollowUpsAsync(FirmUser me, List<Guid> partyIds, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await (
            from f in db.FollowUps.AsNoTracking()
            where partyIds.Contains(f.PartyId) && (f.Status == FollowUpStatus.Open || f.Status == FollowUpStatus.Snoozed)
            join u in db.FirmUsers on f.OwnerId equals u.Id
            orderby f.DueAt
            select new { Item = f, Owner = u.DisplayName }).ToListAsync(ct);
        return rows.GroupBy(r => r.Item.PartyId).ToDictionary(g => g.Key, g => g.Take(FollowUpsPerParty)
            .Select(r => new PaneFollowUpDto(r.Item.Id, r.Item.Reason, r.Item.Title, r.Item.DueAt, r.Item.Status, r.Item.SnoozedUntil,
                r.Item.IsOverdue(now), r.Item.OwnerId == me.Id, r.Owner)).ToList());
    }

    private async Task<Dictionary<Guid, List<PaneOutcomeDto>>> LoadOutcomesAsync(List<Guid> partyIds, CancellationToken ct)
    {
        var rows = await (
            from o in db.Outcomes.AsNoTracking()
            where o.PartyId != null && partyIds.Contains(o.PartyId.Value)
            join u in db.FirmUsers on o.ReportedById equals u.Id
            orderby o.ReportedAt descending
            select new { PartyId = o.PartyId!.Value, Dto = new PaneOutcomeDto(o.Id, o.Kind, o.Amount, o.Currency, o.Status, o.ReportedAt, o.ExpectedOn, u.DisplayName) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.PartyId).ToDictionary(g => g.Key, g => g.Take(OutcomesPerParty).Select(r => r.Dto).ToList());
    }

    private async Task<Dictionary<Guid, List<PaneInitiativeDto>>> LoadInitiativesAsync(List<Guid> partyIds, CancellationToken ct)
    {
        var rows = await (
            from t in db.PartyInitiatives.AsNoTracking()
            where partyIds.Contains(t.PartyId)
            join i in db.Initiatives on t.InitiativeId equals i.Id
            orderby t.TaggedAt descending
            select new { t.PartyId, Dto = new PaneInitiativeDto(i.Id, i.Name, i.Kind, t.TaggedAt) }).ToListAsync(ct);
        return rows.GroupBy(r => r.PartyId).ToDictionary(g => g.Key, g => g.Select(r => r.Dto).ToList());
    }

    private async Task<Dictionary<Guid, List<PaneMaterialDto>>> LoadMaterialsAsync(List<Guid> partyIds, CancellationToken ct)
    {
        var rows = await (
            from s in db.MaterialsSent.AsNoTracking()
            where partyIds.Contains(s.PartyId)
            join m in db.Materials on s.MaterialId equals m.Id
            join u in db.FirmUsers on s.SentById equals u.Id
            orderby s.SentAt descending
            select new { s.PartyId, Dto = new PaneMaterialDto(s.Id, m.Title, m.Edition, s.SentAt, u.DisplayName) }).ToListAsync(ct);
        return rows.GroupBy(r => r.PartyId).ToDictionary(g => g.Key, g => g.Take(MaterialsPerParty).Select(r => r.Dto).ToList());
    }

    private async Task<Dictionary<string, ProspectSuggestion>> LoadSuggestionsAsync(Viewer viewer, List<string> unknown, CancellationToken ct)
    {
        if (unknown.Count == 0)
        {
            return [];
        }

        var domains = unknown.Select(MailAddressText.DomainOf).Distinct().Where(d => !FreeMail.IsFreeMail(d)).ToList();
        var queued = await db.ProposedProspects.AsNoTracking().Where(p => unknown.Contains(p.Address))
            .Select(p => new { p.Address, p.DisplayName, p.MessageCount }).ToListAsync(ct);
        var organisations = await (
            from d in db.OrganisationDomains.AsNoTracking()
            where domains.Contains(d.Domain)
            join o in db.VisibleParties(viewer) on d.OrganisationId equals o.Id
            select new { d.Domain, o.Id, o.DisplayName }).ToListAsync(ct);
        return unknown.ToDictionary(a => a, a =>
        {
            var seen = queued.FirstOrDefault(q => q.Address == a);
            var org = organisations.FirstOrDefault(o => o.Domain == MailAddressText.DomainOf(a));
            return ProspectSuggestion.For(a, seen?.DisplayName, org?.Id, org?.DisplayName, seen?.MessageCount);
        });
    }
}

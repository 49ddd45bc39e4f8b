using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Api.ClientBook;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>Changing the client book: edit a party, merge a duplicate into it, and read back every change (the audit log) to explain it.</summary>
public static class PartyChangesApi
{
    /// <summary>How many changes a party's history returns, newest first.</summary>
    public const int HistoryLength = 200;

    public static void MapPartyChangesApi(this WebApplication app)
    {
        var parties = app.MapGroup("/api/parties").WithTags("Parties");
        parties.MapPut("/{id:guid}", Edit).RequireAuthorization(Policies.RepOrManager);
        parties.MapPost("/{id:guid}/merge", Merge).RequireAuthorization(Policies.RepOrManager);
        parties.MapGet("/{id:guid}/history", History).RequireAuthorization(Policies.AnyFirmUser);
    }

    public sealed record MergeRequest(Guid DuplicateId, string Reason);

    public sealed record ChangeDto(DateTimeOffset At, string ActorName, string Action, string EntityType, string EntityId,
        JsonElement? Before, JsonElement? After, string? Reason);

    private static async Task<Results<Ok<PartiesApi.PartyOverviewDto>, NotFound, ValidationProblem>> Edit(
        Guid id, EditPartyRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var viewer = await current.ViewerAsync(ct);
        var party = await db.VisibleParties(viewer).AsSplitQuery()
            .Include(p => p.Emails).Include(p => p.Phones).Include(p => p.Addresses)
            .SingleOrDefaultAsync(p => p.Id == id && p.MergedIntoId == null, ct);
        if (party is null)
        {
            return TypedResults.NotFound();
        }

        if (party is Organisation)
        {
            await db.Entry((Organisation)party).Collection(o => o.Offices).LoadAsync(ct);
        }

        var errors = PartyEdit.Apply(party, request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // The party row is always written with the version the editor saw, so an edit made from a stale page —
        // even one that only touched emails or addresses — is a 409, not a silent overwrite.
        db.Entry(party).Property(p => p.Version).OriginalValue = request.Version;
        db.Entry(party).Property(p => p.DisplayName).IsModified = true;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await PartiesApi.OverviewAsync(party.Id, await current.GetAsync(ct), viewer, db, time, ct)
            ?? throw new InvalidOperationException("The party just edited cannot be read back."));
    }

    private static async Task<Results<Ok<PartyMergeSummary>, NotFound>> Merge(
        Guid id, MergeRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var viewer = await current.ViewerAsync(ct);
        var visible = await db.VisibleParties(viewer).Where(p => (p.Id == id || p.Id == request.DuplicateId) && p.MergedIntoId == null)
            .CountAsync(ct);
        // Both must be the caller's to see: merging moves the duplicate's whole history under the survivor.
        if (visible < (id == request.DuplicateId ? 1 : 2))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await PartyMerge.MergeAsync(db, id, request.DuplicateId, request.Reason, time.GetUtcNow(), ct));
    }

    private static async Task<Results<Ok<List<ChangeDto>>, NotFound>> History(Guid id, CurrentUser current, CmsDb db, CancellationToken ct)
    {
        var viewer = await current.ViewerAsync(ct);
        if (!await db.VisibleParties(viewer).AnyAsync(p => p.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var key = id.ToString();
        // The party's own rows, and its contact details' rows by the party id they carry (index ix_audit_entries_party_detail).
        var rows = await db.AuditEntries.FromSql($"""
            SELECT * FROM cms.audit_entries WHERE entity_type IN ('Person', 'Organisation') AND entity_id = {key}
            UNION ALL
            SELECT * FROM cms.audit_entries
            WHERE entity_type IN ('EmailAddress', 'Phone', 'PostalAddress') AND coalesce(after->>'partyId', before->>'partyId') = {key}
            """).AsNoTracking().OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(HistoryLength).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(a => new ChangeDto(a.At, a.ActorName, a.Action, a.EntityType, a.EntityId,
            Parse(a.Before), Parse(a.After), a.Reason)).ToList());
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}

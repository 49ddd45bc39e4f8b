using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Clients;

/// <summary>What a merge moved from the duplicate to the survivor, as the audit log keeps it.</summary>
public sealed record PartyMergeSummary(
    Guid SurvivorId,
    Guid DuplicateId,
    string DuplicateName,
    IReadOnlyList<Guid> Interactions,
    IReadOnlyList<Guid> Outcomes,
    IReadOnlyList<Guid> FollowUps,
    IReadOnlyList<string> Emails,
    int Phones,
    int Addresses,
    int Coverage,
    int Shares,
    int Initiatives,
    int MaterialsSent,
    int People,
    IReadOnlyList<string> Inherited);

/// <summary>
/// Merges a duplicate party into the one that survives, set-based in one transaction: every row that points at
/// the duplicate moves (interactions, contact details, outcomes, follow-ups, coverage, shares, tags, materials;
/// for organisations also people, departments, offices and mail domains), rows the survivor already has are
/// dropped rather than doubled, and the duplicate stays behind as a redirect. Both parties get a "Merged" audit
/// row that lists what moved, so the merge can be explained (and undone by hand) later.
/// </summary>
public static class PartyMerge
{
    public const string AuditAction = "Merged";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <remarks>Runs in the caller's transaction when there is one, otherwise in its own.</remarks>
    public static async Task<PartyMergeSummary> MergeAsync(CmsDb db, Guid survivorId, Guid duplicateId, string reason, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var why = Guard.Required(reason, nameof(reason), 2000);
        if (survivorId == duplicateId)
        {
            throw new DomainRuleException("A party cannot be merged into itself.", "duplicateId");
        }

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            // Locked in id order (no deadlock with a merge the other way round); FOR UPDATE also holds off
            // inserts that reference either party (their foreign-key check needs a key-share lock) until we commit.
            var locked = await db.Database.SqlQuery<LockedParty>($"""
                SELECT id, kind, display_name AS name, merged_into_id
                FROM cms.parties WHERE id IN ({survivorId}, {duplicateId}) ORDER BY id FOR UPDATE
                """).ToListAsync(ct);
            var survivor = locked.SingleOrDefault(p => p.Id == survivorId) ?? throw new DomainRuleException("The surviving party does not exist.", "survivorId");
            var duplicate = locked.SingleOrDefault(p => p.Id == duplicateId) ?? throw new DomainRuleException("The duplicate does not exist.", "duplicateId");
            if (survivor.MergedIntoId is not null || duplicate.MergedIntoId is not null)
            {
                throw new DomainRuleException($"{(survivor.MergedIntoId is not null ? survivor.Name : duplicate.Name)} was already merged into another party.");
            }

            if (survivor.Kind != duplicate.Kind)
            {
                throw new DomainRuleException($"A {duplicate.Kind.ToLowerInvariant()} cannot be merged into a {survivor.Kind.ToLowerInvariant()}.", "duplicateId");
            }

            var summary = await MoveAsync(db, survivor, duplicate, now, ct);
            var actor = db.AuditActor;
            await db.AppendAsync(
            [
                AuditEntry.Record(now, actor, AuditAction, survivor.Kind, survivorId.ToString(), null, JsonSerializer.Serialize(summary, Json), why),
                AuditEntry.Record(now, actor, AuditAction, duplicate.Kind, duplicateId.ToString(),
                    JsonSerializer.Serialize(new { mergedIntoId = (Guid?)null }, Json), JsonSerializer.Serialize(new { mergedIntoId = survivorId }, Json), why),
            ], ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }

            return summary;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    private static async Task<PartyMergeSummary> MoveAsync(CmsDb db, LockedParty survivor, LockedParty duplicate, DateTimeOffset now, CancellationToken ct)
    {
        var s = survivor.Id;
        var d = duplicate.Id;
        var sql = db.Database;

        await sql.ExecuteSqlAsync($"""
            DELETE FROM cms.interaction_parties x USING cms.interaction_parties y
            WHERE x.party_id = {d} AND y.party_id = {s} AND y.interaction_id = x.interaction_id AND y.role = x.role
            """, ct);
        var interactions = await sql.SqlQuery<Guid>($"""
            UPDATE cms.interaction_parties SET party_id = {s} WHERE party_id = {d} RETURNING interaction_id AS "Value"
            """).ToListAsync(ct);
        await sql.ExecuteSqlAsync($"""
            DELETE FROM cms.coverage_breaches x USING cms.coverage_breaches y
            WHERE x.party_id = {d} AND y.party_id = {s} AND y.interaction_id = x.interaction_id AND y.rep_id = x.rep_id
            """, ct);
        await sql.ExecuteSqlAsync($"UPDATE cms.coverage_breaches SET party_id = {s} WHERE party_id = {d}", ct);

        var outcomes = await sql.SqlQuery<Guid>($"""UPDATE cms.outcomes SET party_id = {s} WHERE party_id = {d} RETURNING id AS "Value" """).ToListAsync(ct);
        var followUps = await sql.SqlQuery<Guid>($"""UPDATE cms.follow_ups SET party_id = {s} WHERE party_id = {d} RETURNING id AS "Value" """).ToListAsync(ct);
        var materials = await sql.ExecuteSqlAsync($"UPDATE cms.materials_sent SET party_id = {s} WHERE party_id = {d}", ct);
        await sql.ExecuteSqlAsync($"UPDATE cms.proposed_prospects SET party_id = {s} WHERE party_id = {d}", ct);

        // Contact details the survivor already has are dropped, not doubled; moved ones never displace its primary.
        await sql.ExecuteSqlAsync($"""
            DELETE FROM cms.email_addresses x USING cms.email_addresses y
            WHERE x.party_id = {d} AND y.party_id = {s} AND y.address = x.address
            """, ct);
        var emails = await sql.SqlQuery<string>($"""
            UPDATE cms.email_addresses SET party_id = {s},
                is_primary = x.is_primary AND NOT EXISTS (SELECT 1 FROM cms.email_addresses y WHERE y.party_id = {s})
            FROM (SELECT id, is_primary FROM cms.email_addresses WHERE party_id = {d}) x
            WHERE cms.email_addresses.id = x.id RETURNING address AS "Value"
            """).ToListAsync(ct);
        await sql.ExecuteSqlAsync($"""
            DELETE FROM cms.phones x USING cms.phones y WHERE x.party_id = {d} AND y.party_id = {s} AND y.digits = x.digits
            """, ct);
        var phones = await sql.ExecuteSqlAsync($"UPDATE cms.phones SET party_id = {s}, is_primary = false WHERE party_id = {d}", ct);
        var addresses = await sql.ExecuteSqlAsync($"UPDATE cms.postal_addresses SET party_id = {s} WHERE party_id = {d}", ct);

        // Coverage history moves whole; an assignment the survivor already holds for the same adviser is ended, not doubled.
        await sql.ExecuteSqlAsync($"""
            UPDATE cms.coverage_assignments x SET to_at = {now} FROM cms.coverage_assignments y
            WHERE x.party_id = {d} AND x.to_at IS NULL AND y.party_id = {s} AND y.to_at IS NULL AND y.adviser_id = x.adviser_id AND y.role = x.role
            """, ct);
        var coverage = await sql.ExecuteSqlAsync($"UPDATE cms.coverage_assignments SET party_id = {s} WHERE party_id = {d}", ct);
        var shares = await sql.ExecuteSqlAsync($"UPDATE cms.party_shares SET party_id = {s} WHERE party_id = {d}", ct);
        await sql.ExecuteSqlAsync($"""
            DELETE FROM cms.party_initiatives x USING cms.party_initiatives y
            WHERE x.party_id = {d} AND y.party_id = {s} AND y.initiative_id = x.initiative_id
            """, ct);
        var initiatives = await sql.ExecuteSqlAsync($"UPDATE cms.party_initiatives SET party_id = {s} WHERE party_id = {d}", ct);

        await sql.ExecuteSqlAsync($"UPDATE cms.parties SET reports_to_id = {s} WHERE reports_to_id = {d} AND id <> {s}", ct);
        var people = 0;
        if (survivor.Kind == nameof(PartyKind.Organisation))
        {
            people = await MoveOrganisationAsync(db, s, d, ct);
        }

        var inherited = await sql.SqlQuery<string>($"""
            WITH dup AS (SELECT * FROM cms.parties WHERE id = {d}),
            surv AS (SELECT * FROM cms.parties WHERE id = {s}),
            changed AS (
                UPDATE cms.parties p SET
                    is_restricted = surv.is_restricted OR dup.is_restricted,
                    tier_id = coalesce(surv.tier_id, dup.tier_id),
                    household_id = coalesce(surv.household_id, dup.household_id),
                    organisation_id = coalesce(surv.organisation_id, dup.organisation_id),
                    department_id = CASE WHEN surv.organisation_id IS NULL THEN dup.department_id ELSE surv.department_id END,
                    office_id = CASE WHEN surv.organisation_id IS NULL THEN dup.office_id ELSE surv.office_id END,
                    job_title = CASE WHEN surv.organisation_id IS NULL THEN dup.job_title ELSE surv.job_title END
                FROM surv, dup WHERE p.id = surv.id
                RETURNING surv.is_restricted AS was_restricted, p.is_restricted, surv.tier_id AS old_tier, p.tier_id,
                    surv.household_id AS old_household, p.household_id, surv.organisation_id AS old_org, p.organisation_id)
            SELECT unnest(array_remove(ARRAY[
                CASE WHEN is_restricted AND NOT was_restricted THEN 'restricted' END,
                CASE WHEN old_tier IS DISTINCT FROM tier_id THEN 'tier' END,
                CASE WHEN old_household IS DISTINCT FROM household_id THEN 'household' END,
                CASE WHEN old_org IS DISTINCT FROM organisation_id THEN 'organisation' END], NULL)) AS "Value"
            FROM changed
            """).ToListAsync(ct);
        await sql.ExecuteSqlAsync($"UPDATE cms.parties SET merged_into_id = {s} WHERE id = {d} OR merged_into_id = {d}", ct);

        return new PartyMergeSummary(s, d, duplicate.Name, [.. interactions.Distinct()], outcomes, followUps, emails, phones, addresses, coverage,
            shares, initiatives, materials, people, inherited);
    }

    /// <summary>People, departments, offices and mail domains move; a department or office the survivor has by the same name absorbs the duplicate's.</summary>
    private static async Task<int> MoveOrganisationAsync(CmsDb db, Guid s, Guid d, CancellationToken ct)
    {
        var sql = db.Database;
        await sql.ExecuteSqlAsync($"""
            UPDATE cms.parties p SET department_id = y.id
            FROM cms.departments x JOIN cms.departments y ON y.organisation_id = {s} AND y.name = x.name
            WHERE x.organisation_id = {d} AND p.department_id = x.id
            """, ct);
        await sql.ExecuteSqlAsync($"""
            UPDATE cms.parties p SET office_id = y.id
            FROM cms.offices x JOIN cms.offices y ON y.organisation_id = {s} AND y.name = x.name
            WHERE x.organisation_id = {d} AND p.office_id = x.id
            """, ct);
        await sql.ExecuteSqlAsync($"""
            UPDATE cms.departments dep SET office_id = y.id
            FROM cms.offices x JOIN cms.offices y ON y.organisation_id = {s} AND y.name = x.name
            WHERE x.organisation_id = {d} AND dep.office_id = x.id
            """, ct);
        await sql.ExecuteSqlAsync($"""
            DELETE FROM cms.departments x USING cms.departments y WHERE x.organisation_id = {d} AND y.organisation_id = {s} AND y.name = x.name
            """, ct);
        await sql.ExecuteSqlAsync($"""
            DELETE FROM cms.offices x USING cms.offices y WHERE x.organisation_id = {d} AND y.organisation_id = {s} AND y.name = x.name
            """, ct);
        await sql.ExecuteSqlAsync($"UPDATE cms.departments SET organisation_id = {s} WHERE organisation_id = {d}", ct);
        await sql.ExecuteSqlAsync($"UPDATE cms.offices SET organisation_id = {s} WHERE organisation_id = {d}", ct);
        await sql.ExecuteSqlAsync($"UPDATE cms.organisation_domains SET organisation_id = {s} WHERE organisation_id = {d}", ct);
        return await sql.ExecuteSqlAsync($"UPDATE cms.parties SET organisation_id = {s} WHERE organisation_id = {d} AND id <> {s}", ct);
    }

    private sealed record LockedParty(Guid Id, string Kind, string Name, Guid? MergedIntoId);
}

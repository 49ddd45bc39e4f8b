using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Api.Pane;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>
/// The pane's actions, one request each, one transaction each; the audit interceptor records every change under the
/// signed-in user. Parties are checked against the access rule (a party the rep may not see is a 400 naming the field).
/// Outcomes are reported through <c>POST /api/outcomes</c>.
/// </summary>
public static class PaneActionsApi
{
    public static void MapPaneActionsApi(this WebApplication app)
    {
        var pane = app.MapGroup("/api/pane").WithTags("Pane");
        pane.MapGet("/catalogue", Catalogue).RequireAuthorization(Policies.RepOrManager);
        pane.MapPost("/contacts", LogContact).RequireAuthorization(Policies.RepOrManager);
        pane.MapPost("/follow-ups", SetFollowUp).RequireAuthorization(Policies.RepOrManager);
        pane.MapPost("/follow-ups/{id:guid}/complete", CompleteFollowUp).RequireAuthorization(Policies.RepOrManager);
        pane.MapPost("/follow-ups/{id:guid}/snooze", SnoozeFollowUp).RequireAuthorization(Policies.RepOrManager);
        pane.MapPost("/initiatives", TagInitiative).RequireAuthorization(Policies.RepOrManager);
        pane.MapPost("/materials", RecordMaterialSent).RequireAuthorization(Policies.RepOrManager);
        pane.MapPost("/prospects", AddProspect).RequireAuthorization(Policies.RepOrManager);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static async Task<CatalogueDto> Catalogue(CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => i.EndsOn == null || i.EndsOn >= today.AddDays(-90))
            .OrderByDescending(i => i.StartsOn).Take(50)
            .Select(i => new CatalogueItemDto(i.Id, i.Name, i.Kind.ToString())).ToListAsync(ct);
        var materials = await (
            from m in db.Materials.AsNoTracking()
            join p in db.Products on m.ProductId equals p.Id
            where p.IsActive
            orderby m.Title
            select new CatalogueItemDto(m.Id, m.Title, m.Edition)).Take(100).ToListAsync(ct);
        return new CatalogueDto(initiatives, materials);
    }

    private static async Task<Results<Created<LoggedContactDto>, ValidationProblem>> LogContact(
        LogContactRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        if (request.Channel == Channel.Email)
        {
            return Invalid("channel", "Emails are captured from the mailbox; log a call, meeting, in-person contact, postal mail or note.");
        }

        var partyIds = request.PartyIds.Distinct().ToList();
        if (partyIds.Count is 0 or > 50)
        {
            return Invalid("partyIds", "Name between 1 and 50 parties the contact was with.");
        }

        var viewer = await current.ViewerAsync(ct);
        var visible = await db.VisibleParties(viewer).Where(p => partyIds.Contains(p.Id)).CountAsync(ct);
        if (visible != partyIds.Count)
        {
            return Invalid("partyIds", "One or more parties do not exist or you may not see them.");
        }

        var now = time.GetUtcNow();
        var at = request.OccurredAt ?? now;
        if (at > now.AddDays(1))
        {
            return Invalid("occurredAt", "A logged contact has already happened; use a follow-up for what is planned.");
        }

        if (request.DurationMinutes is < 0 or > 24 * 60)
        {
            return Invalid("durationMinutes", "The duration must be between 0 and 1440 minutes.");
        }

        var direction = request.Direction ?? (request.Channel == Channel.Note ? Direction.Internal : Direction.Outbound);
        var contact = Interaction.Log(request.Channel, direction, at,
            request.DurationMinutes is { } minutes ? at.AddMinutes(minutes) : null, request.Subject, request.Summary, viewer.UserId, now);
        contact.AddRep(viewer.UserId, request.Channel is Channel.Meeting or Channel.InPerson ? ParticipantRole.Attendee : ParticipantRole.From);
        foreach (var partyId in partyIds)
        {
            contact.AddParty(partyId, request.Channel is Channel.Meeting or Channel.InPerson ? ParticipantRole.Attendee : ParticipantRole.To);
        }

        db.Interactions.Add(contact);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/interactions/{contact.Id}",
            new LoggedContactDto(contact.Id, contact.Channel, contact.Direction, contact.OccurredAt, contact.Subject));
    }

    private static async Task<Results<Created<PaneFollowUpDto>, ValidationProblem>> SetFollowUp(
        SetFollowUpRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var me = await current.GetAsync(ct);
        if (!await db.CanSeePartyAsync(await current.ViewerAsync(ct), request.PartyId, ct))
        {
            return Invalid("partyId", $"No party {request.PartyId} that you may see.");
        }

        var now = time.GetUtcNow();
        var followUp = FollowUp.SetByHand(request.PartyId, me.Id, request.Title, request.DueAt, now);
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/follow-ups/{followUp.Id}", ToDto(followUp, me.DisplayName, now));
    }

    private static Task<Results<Ok<PaneFollowUpDto>, NotFound>> CompleteFollowUp(
        Guid id, CompleteFollowUpRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct) =>
        ChangeFollowUp(id, current, db, time, ct, (f, me, now) => f.Complete(me, request.How, now));

    private static Task<Results<Ok<PaneFollowUpDto>, NotFound>> SnoozeFollowUp(
        Guid id, SnoozeFollowUpRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct) =>
        ChangeFollowUp(id, current, db, time, ct, (f, _, now) => f.Snooze(request.Until, request.Reason, now));

    private static async Task<Results<Ok<PaneFollowUpDto>, NotFound>> ChangeFollowUp(Guid id, CurrentUser current, CmsDb db,
        TimeProvider time, CancellationToken ct, Action<FollowUp, Guid, DateTimeOffset> change)
    {
        var me = await current.GetAsync(ct);
        var followUp = await db.VisibleFollowUps(await current.ViewerAsync(ct)).SingleOrDefaultAsync(f => f.Id == id, ct);
        if (followUp is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        change(followUp, me.Id, now);
        await db.SaveChangesAsync(ct);
        var owner = await db.FirmUsers.Where(u => u.Id == followUp.OwnerId).Select(u => u.DisplayName).SingleAsync(ct);
        return TypedResults.Ok(ToDto(followUp, owner, now, me.Id));
    }

    private static PaneFollowUpDto ToDto(FollowUp f, string owner, DateTimeOffset now, Guid? me = null) =>
        new(f.Id, f.Reason, f.Title, f.DueAt, f.Status, f.SnoozedUntil, f.IsOverdue(now), me is null || f.OwnerId == me, owner);

    private static async Task<Results<Ok<PaneInitiativeDto>, Created<PaneInitiativeDto>, ValidationProblem>> TagInitiative(
        TagInitiativeRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var me = await current.GetAsync(ct);
        if (!await db.CanSeePartyAsync(await current.ViewerAsync(ct), request.PartyId, ct))
        {
            return Invalid("partyId", $"No party {request.PartyId} that you may see.");
        }

        var initiative = await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == request.InitiativeId, ct);
        if (initiative is null)
        {
            return Invalid("initiativeId", $"No initiative {request.InitiativeId}.");
        }

        var existing = await db.PartyInitiatives.AsNoTracking()
            .SingleOrDefaultAsync(t => t.PartyId == request.PartyId && t.InitiativeId == request.InitiativeId, ct);
        if (existing is not null)
        {
            // Tagging twice is harmless: the first tag stands.
            return TypedResults.Ok(new PaneInitiativeDto(initiative.Id, initiative.Name, initiative.Kind, existing.TaggedAt));
        }

        var tag = new PartyInitiative(request.PartyId, initiative.Id, me.Id, time.GetUtcNow());
        db.PartyInitiatives.Add(tag);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/parties/{request.PartyId}",
            new PaneInitiativeDto(initiative.Id, initiative.Name, initiative.Kind, tag.TaggedAt));
    }

    private static async Task<Results<Created<PaneMaterialDto>, ValidationProblem>> RecordMaterialSent(
        MaterialSentRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var me = await current.GetAsync(ct);
        var viewer = await current.ViewerAsync(ct);
        if (!await db.CanSeePartyAsync(viewer, request.PartyId, ct))
        {
            return Invalid("partyId", $"No party {request.PartyId} that you may see.");
        }

        var material = await db.Materials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == request.MaterialId, ct);
        if (material is null)
        {
            return Invalid("materialId", $"No material {request.MaterialId}.");
        }

        if (request.InteractionId is { } interactionId && !await db.VisibleInteractions(viewer).AnyAsync(i => i.Id == interactionId, ct))
        {
            return Invalid("interactionId", $"No interaction {interactionId} that you may see.");
        }

        var sent = new MaterialSent(material.Id, request.PartyId, me.Id, time.GetUtcNow(), request.InteractionId);
        db.MaterialsSent.Add(sent);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/parties/{request.PartyId}",
            new PaneMaterialDto(sent.Id, material.Title, material.Edition, sent.SentAt, me.DisplayName));
    }

    private static async Task<Results<Created<ProspectCreatedDto>, ValidationProblem>> AddProspect(
        AddProspectRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var me = await current.GetAsync(ct);
        var viewer = await current.ViewerAsync(ct);
        var address = MailAddressText.Normalize(request.Address, "address");
        if (await db.EmailAddresses.AnyAsync(e => e.Address == address, ct))
        {
            return Invalid("address", $"{address} already belongs to a party.");
        }

        if (await db.FirmUsers.AnyAsync(u => u.Email == address, ct))
        {
            return Invalid("address", $"{address} is a colleague's address.");
        }

        var domain = MailAddressText.DomainOf(address);
        var freeMail = FreeMail.IsFreeMail(domain);
        var now = time.GetUtcNow();
        var person = new Person(request.GivenName, request.FamilyName, PartyStatus.Prospect, now);
        person.AddEmail(address, freeMail ? EmailKind.FreeMail : EmailKind.Work, isPrimary: true);

        Organisation? organisation = null;
        if (request.OrganisationId is { } organisationId)
        {
            organisation = await db.VisibleParties(viewer).OfType<Organisation>().SingleOrDefaultAsync(o => o.Id == organisationId, ct);
            if (organisation is null)
            {
                return Invalid("organisationId", $"No organisation {organisationId} that you may see.");
            }
        }
        else if (!string.IsNullOrWhiteSpace(request.OrganisationName))
        {
            if (freeMail)
            {
                return Invalid("organisationName", $"{domain} is a free-mail domain: it says nothing about an employer. Leave the organisation empty or pick an existing one.");
            }

            if (await db.OrganisationDomains.AnyAsync(d => d.Domain == domain, ct))
            {
                return Invalid("organisationName", $"{domain} already belongs to an organisation; pick it instead of creating another.");
            }

            organisation = new Organisation(request.OrganisationName, PartyStatus.Prospect, now);
            organisation.AddDomain(domain);
            db.Organisations.Add(organisation);
        }

        if (organisation is not null)
        {
            person.WorkAt(organisation, null, null, request.JobTitle, null, null);
        }

        db.People.Add(person);
        var queued = await db.ProposedProspects.SingleOrDefaultAsync(p => p.Address == address, ct);
        var accepted = false;
        if (queued is { Status: not (Domain.Capture.ProspectStatus.Accepted or Domain.Capture.ProspectStatus.Dismissed) })
        {
            queued.Accept(person.Id, me.Id, now);
            accepted = true;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/parties/{person.Id}", new ProspectCreatedDto(person.Id, person.DisplayName, organisation?.Id, accepted));
    }
}

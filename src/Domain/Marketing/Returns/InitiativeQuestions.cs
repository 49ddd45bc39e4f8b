using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Marketing.Returns;

/// <summary>
/// The three one-call questions about initiatives and materials, each answered over the parties the viewer may see
/// (<see cref="AccessRule.VisibleParties"/>). An initiative's "attendees" are the parties tagged with it and the parties
/// of interactions tagged with it.
/// </summary>
public static class InitiativeQuestions
{
    /// <summary>The clients in the latest promotion (by start date) for a product; null when it had none.</summary>
    public static async Task<PromotionClients?> LatestPromotionClientsAsync(CmsDb db, Viewer viewer, Guid productId, CancellationToken cancellationToken)
    {
        var promotion = await db.Initiatives.AsNoTracking()
            .Where(i => i.ProductId == productId && i.Kind == InitiativeKind.Promotion)
            .OrderByDescending(i => i.StartsOn).ThenByDescending(i => i.Id)
            .Select(i => new InitiativeRef(i.Id, i.Name, i.StartsOn, i.EndsOn))
            .FirstOrDefaultAsync(cancellationToken);
        if (promotion is null)
        {
            return null;
        }

        var clients = await Attendees(db, viewer, promotion.Id)
            .OrderBy(p => p.DisplayName).Select(p => new PartyRef(p.Id, p.DisplayName)).ToListAsync(cancellationToken);
        return new PromotionClients(promotion, clients);
    }

    /// <summary>Who already received a material about the product, with the latest one each got.</summary>
    public static async Task<IReadOnlyList<MaterialHolder>> BrochureHoldersAsync(CmsDb db, Viewer viewer, Guid productId, CancellationToken cancellationToken)
    {
        var visible = db.VisibleParties(viewer).Select(p => p.Id);
        var sent = await (from s in db.MaterialsSent
                          join m in db.Materials on s.MaterialId equals m.Id
                          join p in db.Parties on s.PartyId equals p.Id
                          where m.ProductId == productId && visible.Contains(s.PartyId)
                          select new { p.Id, p.DisplayName, m.Title, m.Edition, s.SentAt })
            .AsNoTracking().ToListAsync(cancellationToken);
        return sent.GroupBy(s => (s.Id, s.DisplayName))
            .Select(g => g.OrderByDescending(s => s.SentAt).First())
            .OrderBy(s => s.DisplayName)
            .Select(s => new MaterialHolder(s.Id, s.DisplayName, s.Title, s.Edition, s.SentAt))
            .ToList();
    }

    /// <summary>
    /// The initiative's attendees nobody has contacted since it ended (its start day when it has no end): no interaction
    /// with them, by any rep and on any channel, after that day. Null when there is no such initiative.
    /// </summary>
    public static async Task<Uncontacted?> NotContactedSinceAsync(CmsDb db, Viewer viewer, Guid initiativeId, CancellationToken cancellationToken)
    {
        var initiative = await db.Initiatives.AsNoTracking().Where(i => i.Id == initiativeId)
            .Select(i => new InitiativeRef(i.Id, i.Name, i.StartsOn, i.EndsOn)).FirstOrDefaultAsync(cancellationToken);
        if (initiative is null)
        {
            return null;
        }

        var lastDay = initiative.EndsOn ?? initiative.StartsOn;
        var since = new DateTimeOffset(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var contacts = from ip in db.InteractionParties
                       join i in db.Interactions on ip.InteractionId equals i.Id
                       where !i.IsCancelled
                       select ip;
        var parties = await Attendees(db, viewer, initiativeId)
            .Where(p => !contacts.Any(c => c.PartyId == p.Id && c.OccurredAt >= since))
            .OrderBy(p => p.DisplayName)
            .Select(p => new UncontactedParty(p.Id, p.DisplayName, contacts.Where(c => c.PartyId == p.Id).Max(c => (DateTimeOffset?)c.OccurredAt)))
            .ToListAsync(cancellationToken);
        return new Uncontacted(initiative, since, parties);
    }

    private static IQueryable<Clients.Party> Attendees(CmsDb db, Viewer viewer, Guid initiativeId)
    {
        var tagged = db.PartyInitiatives.Where(t => t.InitiativeId == initiativeId).Select(t => t.PartyId)
            .Union(from t in db.InteractionInitiatives
                   join ip in db.InteractionParties on t.InteractionId equals ip.InteractionId
                   where t.InitiativeId == initiativeId
                   select ip.PartyId);
        return db.VisibleParties(viewer).AsNoTracking().Where(p => tagged.Contains(p.Id));
    }
}

public sealed record InitiativeRef(Guid Id, string Name, DateOnly StartsOn, DateOnly? EndsOn);

public sealed record PartyRef(Guid Id, string DisplayName);

public sealed record PromotionClients(InitiativeRef Promotion, IReadOnlyList<PartyRef> Clients);

public sealed record MaterialHolder(Guid PartyId, string DisplayName, string Title, string? Edition, DateTimeOffset LastSentAt);

public sealed record UncontactedParty(Guid Id, string DisplayName, DateTimeOffset? LastContactAt);

/// <param name="Since">Contacts from this moment on count as "since the initiative".</param>
public sealed record Uncontacted(InitiativeRef Initiative, DateTimeOffset Since, IReadOnlyList<UncontactedParty> Parties);

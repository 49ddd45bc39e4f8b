using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Demo;

/// <summary>
/// Demo only (mapped when Demo:Enabled): the signed-in rep's inbox for the Outlook preview at <c>/preview.html</c>.
/// The messages are the rep's captured (or seeded) email interactions in the database, plus one message per
/// sighting of an unknown sender (capture's prospect queue), so "add as prospect" can be tried. The database, not the
/// simulator mailbox, is the source: it is what every demo has, with or without a loaded scenario.
/// </summary>
public static class PreviewApi
{
    public const int MaxMessages = 40;

    public static void MapPreviewApi(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            return;
        }

        app.MapGet("/demo/preview/messages", Messages).RequireAuthorization(Policies.AnyFirmUser).WithTags("Demo");
    }

    public sealed record PreviewPerson(string Address, string? Name);

    public sealed record PreviewMessage(string Id, DateTimeOffset ReceivedAt, string Subject, string Body, PreviewPerson From,
        IReadOnlyList<PreviewPerson> To, IReadOnlyList<PreviewPerson> Cc);

    private static async Task<List<PreviewMessage>> Messages(CurrentUser current, CmsDb db, CancellationToken ct)
    {
        var me = await current.GetAsync(ct);
        var viewer = await current.ViewerAsync(ct);
        var mine = await (
            from i in db.VisibleInteractions(viewer).AsNoTracking()
            where i.Channel == Channel.Email && i.Reps.Any(r => r.FirmUserId == me.Id)
            orderby i.OccurredAt descending
            select new
            {
                i.Id, i.OccurredAt, i.Subject, i.Summary, i.Direction,
                Parties = i.Parties.Select(p => new
                {
                    p.Role,
                    Address = p.MatchedAddress ?? db.EmailAddresses.Where(e => e.PartyId == p.PartyId && e.IsPrimary).Select(e => e.Address).FirstOrDefault(),
                    Name = db.Parties.Where(x => x.Id == p.PartyId).Select(x => x.DisplayName).FirstOrDefault(),
                }).ToList(),
            }).Take(MaxMessages).ToListAsync(ct);

        var sightings = await (
            from s in db.ProspectSightings.AsNoTracking()
            join p in db.ProposedProspects on s.Address equals p.Address
            orderby s.SeenAt descending
            select new { s.InternetMessageId, s.Address, s.SeenAt, p.DisplayName }).Take(10).ToListAsync(ct);

        var self = new PreviewPerson(me.Email, me.DisplayName);
        var messages = mine.Select(m =>
        {
            var clients = m.Parties.Where(p => p.Address is not null).Select(p => (p.Role, Person: new PreviewPerson(p.Address!, p.Name))).ToList();
            var sender = m.Direction == Direction.Outbound
                ? self
                : clients.FirstOrDefault(c => c.Role == ParticipantRole.From).Person ?? clients.FirstOrDefault().Person ?? self;
            var to = m.Direction == Direction.Outbound
                ? clients.Where(c => c.Role != ParticipantRole.Cc).Select(c => c.Person).ToList()
                : [self, .. clients.Where(c => c.Role == ParticipantRole.To).Select(c => c.Person)];
            var cc = clients.Where(c => c.Role == ParticipantRole.Cc).Select(c => c.Person).ToList();
            return new PreviewMessage(m.Id.ToString(), m.OccurredAt, m.Subject ?? "(no subject)", m.Summary ?? "", sender, to, cc);
        }).Concat(sightings.Select(s => new PreviewMessage(s.InternetMessageId, s.SeenAt, "Enquiry about your services",
            "Hello, I was given your name and would like to learn more about how you could help me.",
            new PreviewPerson(s.Address, s.DisplayName), [self], [])));
        return [.. messages.OrderByDescending(m => m.ReceivedAt).Take(MaxMessages)];
    }
}

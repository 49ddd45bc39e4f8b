using System.Text;
using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.ClientBook;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Imports;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Marketing.Attendees;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Marketing;

/// <summary>An initiative's attendee list imported on real PostgreSQL by a manager: tags, audit, refusals row by row, dry runs, re-imports.</summary>
public sealed class AttendeeImportTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Header = "party_id,external_id,email,attended,note\n";

    [Fact]
    public async Task AList_TagsWhoAttended_ByIdExternalIdOrEmail_AuditedWithTheNote_AndTheSameFileAgainIsAlreadyImported()
    {
        var s = await SceneAsync();
        var content = Header
            + $"{s.ById.Id},,,yes,front row\n"
            + $",{s.ExternalId},,Y,\n"
            + $",,{s.EmailAddress.ToUpperInvariant()},true,\n"
            + $"{s.Merged.Id},,,yes,merged away since\n"
            + $"{s.NoShow.Id},,,no,sent apologies\n";

        var import = await ImportAsync(s, content);

        Assert.Equal((ImportStatus.Succeeded, 4L, 1L), (import.Status, import.Created, import.Matched));
        await using var db = database.NewDb();
        var tagged = await db.PartyInitiatives.Where(t => t.InitiativeId == s.Initiative.Id).Select(t => t.PartyId).ToListAsync();
        Assert.Equal(new[] { s.ById.Id, s.ByExternal.Id, s.ByEmail.Id, s.Survivor.Id }.Order(), tagged.Order());
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "PartyInitiative" && a.EntityId == $"{s.ById.Id}:{s.Initiative.Id}");
        Assert.Equal((AttendeeImport.AuditAction, s.Manager.Id), (audit.Action, audit.ActorUserId));
        Assert.Contains("front row", audit.After, StringComparison.Ordinal);
        Assert.Contains($"attendee import {import.Id}", audit.Reason, StringComparison.Ordinal);

        var again = await ImportAsync(s, content);
        Assert.Equal((ImportStatus.AlreadyImported, import.Id), (again.Status, again.SameAsImportId));

        // Another file naming a client already tagged: matched, not tagged twice; the no-show's "yes" now tags them.
        var more = await ImportAsync(s, Header + $"{s.ById.Id},,,yes,\n{s.NoShow.Id},,,yes,came after all\n");
        Assert.Equal((ImportStatus.Succeeded, 1L, 1L), (more.Status, more.Created, more.Matched));
    }

    [Fact]
    public async Task AFileWithBadRows_IsRejectedWithLineAndColumn_AndTagsNobody()
    {
        var s = await SceneAsync();
        var import = await ImportAsync(s, Header
            + $"{s.ById.Id},,,yes,\n"                                   // 2: good, but the file is rejected
            + $"{Guid.NewGuid()},,,yes,\n"                               // 3: unknown
            + $"{s.Hidden.Id},,,yes,\n"                                  // 4: exists, not visible: the same message
            + $",,{s.SharedEmail},yes,\n"                                // 5: an address two clients have
            + $"{s.ByEmail.Id},,,maybe,\n"                               // 6: not yes/no
            + ",,,yes,nobody\n"                                           // 7: names nobody
            + $"{s.ById.Id},,,no,\n"                                    // 8: the same client as line 2
            + $"{s.ByExternal.Id},,{s.EmailAddress},yes,\n"              // 9: id and email disagree
            + ",,not-an-address,yes,\n");                                // 10: bad email

        Assert.Equal(ImportStatus.Rejected, import.Status);
        var errors = import.Errors.Select(e => (e.Line, e.Column, e.Reason)).ToList();
        Assert.Contains((3L, "party_id", "names no client you can see"), errors);
        Assert.Contains((4L, "party_id", "names no client you can see"), errors);
        Assert.Contains((5L, "email", "names no single client you can see: give party_id or external_id"), errors);
        Assert.Contains(errors, e => e is { Line: 6, Column: "attended" } && e.Reason.Contains("maybe", StringComparison.Ordinal));
        Assert.Contains((7L, (string?)null, "names no client: give party_id, external_id or email"), errors);
        Assert.Contains((8L, (string?)null, "is the same client as line 2"), errors);
        Assert.Contains((9L, (string?)null, "party_id, external_id and email name different clients"), errors);
        Assert.Contains(errors, e => e is { Line: 10, Column: "email" });
        Assert.DoesNotContain(errors, e => e.Line == 2);
        await using var db = database.NewDb();
        Assert.False(await db.PartyInitiatives.AnyAsync(t => t.InitiativeId == s.Initiative.Id));
    }

    [Fact]
    public async Task ADryRun_SaysWhatEachRowWouldDo_AndStoresNothing()
    {
        var s = await SceneAsync();
        await using (var db = database.NewDb())
        {
            db.Add(new PartyInitiative(s.ByExternal.Id, s.Initiative.Id, null, Some.Now));
            await db.SaveChangesAsync();
        }

        var import = await ImportAsync(s, Header + $"{s.ById.Id},,,yes,\n,{s.ExternalId},,yes,\n{s.NoShow.Id},,,no,\n", dryRun: true);

        Assert.Equal(ImportStatus.Checked, import.Status);
        Assert.Equal([(2L, "tag"), (3L, "already tagged"), (4L, "not attended")], import.Plan.Select(p => (p.Line, p.Action)));
        await using var check = database.NewDb();
        Assert.Equal([s.ByExternal.Id], await check.PartyInitiatives.Where(t => t.InitiativeId == s.Initiative.Id).Select(t => t.PartyId).ToListAsync());
    }

    private sealed record Scene(FirmUser Manager, Initiative Initiative, Person ById, Person ByExternal, string ExternalId, Person ByEmail,
        string EmailAddress, Person Merged, Person Survivor, Person NoShow, Person Hidden, string SharedEmail);

    private async Task<Scene> SceneAsync()
    {
        var manager = Some.User(FirmRole.Manager);
        var stranger = Some.User(FirmRole.Rep);
        var initiative = new Initiative(InitiativeKind.Event, Some.Unique("Symphony night"), Money.Of(5_000m, "CHF"), new DateOnly(2025, 2, 1), null);
        var key = Some.Unique("att");
        Person P(string name) => Some.Person(name);
        var (byId, byExternal, byEmail, merged, survivor, noShow, hidden, shareA, shareB) =
            (P("ById"), P("ByExternal"), P("ByEmail"), P("Merged"), P("Survivor"), P("NoShow"), P("Hidden"), P("ShareA"), P("ShareB"));
        byEmail.AddEmail($"{key}@example.com", EmailKind.Personal);
        shareA.AddEmail($"family-{key}@example.com", EmailKind.Personal);
        shareB.AddEmail($"family-{key}@example.com", EmailKind.Personal);
        merged.MarkMergedInto(survivor.Id);
        hidden.Restrict();
        await using var db = database.NewDb();
        db.AddRange(manager, stranger, initiative, byId, byExternal, byEmail, merged, survivor, noShow, hidden, shareA, shareB);
        db.Add(new PartyExternalKey($"{key}-ext", byExternal.Id));
        db.Add(CoverageAssignment.ForParty(hidden.Id, stranger.Id, CoverageRole.Primary, Some.Now));
        await db.SaveChangesAsync();
        return new Scene(manager, initiative, byId, byExternal, $"{key}-ext", byEmail, $"{key}@example.com", merged, survivor, noShow, hidden,
            $"family-{key}@example.com");
    }

    private sealed record TestActor(Guid Id) : Domain.Auditing.IAuditActor
    {
        public Guid? UserId => Id;

        public string DisplayName => "Manager";

        public string? CorrelationId => null;
    }

    private async Task<Import> ImportAsync(Scene s, string content, bool dryRun = false)
    {
        using var file = await ImportFile.SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), "attendees.csv", CancellationToken.None);
        await using var handler = new AttendeeImport(s.Initiative.Id, new Viewer(s.Manager.Id, FirmRole.Manager));
        var actor = new TestActor(s.Manager.Id);
        return await new ImportRunner(() => database.NewDb(actor), TimeProvider.System).ImportAsync(handler, file, s.Manager.Id, CancellationToken.None, dryRun: dryRun);
    }
}

using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.TestSupport;

namespace OutlookCms.GraphSync.Tests.Support;

/// <summary>The firm behind the <c>small-firm</c> scenario: three reps and the parties the scenario's mail should match.</summary>
public sealed class SmallFirm
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public FirmUser Ada { get; } = new(Guid.NewGuid(), "Ada Rep", "ada@firm.example", "UTC", FirmRole.Rep);

    public FirmUser Ben { get; } = new(Guid.NewGuid(), "Ben Rep", "ben@firm.example", "UTC", FirmRole.Rep);

    public FirmUser Cy { get; } = new(Guid.NewGuid(), "Cy Rep", "cy@firm.example", "UTC", FirmRole.Rep);

    public IReadOnlyList<FirmUser> Reps => [Ada, Ben, Cy];

    public static async Task<SmallFirm> SeedAsync(PostgresDatabase database)
    {
        var firm = new SmallFirm();
        var acme = new Organisation("Acme Corp", PartyStatus.Client, Now);
        acme.AddDomain("acme.example");
        var pat = new Person("Pat", "Client", PartyStatus.Client, Now);
        pat.WorkAt(acme, null, null, "CFO", null, null);
        pat.AddEmail("pat@acme.example", EmailKind.Work);
        var gina = new Person("Gina", "Free", PartyStatus.Client, Now);
        gina.AddEmail("gina.free@gmail.com", EmailKind.FreeMail);
        // Bad data on purpose: an organisation claiming a free-mail domain must never match gmail senders.
        var careless = new Organisation("Careless Data Ltd", PartyStatus.Prospect, Now);
        careless.AddDomain("gmail.com");

        await using var db = database.NewDb();
        db.AddRange(firm.Ada, firm.Ben, firm.Cy, acme, pat, gina, careless);
        await db.SaveChangesAsync();
        return firm;
    }
}

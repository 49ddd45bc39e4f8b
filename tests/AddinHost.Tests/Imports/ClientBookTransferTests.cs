using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OutlookCms.Domain.Clients;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Imports;

/// <summary>A client book comes in from another CRM (dry run first) and goes out again in the same shape; what goes out follows the access rule.</summary>
public sealed class ClientBookTransferTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Header = "external_id,kind,given_name,family_name,legal_name,email,works_at,job_title,phone,adviser_email,mailing_line1,mailing_city,mailing_country\n";

    [Fact]
    public async Task ADryRun_ThenTheImport_ThenItsExport_ReImportsAsAllMatched()
    {
        var key = $"t{Guid.NewGuid():N}"[..10];
        var file = Header
            + $"{key}-org,Organisation,,,Harbour Trust {key},,,,+44 20 7000 0000,,1 Quay St,London,GB\n"
            + $"{key}-1,Person,Maya,Okafor,,maya@{key}.example,{key}-org,Treasurer,,{host.Users.Rep.Email},,,\n"
            + $"{key}-2,Person,Leo,Okafor,,,,,+44 7700 900001,,,,\n";
        using var admin = await host.As(host.Users.Admin);

        var dry = await UploadAsync(admin, file, dryRun: true);
        Assert.Equal(("Checked", 3, 0, true), (dry.GetProperty("status").GetString(), dry.GetProperty("created").GetInt32(),
            dry.GetProperty("matched").GetInt32(), dry.GetProperty("dryRun").GetBoolean()));
        Assert.Equal(["create", "create", "create"], dry.GetProperty("plan").EnumerateArray().Select(p => p.GetProperty("action").GetString()));
        await using (var db = host.Database.NewDb())
        {
            Assert.False(db.Parties.Any(p => p.DisplayName == $"Harbour Trust {key}"));
        }

        var real = await UploadAsync(admin, file);
        Assert.Equal(("Succeeded", 3), (real.GetProperty("status").GetString(), real.GetProperty("created").GetInt32()));

        using var export = await admin.GetAsync("/api/client-book/export");
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var exported = await export.Content.ReadAsStringAsync();
        var lines = exported.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("external_id,kind,given_name,family_name,legal_name,email,works_at,job_title,status,phone,household,adviser_email,mailing_line1", lines[0]);
        Assert.Contains($"{key}-1,Person,Maya,Okafor,,maya@{key}.example,{key}-org,Treasurer,Client,,,{host.Users.Rep.Email}", exported);
        Assert.Contains($"{key}-org,Organisation,,,Harbour Trust {key},,,,Client,+44 20 7000 0000,,,1 Quay St,,London,,,GB", exported);

        // The whole book, exported, comes back as all matched: nothing created, nothing changed.
        var again = await UploadAsync(admin, exported);
        Assert.Equal(("Succeeded", 0, lines.Length - 1), (again.GetProperty("status").GetString(), again.GetProperty("created").GetInt32(),
            again.GetProperty("matched").GetInt32()));
        Assert.Equal(1, await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM cms.audit_entries WHERE action = 'Exported' AND actor_name = 'Ada Admin' AND after->>'rows' = '{lines.Length - 1}'"));
    }

    [Fact]
    public async Task ABadFile_IsRejectedWithItsRowErrors_AndRepsMayNeitherImportNorExport()
    {
        using var manager = await host.As(host.Users.Manager);
        var rejected = await UploadAsync(manager, Header + "x1,Person,,NoGiven,,bad@,,,,,,,\n");
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
        Assert.Equal([(2, "given_name"), (2, "email")], rejected.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString())));

        using var rep = await host.As(host.Users.Rep);
        using var upload = await rep.PostAsync("/api/client-book/imports", new StringContent(Header, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        using var export = await rep.GetAsync("/api/client-book/export");
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        // A controller's booking imports are not the client book's: not found here.
        using var other = await manager.GetAsync($"/api/client-book/imports/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task AManagersExport_LeavesOutARestrictedClientNoneOfTheirTeamCovers()
    {
        var hidden = new Person("Hidden", $"Client{Guid.NewGuid():N}"[..20], PartyStatus.Client, DateTimeOffset.UtcNow);
        hidden.Restrict();
        await using (var db = host.Database.NewDb())
        {
            db.People.Add(hidden);
            await db.SaveChangesAsync();
        }

        using var manager = await host.As(host.Users.Manager);
        using var admin = await host.As(host.Users.Admin);
        Assert.DoesNotContain(hidden.FamilyName, await manager.GetStringAsync("/api/client-book/export"));
        Assert.Contains(hidden.FamilyName, await admin.GetStringAsync("/api/client-book/export"));
    }

    private static async Task<JsonElement> UploadAsync(HttpClient client, string csv, bool dryRun = false)
    {
        using var response = await client.PostAsync($"/api/client-book/imports?fileName=clients.csv&dryRun={dryRun}", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return await FinishedImport.WaitAsync(client, response.Headers.Location!.ToString());
    }
}

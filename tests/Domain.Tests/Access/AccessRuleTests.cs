using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Outcomes;
using OutlookCms.Domain.Persistence;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Access;

/// <summary>
/// One small firm: team 1 (reps A and B, managed by M) and team 2 (rep C), a controller and an admin;
/// parties open, restricted and covered, restricted and shared, and a member of a restricted household.
/// </summary>
public sealed class AccessRuleTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly FirmUser _manager = Some.User(FirmRole.Manager, "M");
    private readonly FirmUser _controller = Some.User(FirmRole.Controller, "Controller");
    private readonly FirmUser _admin = Some.User(FirmRole.Admin, "Admin");
    private FirmUser _repA = null!, _repB = null!, _repC = null!;
    private Person _open = null!, _coveredByA = null!, _coverageEnded = null!, _sharedWithC = null!, _sharedWithTeam2 = null!, _inHousehold = null!, _nobodys = null!;
    private Household _household = null!;
    private Person[] _all = [];

    public async Task InitializeAsync()
    {
        var team1 = Some.Team(_manager);
        var team2 = Some.Team();
        _repA = Some.User(FirmRole.Rep, "A", team1, _manager);
        _repB = Some.User(FirmRole.Rep, "B", team1, _manager);
        _repC = Some.User(FirmRole.Rep, "C", team2);

        _open = Some.Person("Open");
        _coveredByA = Restricted("CoveredByA");
        _coverageEnded = Restricted("CoverageEnded");
        _sharedWithC = Restricted("SharedWithC");
        _sharedWithTeam2 = Restricted("SharedWithTeam2");
        _nobodys = Restricted("Nobodys");
        _household = new Household(Some.Unique("Household"), Money.Of(5_000_000m, "CHF"), isRestricted: true);
        _inHousehold = Some.Person("InRestrictedHousehold");
        _inHousehold.JoinHousehold(_household.Id);
        _all = [_open, _coveredByA, _coverageEnded, _sharedWithC, _sharedWithTeam2, _inHousehold, _nobodys];

        var ended = CoverageAssignment.ForParty(_coverageEnded.Id, _repA.Id, CoverageRole.Primary, Some.Now.AddYears(-1));
        ended.End(Some.Now.AddDays(-1));

        await using var db = database.NewDb();
        db.AddRange(_manager, _controller, _admin);
        db.AddRange(team1, team2, _repA, _repB, _repC, _household);
        db.AddRange(_all);
        db.AddRange(
            CoverageAssignment.ForParty(_coveredByA.Id, _repA.Id, CoverageRole.Primary, Some.Now),
            ended,
            CoverageAssignment.ForHousehold(_household.Id, _repB.Id, CoverageRole.Primary, Some.Now),
            PartyShare.WithUser(_sharedWithC.Id, _repC.Id, _admin.Id, Some.Now, "joint pitch"),
            PartyShare.WithTeam(_sharedWithTeam2.Id, team2.Id, _admin.Id, Some.Now));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Rep_SeesOpenParties_AndRestrictedOnesTheyCover()
    {
        Assert.Equal(Names(_open, _coveredByA), await VisibleTo(_repA));
    }

    [Fact]
    public async Task Rep_DoesNotSeeARestrictedParty_AfterTheirCoverageEnded()
    {
        Assert.DoesNotContain(_coverageEnded.DisplayName, await VisibleTo(_repA));
    }

    [Fact]
    public async Task Rep_SeesAMemberOfARestrictedHousehold_ThroughHouseholdCoverage()
    {
        Assert.Equal(Names(_open, _inHousehold), await VisibleTo(_repB));
    }

    [Fact]
    public async Task Rep_SeesRestrictedParties_SharedWithThemOrTheirTeam()
    {
        Assert.Equal(Names(_open, _sharedWithC, _sharedWithTeam2), await VisibleTo(_repC));
    }

    [Fact]
    public async Task Manager_SeesWhatTheirTeamSees()
    {
        Assert.Equal(Names(_open, _coveredByA, _inHousehold), await VisibleTo(_manager));
    }

    [Theory]
    [InlineData(FirmRole.Controller)]
    [InlineData(FirmRole.Admin)]
    public async Task ControllerAndAdmin_SeeEverything(FirmRole role)
    {
        var user = role == FirmRole.Controller ? _controller : _admin;

        Assert.Equal(Names(_all), await VisibleTo(user));
    }

    [Fact]
    public async Task Interaction_IsHidden_WhenOneOfItsPartiesIsHidden_UnlessTheViewerTookPart()
    {
        var withRestricted = Email(_open, _coveredByA);
        var openOnly = Email(_open);
        var bTookPart = Email(_nobodys);
        bTookPart.AddRep(_repB.Id, ParticipantRole.To);
        await using (var db = database.NewDb())
        {
            db.Interactions.AddRange(withRestricted, openOnly, bTookPart);
            await db.SaveChangesAsync();
        }

        Guid[] ours = [withRestricted.Id, openOnly.Id, bTookPart.Id];
        await using var check = database.NewDb();
        async Task<Guid[]> Visible(FirmUser user) => await SameWithScopeAsync(check, user, async viewer =>
            (await check.VisibleInteractions(viewer).Where(i => ours.Contains(i.Id)).Select(i => i.Id).ToListAsync()).Order().ToArray());

        Assert.Equal(new[] { withRestricted.Id, openOnly.Id }.Order(), await Visible(_repA));
        Assert.Equal(new[] { openOnly.Id, bTookPart.Id }.Order(), await Visible(_repB));
        Assert.Equal(new[] { openOnly.Id }, await Visible(_repC));
        Assert.Equal(ours.Order(), await Visible(_manager));
        Assert.Equal(ours.Order(), await Visible(_controller));
    }

    [Fact]
    public async Task FollowUpsAndOutcomes_FollowTheirPartysVisibility()
    {
        var followUp = FollowUp.SetByHand(_coveredByA.Id, _repA.Id, "Send the mandate draft", Some.Now.AddDays(2), Some.Now);
        var householdOutcome = Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(2_000_000m, "CHF"), null, null, _household.Id, _repB.Id, Some.Now);
        await using (var db = database.NewDb())
        {
            db.AddRange(followUp, householdOutcome);
            await db.SaveChangesAsync();
        }

        await using var check = database.NewDb();
        Task<bool> SeesFollowUp(FirmUser user) => SameWithScopeAsync(check, user, viewer => check.VisibleFollowUps(viewer).AnyAsync(f => f.Id == followUp.Id));
        Task<bool> SeesOutcome(FirmUser user) => SameWithScopeAsync(check, user, viewer => check.VisibleOutcomes(viewer).AnyAsync(o => o.Id == householdOutcome.Id));

        Assert.True(await SeesFollowUp(_repA));
        Assert.True(await SeesFollowUp(_manager));
        Assert.False(await SeesFollowUp(_repC));
        Assert.True(await SeesOutcome(_repB));
        Assert.True(await SeesOutcome(_manager));
        Assert.True(await SeesOutcome(_controller));
        Assert.False(await SeesOutcome(_repA));
        Assert.True(await check.CanSeePartyAsync(new Viewer(_repA.Id, FirmRole.Rep), _coveredByA.Id, CancellationToken.None));
        Assert.False(await check.CanSeePartyAsync(new Viewer(_repC.Id, FirmRole.Rep), _coveredByA.Id, CancellationToken.None));
    }

    private static Person Restricted(string name)
    {
        var person = Some.Person(Some.Unique(name));
        person.Restrict();
        return person;
    }

    private static Interaction Email(params Person[] parties)
    {
        var email = Interaction.CaptureEmail($"<{Guid.NewGuid():N}@client.example>", null, null, Direction.Inbound, Some.Now, "Hello", null, Some.Now);
        foreach (var party in parties)
        {
            email.AddParty(party.Id, ParticipantRole.From);
        }

        return email;
    }

    private async Task<string[]> VisibleTo(FirmUser user)
    {
        var ours = _all.Select(p => p.Id).ToArray();
        await using var db = database.NewDb();
        return await SameWithScopeAsync(db, user, async viewer =>
            (await db.VisibleParties(viewer).Where(p => ours.Contains(p.Id)).Select(p => p.DisplayName).ToListAsync()).Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// The answer for the viewer as the rule reads their teams and reports in SQL, checked to be the same as with the
    /// scope read beforehand (<see cref="AccessRule.WithScopeAsync"/>, as requests do).
    /// </summary>
    private static async Task<T> SameWithScopeAsync<T>(CmsDb db, FirmUser user, Func<Viewer, Task<T>> ask)
    {
        var viewer = new Viewer(user.Id, user.Role);
        var inSql = await ask(viewer);
        var scoped = await db.WithScopeAsync(viewer, CancellationToken.None);
        Assert.True(user.Role is FirmRole.Admin or FirmRole.Controller || scoped.Scope is not null);
        Assert.Equal(inSql, await ask(scoped));
        return inSql;
    }

    private static string[] Names(params Person[] people) => people.Select(p => p.DisplayName).Order(StringComparer.Ordinal).ToArray();
}

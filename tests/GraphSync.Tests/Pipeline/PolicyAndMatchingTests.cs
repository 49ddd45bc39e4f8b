using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Interactions;
using OutlookCms.GraphSync.Options;
using OutlookCms.GraphSync.Pipeline;

namespace OutlookCms.GraphSync.Tests.Pipeline;

public sealed class PolicyAndMatchingTests
{
    private static readonly Guid Ada = Guid.NewGuid();
    private static readonly Guid Ben = Guid.NewGuid();
    private static readonly Guid Pat = Guid.NewGuid();
    private static readonly Guid Acme = Guid.NewGuid();
    private static readonly Guid Gina = Guid.NewGuid();
    private static readonly Guid GinaTwin = Guid.NewGuid();
    private static readonly Guid Careless = Guid.NewGuid();

    private static readonly FirmDirectory Firm = new(["firm.example"], new Dictionary<string, Guid> { ["ada@firm.example"] = Ada, ["ben@firm.example"] = Ben });

    private static readonly PartyIndex Index = new(
        new Dictionary<string, IReadOnlyList<Guid>>
        {
            ["pat@acme.example"] = [Pat],
            ["gina@gmail.com"] = [Gina],
            ["shared@gmail.com"] = [Gina, GinaTwin],
        },
        new Dictionary<string, Guid> { ["acme.example"] = Acme, ["gmail.com"] = Careless });

    private static PolicySettings Settings(Action<CaptureOptions>? configure = null)
    {
        var options = new CaptureOptions();
        options.FirmDomains.Add("firm.example");
        configure?.Invoke(options);
        return new PolicySettings(options);
    }

    private static SeenItem Mail(string from, params string[] to) => new()
    {
        GraphId = "g1",
        Channel = Channel.Email,
        NaturalKey = "<k@x>",
        InternetMessageId = "<k@x>",
        OccurredAt = DateTimeOffset.UnixEpoch,
        From = new Participant(from, null, ParticipantRole.From),
        Participants = [new Participant(from, null, ParticipantRole.From), .. to.Select(t => new Participant(t, null, ParticipantRole.To))],
    };

    [Fact]
    public void Policy_SkipsInternalOnlyMail() =>
        Assert.Equal(CaptureReason.InternalOnly, CapturePolicy.Decide(Mail("ben@firm.example", "ada@firm.example"), Firm, Settings()).SkipReason);

    [Fact]
    public void Policy_PrivateWinsOverEverythingButDrafts()
    {
        Assert.Equal(CaptureReason.Private, CapturePolicy.Decide(Mail("pat@acme.example", "ada@firm.example") with { IsPrivate = true, BulkSignal = "x" }, Firm, Settings()).SkipReason);
        Assert.Equal(CaptureReason.Draft, CapturePolicy.Decide(Mail("ada@firm.example", "pat@acme.example") with { IsDraft = true, IsPrivate = true }, Firm, Settings()).SkipReason);
    }

    [Theory]
    [InlineData("pat@acme.example")]
    [InlineData("acme.example")]
    [InlineData("@ACME.example")]
    public void Policy_SkipsBlocklistedAddressesAndDomains(string entry) =>
        Assert.Equal(CaptureReason.Blocklisted, CapturePolicy.Decide(Mail("pat@acme.example", "ada@firm.example"), Firm, Settings(o => o.Blocklist.Add(entry))).SkipReason);

    [Fact]
    public void Policy_LetsClientMailThrough() =>
        Assert.False(CapturePolicy.Decide(Mail("pat@acme.example", "ada@firm.example"), Firm, Settings()).Skips);

    [Fact]
    public void Matcher_MatchesPersonByAddress_AndOrganisationByDomain()
    {
        var match = PartyMatcher.Match(Mail("pat@acme.example", "ada@firm.example"), Firm, Index, Settings());

        Assert.Equal([(Pat, ParticipantRole.From), (Acme, ParticipantRole.From)], match.Parties.Select(p => (p.PartyId, p.Role)));
        Assert.Empty(match.Unknown);
    }

    [Fact]
    public void Matcher_NeverMatchesByAFreeMailDomain()
    {
        var match = PartyMatcher.Match(Mail("gina@gmail.com", "ada@firm.example", "stranger@gmail.com"), Firm, Index, Settings());

        Assert.Equal([Gina], match.Parties.Select(p => p.PartyId));
        Assert.Equal(["stranger@gmail.com"], match.Unknown.Select(u => u.Address));
    }

    [Fact]
    public void Matcher_RecordsAnAddressOfTwoPartiesAsAmbiguous_AndAttachesNeither()
    {
        var match = PartyMatcher.Match(Mail("shared@gmail.com", "ada@firm.example"), Firm, Index, Settings());

        Assert.Empty(match.Parties);
        Assert.Equal(["shared@gmail.com belongs to 2 parties"], match.Ambiguous);
        Assert.Empty(match.Unknown);
    }

    [Fact]
    public void Planner_OneInteractionPerKey_WithEveryFirmParticipantAsRep_AndTheOwnerWhenUnnamed()
    {
        var first = Mail("pat@acme.example", "ada@firm.example") with { GraphId = "g1" };
        var copy = Mail("pat@acme.example", "ada@firm.example") with { GraphId = "g2" };
        var owner = Guid.NewGuid();

        var plan = PagePlanner.Plan(owner, [new ReadResult.Item(first), new ReadResult.Item(copy)], Firm, Index, Settings());

        Assert.Single(plan.Interactions);
        Assert.Equal(Direction.Inbound, plan.Interactions[0].Direction);
        Assert.Equal(2, plan.Decisions.Count);
        Assert.Equal([(Ada, ParticipantRole.To), (owner, ParticipantRole.Bcc)], plan.Reps.Distinct().Select(r => (r.FirmUserId, r.Role)));
    }

    [Fact]
    public void Planner_RecordsASightingOnlyForAnUnknownInboundSender()
    {
        var plan = PagePlanner.Plan(Ada, [new ReadResult.Item(Mail("sam@newco.example", "ada@firm.example")), new ReadResult.Item(Mail("ada@firm.example", "sam@newco.example") with { GraphId = "g2", NaturalKey = "<k2@x>", InternetMessageId = "<k2@x>" })], Firm, Index, Settings());

        Assert.Equal(["sam@newco.example"], plan.Sightings.Select(s => s.Address));
        Assert.All(plan.Decisions, d => Assert.Equal(CaptureReason.NoPartyMatched, d.Reason));
        Assert.Empty(plan.Interactions);
    }

    [Fact]
    public void Planner_InMetadataOnlyMode_KeepsNoWords()
    {
        var plan = PagePlanner.Plan(Ada, [new ReadResult.Item(Mail("pat@acme.example", "ada@firm.example") with { Subject = "Secret", Summary = "Body" })], Firm, Index, Settings(o => o.MetadataOnly = true));

        Assert.Null(plan.Interactions[0].Subject);
        Assert.Null(plan.Interactions[0].Summary);
        Assert.Null(plan.Decisions[0].Subject);
    }
}

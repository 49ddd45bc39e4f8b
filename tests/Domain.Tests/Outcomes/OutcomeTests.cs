using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Outcomes;

namespace OutlookCms.Domain.Tests.Outcomes;

public sealed class OutcomeTests
{
    private readonly FirmUser _headOfDesk;
    private readonly FirmUser _manager;
    private readonly FirmUser _rep;
    private readonly FirmUser[] _firm;

    public OutcomeTests()
    {
        _headOfDesk = Some.User(FirmRole.Controller, "Head of desk");
        _manager = Some.User(FirmRole.Controller, "Line manager", manager: _headOfDesk);
        _rep = Some.User(FirmRole.Rep, "Reporting rep", manager: _manager);
        _firm = [_headOfDesk, _manager, _rep];
    }

    [Fact]
    public void Confirm_Throws_WhenControllerIsTheReportingRep()
    {
        var reporter = Some.User(FirmRole.Controller, "Controller who reported");
        var outcome = Pledge(reporter);

        var error = Assert.Throws<DomainRuleException>(() =>
            outcome.Confirm(reporter, ReportingLine.Of(reporter, [reporter]), "booking 42", Some.Now));

        Assert.Contains("reported this outcome", error.Message, StringComparison.Ordinal);
        Assert.Equal(OutcomeStatus.Reported, outcome.Status);
    }

    [Fact]
    public void Confirm_Throws_WhenControllerIsTheReportersManager()
    {
        var outcome = Pledge(_rep);

        var error = Assert.Throws<DomainRuleException>(() =>
            outcome.Confirm(_manager, ReportingLine.Of(_rep, _firm), "booking 42", Some.Now));

        Assert.Contains("reporting line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Confirm_Throws_WhenControllerIsHigherUpTheReportingLine()
    {
        var outcome = Pledge(_rep);

        Assert.Throws<DomainRuleException>(() =>
            outcome.Confirm(_headOfDesk, ReportingLine.Of(_rep, _firm), "booking 42", Some.Now));
        Assert.Null(outcome.DecidedById);
    }

    [Theory]
    [InlineData(FirmRole.Rep)]
    [InlineData(FirmRole.Manager)]
    [InlineData(FirmRole.Admin)]
    public void Confirm_Throws_WhenConfirmerIsNotAController(FirmRole role)
    {
        var outsider = Some.User(role);
        var outcome = Pledge(_rep);

        var error = Assert.Throws<DomainRuleException>(() =>
            outcome.Confirm(outsider, ReportingLine.Of(_rep, _firm), "booking 42", Some.Now));

        Assert.Contains("Only a controller", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Confirm_RecordsDecision_WhenControllerIsIndependent()
    {
        var controller = Some.User(FirmRole.Controller, "Independent controller");
        var outcome = Pledge(_rep);

        outcome.Confirm(controller, ReportingLine.Of(_rep, _firm), "booking 42 on 2025-03-10", Some.Now);

        Assert.Equal(OutcomeStatus.Confirmed, outcome.Status);
        Assert.Equal(controller.Id, outcome.DecidedById);
        Assert.Equal(Some.Now, outcome.DecidedAt);
        Assert.Equal("booking 42 on 2025-03-10", outcome.Evidence);
    }

    [Fact]
    public void Confirm_Throws_WhenAlreadyDecided()
    {
        var controller = Some.User(FirmRole.Controller);
        var outcome = Pledge(_rep);
        outcome.Reject(controller, ReportingLine.Of(_rep, _firm), "no booking found", null, Some.Now);

        Assert.Throws<DomainRuleException>(() => outcome.Confirm(controller, ReportingLine.Of(_rep, _firm), "booking 42", Some.Now));
        Assert.Equal(OutcomeStatus.Rejected, outcome.Status);
    }

    [Fact]
    public void Confirm_Throws_WhenEvidenceIsMissing()
    {
        var outcome = Pledge(_rep);

        var error = Assert.Throws<DomainRuleException>(() =>
            outcome.Confirm(Some.User(FirmRole.Controller), ReportingLine.Of(_rep, _firm), " ", Some.Now));

        Assert.Equal("evidence", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void Report_Throws_WhenAmountIsNotPositive(decimal amount)
    {
        var error = Assert.Throws<DomainRuleException>(() => Money.Positive(amount, "CHF"));

        Assert.Equal("amount", error.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("€")]
    public void Report_Throws_WhenCurrencyIsNotIso4217(string currency)
    {
        var error = Assert.Throws<DomainRuleException>(() => Money.Positive(1000m, currency));

        Assert.Equal("currency", error.Field);
    }

    [Fact]
    public void Report_Throws_WhenNeitherPartyNorHouseholdIsGiven()
    {
        Assert.Throws<DomainRuleException>(() =>
            Outcome.Report(OutcomeKind.MandateWon, Money.Positive(1m, "USD"), null, null, null, _rep.Id, Some.Now));
    }

    [Fact]
    public void Lapse_Throws_ForAnythingButAPledge()
    {
        var outcome = Outcome.Report(OutcomeKind.MandateWon, Money.Positive(5000m, "USD"), null, Guid.NewGuid(), null, _rep.Id, Some.Now);

        Assert.Throws<DomainRuleException>(() => outcome.Lapse("never signed", Some.Now));
    }

    [Fact]
    public void ReportingLine_StopsAtACycleInBadData()
    {
        var managerOf = new Dictionary<Guid, Guid?>();
        Guid a = Guid.NewGuid(), b = Guid.NewGuid();
        managerOf[a] = b;
        managerOf[b] = a;

        var line = ReportingLine.Of(a, managerOf);

        Assert.Equal([b], line.ManagerIds);
    }

    private static Outcome Pledge(FirmUser reporter) =>
        Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(250_000m, "chf"), new DateOnly(2025, 4, 30), Guid.NewGuid(), null, reporter.Id, Some.Now);
}

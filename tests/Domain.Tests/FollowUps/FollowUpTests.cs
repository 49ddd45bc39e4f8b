using OutlookCms.Domain.Common;
using OutlookCms.Domain.FollowUps;

namespace OutlookCms.Domain.Tests.FollowUps;

public sealed class FollowUpTests
{
    private static readonly Guid Owner = Guid.NewGuid();

    [Fact]
    public void Complete_ClosesIt_WithWhoAndHow()
    {
        var followUp = Unanswered();

        followUp.Complete(Owner, "called the client back", Some.Now.AddHours(2));

        Assert.Equal(FollowUpStatus.Completed, followUp.Status);
        Assert.Equal(Owner, followUp.ClosedById);
        Assert.Equal("called the client back", followUp.ClosedHow);
        Assert.Equal(Some.Now.AddHours(2), followUp.ClosedAt);
        Assert.False(followUp.IsActionable(Some.Now.AddDays(10)));
    }

    [Fact]
    public void Complete_Throws_WhenAlreadyAutoClosed()
    {
        var followUp = Unanswered();
        followUp.AutoClose("reply sent", Some.Now);

        Assert.Throws<DomainRuleException>(() => followUp.Complete(Owner, null, Some.Now));
        Assert.Equal(FollowUpStatus.AutoClosed, followUp.Status);
    }

    [Fact]
    public void AutoClose_IsANoOp_WhenAlreadyClosed()
    {
        var followUp = Unanswered();
        var interaction = Guid.NewGuid();

        Assert.True(followUp.AutoClose("reply sent", Some.Now, interaction));
        Assert.False(followUp.AutoClose("reply sent again", Some.Now.AddHours(1)));

        Assert.Equal("reply sent", followUp.ClosedHow);
        Assert.Equal(interaction, followUp.ClosingInteractionId);
        Assert.Null(followUp.ClosedById);
    }

    [Fact]
    public void Snooze_HidesItUntilTheGivenTime()
    {
        var followUp = Unanswered();

        followUp.Snooze(Some.Now.AddDays(3), "client on holiday", Some.Now);

        Assert.Equal(FollowUpStatus.Snoozed, followUp.Status);
        Assert.False(followUp.IsActionable(Some.Now.AddDays(2)));
        Assert.True(followUp.IsActionable(Some.Now.AddDays(3)));
        Assert.Equal("client on holiday", followUp.SnoozeReason);
    }

    [Fact]
    public void Snooze_Throws_WhenUntilIsNotInTheFuture()
    {
        var followUp = Unanswered();

        var error = Assert.Throws<DomainRuleException>(() => followUp.Snooze(Some.Now, null, Some.Now));

        Assert.Equal("until", error.Field);
        Assert.Equal(FollowUpStatus.Open, followUp.Status);
    }

    [Fact]
    public void Snooze_Throws_WhenCompleted()
    {
        var followUp = Unanswered();
        followUp.Complete(Owner, null, Some.Now);

        Assert.Throws<DomainRuleException>(() => followUp.Snooze(Some.Now.AddDays(1), null, Some.Now));
    }

    [Fact]
    public void Complete_Works_OnASnoozedFollowUp()
    {
        var followUp = Unanswered();
        followUp.Snooze(Some.Now.AddDays(1), null, Some.Now);

        followUp.Complete(Owner, null, Some.Now.AddHours(1));

        Assert.Equal(FollowUpStatus.Completed, followUp.Status);
        Assert.Null(followUp.SnoozedUntil);
    }

    [Fact]
    public void IsOverdue_OnlyWhenActionableAndPastDue()
    {
        var followUp = Unanswered();

        Assert.False(followUp.IsOverdue(Some.Now.AddHours(23)));
        Assert.True(followUp.IsOverdue(Some.Now.AddHours(25)));

        followUp.Complete(Owner, null, Some.Now.AddHours(26));
        Assert.False(followUp.IsOverdue(Some.Now.AddHours(27)));
    }

    [Fact]
    public void Derive_Throws_ForAManualReason()
    {
        Assert.Throws<DomainRuleException>(() =>
            FollowUp.Derive(Guid.NewGuid(), Owner, FollowUpReason.Manual, Some.Now, "key", null, Some.Now));
    }

    [Fact]
    public void SetByHand_Throws_WithoutATitle()
    {
        var error = Assert.Throws<DomainRuleException>(() => FollowUp.SetByHand(Guid.NewGuid(), Owner, "", Some.Now, Some.Now));

        Assert.Equal("title", error.Field);
    }

    private static FollowUp Unanswered() =>
        FollowUp.Derive(Guid.NewGuid(), Owner, FollowUpReason.UnansweredEmail, Some.Now.AddHours(24), $"unanswered:{Guid.NewGuid()}", Guid.NewGuid(), Some.Now);
}

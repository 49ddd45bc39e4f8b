using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Marketing;

/// <summary>A marketing initiative (a rally sponsorship, a symphony night, a product promotion …) judged by what it brought in.</summary>
public sealed class Initiative : IAudited
{
    private Initiative() { }

    public Initiative(InitiativeKind kind, string name, Money cost, DateOnly startsOn, DateOnly? endsOn, Guid? productId = null)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        Rename(name);
        ChangeCost(cost);
        Reschedule(startsOn, endsOn);
        ProductId = productId;
    }

    public Guid Id { get; private set; }

    public InitiativeKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public decimal CostAmount { get; private set; }

    public string CostCurrency { get; private set; } = "";

    public Money Cost => Money.Of(CostAmount, CostCurrency);

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    /// <summary>The product a promotion or mailing is about, when it is about one.</summary>
    public Guid? ProductId { get; private set; }

    public void Rename(string name) => Name = Guard.Required(name, nameof(name), 200);

    public void ChangeCost(Money cost)
    {
        var value = Money.Of(cost.Amount, cost.Currency, "cost");
        CostAmount = value.Amount;
        CostCurrency = value.Currency;
    }

    public void Reschedule(DateOnly startsOn, DateOnly? endsOn)
    {
        if (endsOn is { } end && end < startsOn)
        {
            throw new DomainRuleException($"endsOn ({end}) is before startsOn ({startsOn}).", "endsOn");
        }

        StartsOn = startsOn;
        EndsOn = endsOn;
    }
}

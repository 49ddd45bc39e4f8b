using System.Text.RegularExpressions;

namespace OutlookCms.Domain.Common;

/// <summary>An amount in an ISO 4217 currency, rounded to cents as stored (numeric(18,2)).</summary>
public readonly partial record struct Money
{
    /// <summary>The largest amount numeric(18,2) holds.</summary>
    public const decimal MaxAmount = 9_999_999_999_999_999.99m;

    private Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    /// <summary>Any non-negative amount (a cost, household assets).</summary>
    public static Money Of(decimal amount, string? currency, string field = "amount")
    {
        if (amount < 0)
        {
            throw new DomainRuleException($"{field} must not be negative (got {amount}).", field);
        }

        if (decimal.Round(amount, 2) != amount)
        {
            throw new DomainRuleException($"{field} has at most two decimal places (got {amount}).", field);
        }

        return amount > MaxAmount
            ? throw new DomainRuleException($"{field} must be at most {MaxAmount} (got {amount}).", field)
            : new Money(amount, CurrencyCode(currency));
    }

    /// <summary>A strictly positive amount (an outcome).</summary>
    public static Money Positive(decimal amount, string? currency, string field = "amount") =>
        amount <= 0
            ? throw new DomainRuleException($"{field} must be greater than zero (got {amount}).", field)
            : Of(amount, currency, field);

    public static string CurrencyCode(string? currency)
    {
        var code = (currency ?? "").Trim().ToUpperInvariant();
        return CurrencyPattern().IsMatch(code)
            ? code
            : throw new DomainRuleException($"currency must be an ISO 4217 three-letter code (got '{currency}').", "currency");
    }

    public override string ToString() => $"{Amount:0.00} {Currency}";

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}

using System.Globalization;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Seeding.Rows;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>An initiative as the history generator needs it: when, where, and the brochure it hands out.</summary>
internal sealed record Campaign(Guid Id, InitiativePlan Plan, string Name, DateOnly StartsOn, DateOnly EndsOn, Guid? MaterialId)
{
    public bool IsGathering => Plan.Kind is InitiativeKind.Event or InitiativeKind.Sponsorship;
}

/// <summary>Products with their brochures (the current quarter's edition and the one before), and the initiatives.</summary>
internal static class MarketingBuilder
{
    public static IReadOnlyList<Campaign> Build(SeededFirm firm, SeedIds ids)
    {
        var today = DateOnly.FromDateTime(firm.Spec.Now.UtcDateTime);
        var materialOf = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var product in Catalogue.Products)
        {
            var productId = ids.For(SeedTable.Product, firm.ProductList.Count);
            firm.ProductList.Add(new ProductRow(productId, product.Code, product.Name, product.IsActive));
            for (var i = 0; i < product.Materials.Count; i++)
            {
                var id = ids.For(SeedTable.Material, firm.MaterialList.Count);
                firm.MaterialList.Add(new MaterialRow(id, productId, product.Materials[i], Edition(today.AddMonths(-3 * i))));
                materialOf.TryAdd(product.Code, id);
            }
        }

        var campaigns = new List<Campaign>();
        foreach (var plan in Catalogue.Initiatives)
        {
            var starts = today.AddDays(plan.StartDaysFromNow);
            var ends = starts.AddDays(plan.LengthDays - 1);
            var name = plan.Name.Replace("{Y}", starts.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var productId = plan.ProductCode is null ? (Guid?)null : firm.ProductList.Single(p => p.Code == plan.ProductCode).Id;
            var id = ids.For(SeedTable.Initiative, firm.InitiativeList.Count);
            firm.InitiativeList.Add(new InitiativeRow(id, plan.Kind, name, plan.Cost, plan.Currency, starts, ends, productId));
            campaigns.Add(new Campaign(id, plan, name, starts, ends, plan.ProductCode is null ? null : materialOf[plan.ProductCode]));
        }

        return campaigns;
    }

    /// <summary>Brochure editions are named by quarter ("2025-Q3") so "who has the current brochure?" has an answer.</summary>
    private static string Edition(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}-Q{((date.Month - 1) / 3) + 1}");
}

using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>
/// People who are served together (a family); carries the assets the household holds with the firm.
/// A restricted household makes every member restricted to the household's designated advisers.
/// </summary>
public sealed class Household : IAudited
{
    public const int NameMaxLength = 200;

    private Household() { }

    public Household(string name, Money assetsWithUs, Guid? tierId = null, bool isRestricted = false)
    {
        Id = Guid.CreateVersion7();
        Rename(name);
        ReportAssets(assetsWithUs);
        TierId = tierId;
        IsRestricted = isRestricted;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public decimal AssetsAmount { get; private set; }

    public string AssetsCurrency { get; private set; } = "";

    public Money AssetsWithUs => Money.Of(AssetsAmount, AssetsCurrency);

    public Guid? TierId { get; private set; }

    public bool IsRestricted { get; private set; }

    public void Rename(string name) => Name = Guard.Required(name, nameof(name), NameMaxLength);

    public void ReportAssets(Money assetsWithUs)
    {
        var checkedAssets = Money.Of(assetsWithUs.Amount, assetsWithUs.Currency, "assetsWithUs");
        AssetsAmount = checkedAssets.Amount;
        AssetsCurrency = checkedAssets.Currency;
    }

    public void AssignTier(Guid? tierId) => TierId = tierId;

    public void Restrict() => IsRestricted = true;

    public void Unrestrict() => IsRestricted = false;
}

using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Marketing;

/// <summary>Something the firm offers (a fund, a mandate type, an advisory service).</summary>
public sealed class Product : IAudited
{
    private Product() { }

    public Product(string code, string name)
    {
        Id = Guid.CreateVersion7();
        Code = Guard.Required(code, nameof(code), 50).ToUpperInvariant();
        Rename(name);
    }

    public Guid Id { get; private set; }

    /// <summary>Unique short code, e.g. "GLB-EQ".</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public bool IsActive { get; private set; } = true;

    public void Rename(string name) => Name = Guard.Required(name, nameof(name), 200);

    public void Withdraw() => IsActive = false;
}

using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Marketing;

/// <summary>A brochure or fact sheet about a product.</summary>
public sealed class Material : IAudited
{
    private Material() { }

    public Material(Guid productId, string title, string? edition = null)
    {
        Id = Guid.CreateVersion7();
        ProductId = Guard.NotEmpty(productId, nameof(productId));
        Title = Guard.Required(title, nameof(title), 300);
        Edition = Guard.Optional(edition, nameof(edition), 50);
    }

    public Guid Id { get; private set; }

    public Guid ProductId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>E.g. "2025-Q3"; lets "who has the current brochure?" differ from "who has any".</summary>
    public string? Edition { get; private set; }
}

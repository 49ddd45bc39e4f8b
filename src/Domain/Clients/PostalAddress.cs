using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>A postal address of a party by kind: where to send mail, where to send invoices, an office, a home.</summary>
public sealed class PostalAddress : IAudited
{
    public const int LineMaxLength = 200;

    private PostalAddress() { }

    internal PostalAddress(Guid partyId, AddressKind kind, IReadOnlyList<string> lines, string city, string? region, string? postcode, string countryCode)
    {
        Id = Guid.CreateVersion7();
        PartyId = partyId;
        Kind = kind;
        Change(lines, city, region, postcode, countryCode);
    }

    public Guid Id { get; private set; }

    public Guid PartyId { get; private set; }

    public AddressKind Kind { get; private set; }

    public string Line1 { get; private set; } = "";

    public string? Line2 { get; private set; }

    public string? Line3 { get; private set; }

    public string City { get; private set; } = "";

    public string? Region { get; private set; }

    public string? Postcode { get; private set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string CountryCode { get; private set; } = "";

    public IReadOnlyList<string> Lines => new[] { Line1, Line2, Line3 }.OfType<string>().ToArray();

    internal void Reclassify(AddressKind kind) => Kind = kind;

    public void Change(IReadOnlyList<string> lines, string city, string? region, string? postcode, string countryCode)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count is 0 or > 3)
        {
            throw new DomainRuleException("An address has one to three street lines.", "lines");
        }

        Line1 = Guard.Required(lines[0], "lines[0]", LineMaxLength);
        Line2 = lines.Count > 1 ? Guard.Optional(lines[1], "lines[1]", LineMaxLength) : null;
        Line3 = lines.Count > 2 ? Guard.Optional(lines[2], "lines[2]", LineMaxLength) : null;
        City = Guard.Required(city, nameof(city), 100);
        Region = Guard.Optional(region, nameof(region), 100);
        Postcode = Guard.Optional(postcode, nameof(postcode), 20);
        CountryCode = Guard.CountryCode(countryCode, nameof(countryCode));
    }
}

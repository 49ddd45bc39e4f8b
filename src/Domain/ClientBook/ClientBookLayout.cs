using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Imports;

namespace OutlookCms.Domain.ClientBook;

/// <summary>One postal address of a client-book row (mailing or billing).</summary>
public sealed record ClientBookAddress(string Line1, string? Line2, string City, string? Postcode, string? Region, string CountryCode);

/// <summary>One row of a client-book file: a person or an organisation, with what another CRM usually exports.</summary>
public sealed record ClientBookRow(
    string ExternalId,
    PartyKind Kind,
    string? GivenName,
    string? FamilyName,
    string? LegalName,
    string? WorksAt,
    string? JobTitle,
    PartyStatus Status,
    string? Email,
    string? Phone,
    string? Household,
    string? AdviserEmail,
    ClientBookAddress? Mailing,
    ClientBookAddress? Billing)
{
    public string DisplayName => Kind == PartyKind.Person ? $"{GivenName} {FamilyName}" : LegalName!;
}

/// <summary>
/// The client-book CSV, the same shape for import and export. A row is a person or an organisation keyed by
/// <c>external_id</c> (its id in the system it comes from); a person may work at an organisation of the file or of an
/// earlier import (<c>works_at</c> = that organisation's external_id), belong to a household (by name, created when
/// new) and be covered by an adviser (by the adviser's email). Addresses are optional; one started must be complete.
/// </summary>
public sealed class ClientBookLayout : CsvLayout<ClientBookRow>
{
    // Before Instance: static fields initialise in order, and the instance's columns use it.
    private static readonly string[] AddressParts = ["line1", "line2", "city", "postcode", "region", "country"];

    public static readonly ClientBookLayout Instance = new();

    public override IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("external_id"), new("kind"), new("given_name"), new("family_name"), new("legal_name"), new("email"),
        new("works_at", Required: false), new("job_title", Required: false), new("status", Required: false), new("phone", Required: false),
        new("household", Required: false), new("adviser_email", Required: false),
        .. AddressParts.Select(p => new CsvColumn($"mailing_{p}", Required: false)),
        .. AddressParts.Select(p => new CsvColumn($"billing_{p}", Required: false)),
    ];

    /// <summary>Every column in file order, as the export writes them.</summary>
    public static IEnumerable<string> Header => Instance.Columns.Select(c => c.Name);

    public override ClientBookRow? Parse(CsvRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var externalId = record.Text("external_id", PartyExternalKey.MaxLength);
        var kind = record.Enum<PartyKind>("kind");
        var status = record.Enum<PartyStatus>("status", required: false) ?? PartyStatus.Client;
        string? given = null, family = null, legal = null, worksAt = null, jobTitle = null, household = null;
        if (kind == PartyKind.Person)
        {
            given = record.Text("given_name", Person.NameMaxLength);
            family = record.Text("family_name", Person.NameMaxLength);
            worksAt = record.Text("works_at", PartyExternalKey.MaxLength, required: false);
            jobTitle = record.Text("job_title", 200, required: false);
            household = record.Text("household", Household.NameMaxLength, required: false);
        }
        else if (kind == PartyKind.Organisation)
        {
            legal = record.Text("legal_name", Party.DisplayNameMaxLength);
            foreach (var personOnly in new[] { "works_at", "household", "given_name", "family_name" }.Where(c => record.Raw(c) is not null))
            {
                record.Error(personOnly, "is for people; an organisation row leaves it empty");
            }
        }

        var email = Email(record, "email");
        var adviser = Email(record, "adviser_email");
        var phone = record.Text("phone", Clients.Phone.NumberMaxLength, required: false);
        if (phone is not null && !Clients.Phone.IsValidNumber(phone))
        {
            record.Error("phone", $"'{phone}' is not a phone number (digits, spaces, + ( ) - . and an optional extension)");
        }

        var mailing = Address(record, "mailing");
        var billing = Address(record, "billing");
        return record.HasErrors || externalId is null || kind is null
            ? null
            : new ClientBookRow(externalId, kind.Value, given, family, legal, worksAt, jobTitle, status, email, phone, household, adviser, mailing, billing);
    }

    private static string? Email(CsvRecord record, string column)
    {
        var text = record.Text(column, 320, required: false);
        if (text is null)
        {
            return null;
        }

        if (!MailAddressText.TryNormalize(text, out var normal))
        {
            record.Error(column, $"'{text}' is not a valid email address");
            return null;
        }

        return normal;
    }

    private static ClientBookAddress? Address(CsvRecord record, string prefix)
    {
        if (AddressParts.All(p => record.Raw($"{prefix}_{p}") is null))
        {
            return null;
        }

        var line1 = record.Text($"{prefix}_line1", PostalAddress.LineMaxLength);
        var line2 = record.Text($"{prefix}_line2", PostalAddress.LineMaxLength, required: false);
        var city = record.Text($"{prefix}_city", 100);
        var postcode = record.Text($"{prefix}_postcode", 20, required: false);
        var region = record.Text($"{prefix}_region", 100, required: false);
        var country = record.Text($"{prefix}_country", 2);
        if (country is not null && !Guard.IsCountryCode(country))
        {
            record.Error($"{prefix}_country", $"'{country}' is not an ISO 3166 two-letter country code");
            return null;
        }

        return line1 is null || city is null || country is null
            ? null
            : new ClientBookAddress(line1, line2, city, postcode, region, country.ToUpperInvariant());
    }
}

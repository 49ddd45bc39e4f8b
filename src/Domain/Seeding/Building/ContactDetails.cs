using System.Globalization;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Seeding.Rows;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>
/// Makes addresses, phone numbers and mailboxes that look local to a country, and keeps every client email address
/// unique across the firm (except the few a couple deliberately share, which capture must report as ambiguous).
/// </summary>
internal sealed class ContactDetails(SeededFirm firm, SeedIds ids, Random random)
{
    private const string PostcodeLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private readonly HashSet<string> _addresses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _domains = new(StringComparer.Ordinal);
    private readonly HashSet<string> _familyDomains = new(StringComparer.Ordinal);

    /// <summary>Reserves a mail domain for an organisation; false when it is taken (by another organisation or a family).</summary>
    public bool TryReserveDomain(string domain) =>
        !Countries.FreeMailDomains.Contains(domain) && !_familyDomains.Contains(domain) && _domains.Add(domain);

    /// <summary>A family's own mail domain ("keller-family.example"), shared by namesakes but never an organisation's.</summary>
    public string? FamilyDomain(string family)
    {
        var domain = $"{MailNames.Slug(family)}-family.example";
        if (_domains.Contains(domain))
        {
            return null;
        }

        _familyDomains.Add(domain);
        return domain;
    }

    public City City(Country country) => random.Pick(country.Cities);

    public string Street(Country country)
    {
        var number = random.Between(1, country.StreetStyle == StreetStyle.NumberThenName ? 240 : 120);
        var street = random.Pick(country.Streets);
        return country.StreetStyle == StreetStyle.NumberThenName
            ? string.Create(CultureInfo.InvariantCulture, $"{number} {street}")
            : string.Create(CultureInfo.InvariantCulture, $"{street} {number}");
    }

    public string Postcode(Country country, City city)
    {
        var code = random.Pick(city.Postcodes);
        return country.SplitPostcodes
            ? string.Create(CultureInfo.InvariantCulture, $"{code} {random.Next(10)}{random.Letter(PostcodeLetters)}{random.Letter(PostcodeLetters)}")
            : code;
    }

    public string PostBox(Country country)
    {
        var number = random.Between(100, 9999);
        return country.Code switch
        {
            "CH" or "DE" or "AT" => string.Create(CultureInfo.InvariantCulture, $"Postfach {number}"),
            "FR" => string.Create(CultureInfo.InvariantCulture, $"BP {number}"),
            "IT" => string.Create(CultureInfo.InvariantCulture, $"Casella Postale {number}"),
            "US" => string.Create(CultureInfo.InvariantCulture, $"P.O. Box {number}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"PO Box {number}"),
        };
    }

    /// <summary>A second line where the country uses one: a suite, a flat.</summary>
    public string? SecondLine(Country country, bool business) => country.Code switch
    {
        "US" when business => string.Create(CultureInfo.InvariantCulture, $"Suite {random.Between(2, 48)}00"),
        "US" when random.Chance(0.4) => string.Create(CultureInfo.InvariantCulture, $"Apt {random.Between(2, 30)}{random.Letter("ABCDEF")}"),
        "GB" when !business && random.Chance(0.3) => string.Create(CultureInfo.InvariantCulture, $"Flat {random.Between(1, 12)}"),
        "GB" when business => string.Create(CultureInfo.InvariantCulture, $"{random.Between(1, 9)}th Floor"),
        _ => null,
    };

    public PostalAddressRow Address(Guid partyId, AddressKind kind, Country country, City city, IReadOnlyList<string?> lines, string postcode)
    {
        var used = lines.OfType<string>().ToList();
        var row = new PostalAddressRow(
            ids.For(SeedTable.PostalAddress, firm.AddressList.Count), partyId, kind, used[0], used.Count > 1 ? used[1] : null,
            used.Count > 2 ? used[2] : null, city.Name, city.Region, postcode, country.Code);
        firm.AddressList.Add(row);
        return row;
    }

    /// <summary>The same street address again under another kind or for another member of a household.</summary>
    public PostalAddressRow Copy(PostalAddressRow address, Guid partyId, AddressKind kind)
    {
        var row = address with { Id = ids.For(SeedTable.PostalAddress, firm.AddressList.Count), PartyId = partyId, Kind = kind };
        firm.AddressList.Add(row);
        return row;
    }

    public void Phone(Guid partyId, string number, PhoneKind kind, bool isPrimary) =>
        firm.PhoneList.Add(new PhoneRow(ids.For(SeedTable.Phone, firm.PhoneList.Count), partyId, number, kind, isPrimary));

    public void Email(Guid partyId, string address, EmailKind kind, bool isPrimary) =>
        firm.EmailList.Add(new EmailAddressRow(ids.For(SeedTable.EmailAddress, firm.EmailList.Count), partyId, address, kind, isPrimary));

    /// <summary>A work address at an organisation's domain, unique: "anna.keller@", else "a.keller@", else "anna.keller2@".</summary>
    public string WorkAddress(string given, string family, string domain)
    {
        var g = MailNames.Fold(given);
        var f = MailNames.Fold(family);
        string[] candidates = [$"{g}.{f}", $"{g[0]}.{f}", $"{g}.{f[0]}.{f}", $"{f}.{g}"];
        foreach (var local in candidates)
        {
            if (_addresses.Add($"{local}@{domain}"))
            {
                return $"{local}@{domain}";
            }
        }

        return Numbered($"{g}.{f}", domain);
    }

    /// <summary>A free-mail address in the style people pick when their name is long taken.</summary>
    public string FreeMailAddress(string given, string family, Country country)
    {
        var domain = random.PickWeighted(country.FreeMail);
        var g = MailNames.Fold(given);
        var f = MailNames.Fold(family);
        var year = random.Between(52, 99);
        string local = random.Next(6) switch
        {
            0 => $"{g}.{f}",
            1 => $"{f}.{g}",
            2 => $"{g}{f}",
            3 => string.Create(CultureInfo.InvariantCulture, $"{g[0]}{f}{year}"),
            4 => string.Create(CultureInfo.InvariantCulture, $"{g}.{f}{year}"),
            _ => $"{g}_{f}",
        };
        return _addresses.Add($"{local}@{domain}") ? $"{local}@{domain}" : Numbered(local, domain);
    }

    /// <summary>An address at a family's own domain ("anna@keller-family.example"); the domain is never an organisation's.</summary>
    public string? FamilyDomainAddress(string given, string familyDomain)
    {
        var address = $"{MailNames.Fold(given)}@{familyDomain}";
        return _addresses.Add(address) ? address : null;
    }

    /// <summary>One address for a couple ("the.kellers@gmail.com"); unique to them, so matching it is ambiguous only between the two.</summary>
    public string SharedFamilyAddress(string family, Country country)
    {
        var domain = random.PickWeighted(country.FreeMail);
        var local = random.Chance(0.5) ? $"the.{MailNames.Fold(family)}s" : $"{MailNames.Fold(family)}.family";
        return _addresses.Add($"{local}@{domain}") ? $"{local}@{domain}" : Numbered(local, domain);
    }

    public string PhoneNumber(City city) => random.Digits(city.PhoneFormat);

    public string MobileNumber(Country country) => random.Digits(random.Pick(country.MobileFormats));

    private string Numbered(string local, string domain)
    {
        for (var n = 2; ; n++)
        {
            var address = string.Create(CultureInfo.InvariantCulture, $"{local}{n}@{domain}");
            if (_addresses.Add(address))
            {
                return address;
            }
        }
    }
}

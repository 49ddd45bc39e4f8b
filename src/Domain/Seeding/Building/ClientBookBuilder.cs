using System.Globalization;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Seeding.Rows;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>
/// Builds the client book: tiers, then client units (organisations with offices, departments and an org chart of
/// people; households of people with shared assets; individuals) until the parties reach 5,000 × scale. Every client
/// and prospect gets designated advisers; a few are restricted to them (and some of those shared with a team).
/// </summary>
internal sealed class ClientBookBuilder
{
    private static readonly IReadOnlyList<(UnitKind, int)> UnitKinds = [(UnitKind.Organisation, 30), (UnitKind.Household, 35), (UnitKind.Individual, 35)];

    private static readonly IReadOnlyList<(OrganisationKind, int)> OrganisationKinds =
    [
        (OrganisationKind.Corporate, 40), (OrganisationKind.FamilyOffice, 18), (OrganisationKind.Foundation, 12),
        (OrganisationKind.PensionFund, 8), (OrganisationKind.SmallBusiness, 22),
    ];

    /// <summary>Cadences some clients asked for instead of their tier's (each leaves room between its window and minimum).</summary>
    private static readonly IReadOnlyList<CadencePolicy> Overrides =
        [new(10, 3, 7), new(21, 3, 14), new(90, 2, 30), new(45, 2, 21)];

    private static readonly IReadOnlyList<string> SharedMailboxes = ["info", "office", "treasury", "finance", "contact"];

    private static readonly IReadOnlyList<(int, int)> CorporateOffices = [(1, 45), (2, 30), (3, 15), (4, 10)];

    /// <summary>Most organisations have two or three people we know; a few large ones a whole org chart.</summary>
    private static readonly IReadOnlyList<(int, int)> CorporatePeople = [(1, 10), (2, 26), (3, 22), (4, 12), (5, 8), (6, 6), (7, 5), (8, 4), (10, 4), (12, 3)];

    private static readonly IReadOnlyList<(int, int)> SmallBusinessPeople = [(1, 50), (2, 35), (3, 15)];

    private static readonly IReadOnlyList<(int, int)> OtherPeople = [(1, 20), (2, 35), (3, 25), (4, 10), (6, 6), (7, 4)];

    /// <summary>How the firm has treated its prospects and clients (see <see cref="Building.Persona"/>).</summary>
    private static readonly IReadOnlyList<(Persona, int)> ProspectPersonas =
        [(Building.Persona.Normal, 70), (Building.Persona.Neglected, 10), (Building.Persona.OverContacted, 5), (Building.Persona.Dormant, 15)];

    private static readonly IReadOnlyList<(Persona, int)> ClientPersonas =
        [(Building.Persona.Normal, 80), (Building.Persona.Neglected, 9), (Building.Persona.OverContacted, 7), (Building.Persona.Dormant, 4)];

    private readonly SeededFirm _firm;
    private readonly SeedIds _ids;
    private readonly SeedSpec _spec;
    private readonly Random _random;
    private readonly ContactDetails _details;
    private readonly Coverage _coverage;
    private readonly HashSet<string> _organisationNames = new(StringComparer.Ordinal);
    private readonly Dictionary<TierPlan, Guid> _tierIds = [];

    public ClientBookBuilder(SeededFirm firm, SeedIds ids, Staff staff, Random random)
    {
        _firm = firm;
        _ids = ids;
        _spec = firm.Spec;
        _random = random;
        _details = new ContactDetails(firm, ids, random);
        _coverage = new Coverage(firm, ids, staff, random);
    }

    public IReadOnlyList<ClientUnit> Build()
    {
        foreach (var tier in Catalogue.Tiers)
        {
            var id = _ids.For(SeedTable.Tier, _firm.TierList.Count);
            _tierIds[tier] = id;
            _firm.TierList.Add(new TierRow(id, tier.Name, tier.Rank, tier.Cadence.ContactAtLeastEveryDays, tier.Cadence.MaxContacts, tier.Cadence.WindowDays));
        }

        var target = _spec.Scale * SeedSpec.PartiesPerScale;
        var units = new List<ClientUnit>(target / 2);
        while (_firm.PartyList.Count < target)
        {
            var index = units.Count;
            units.Add(_random.PickWeighted(UnitKinds) switch
            {
                UnitKind.Organisation => Organisation(index),
                UnitKind.Household => Household(index),
                _ => Individual(index),
            });
        }

        return units;
    }

    private ClientUnit Organisation(int index)
    {
        var kind = _random.PickWeighted(OrganisationKinds);
        var country = _random.PickWeighted(Countries.Weighted);
        var region = FirmPlan.RegionOf(country.Code);
        var status = Status(72, 23);
        var name = OrganisationName(kind, country);
        var orgId = NextPartyId();
        var since = Since(status);
        var tier = status switch
        {
            PartyStatus.Client => kind switch
            {
                OrganisationKind.Corporate => PickTier(15, 35),
                OrganisationKind.FamilyOffice => PickTier(35, 45),
                OrganisationKind.Foundation => PickTier(0, 40),
                OrganisationKind.PensionFund => PickTier(20, 50),
                _ => PickTier(0, 20),
            },
            PartyStatus.Prospect => Catalogue.Prospect,
            _ => null,
        };
        var restricted = status != PartyStatus.Former && _random.Chance(0.02);
        var cadenceOverride = status == PartyStatus.Client && _random.Chance(0.03) ? _random.Pick(Overrides) : null;
        _firm.PartyList.Add(new PartyRow
        {
            Id = orgId, Kind = PartyKind.Organisation, DisplayName = name, LegalName = name, Status = status,
            TierId = TierId(tier), IsRestricted = restricted, CadenceOverride = cadenceOverride, CreatedAt = since,
        });

        var domain = Domain(name, country);
        _firm.DomainList.Add(new OrganisationDomainRow(_ids.For(SeedTable.OrganisationDomain, _firm.DomainList.Count), orgId, domain));
        if (kind == OrganisationKind.Corporate && _random.Chance(0.2) && _details.TryReserveDomain($"{domain[..domain.IndexOf('.', StringComparison.Ordinal)]}-group.example"))
        {
            _firm.DomainList.Add(new OrganisationDomainRow(
                _ids.For(SeedTable.OrganisationDomain, _firm.DomainList.Count), orgId, $"{domain[..domain.IndexOf('.', StringComparison.Ordinal)]}-group.example"));
        }

        if (_random.Chance(0.5))
        {
            // A shared mailbox ("info@", "treasury@"): mail from it matches the organisation itself.
            _details.Email(orgId, $"{_random.Pick(SharedMailboxes)}@{domain}", EmailKind.Work, true);
        }

        var offices = Offices(orgId, kind, country);
        var headOffice = offices[0];
        _details.Phone(orgId, _details.PhoneNumber(headOffice.City), PhoneKind.Work, true);
        if (_random.Chance(0.1))
        {
            _details.Phone(orgId, _details.PhoneNumber(headOffice.City), PhoneKind.Fax, false);
        }

        if (_random.Chance(0.7))
        {
            _details.Address(orgId, AddressKind.Mailing, headOffice.Country, headOffice.City,
                [_random.Chance(0.5) ? _details.PostBox(headOffice.Country) : headOffice.Address.Line1], headOffice.Address.Postcode!);
        }

        var seats = OrgChart.For(kind).Take(PeopleCount(kind)).ToList();
        var departments = Departments(orgId, kind, seats, offices);
        if (_random.Chance(0.6) && departments.TryGetValue(OrgChart.AccountsPayable, out var payables))
        {
            var office = offices.First(o => o.Row.Id == payables.Row.OfficeId);
            _details.Address(orgId, AddressKind.Billing, office.Country, office.City, ["Accounts Payable", office.Address.Line1, office.Address.Line2],
                office.Address.Postcode!);
        }

        var people = new List<Guid>(seats.Count);
        var contacts = new List<Contact>(seats.Count);
        foreach (var seat in seats)
        {
            var personCountry = _random.Chance(0.85) ? country : _random.PickWeighted(Countries.Weighted);
            var given = _random.Pick(personCountry.GivenNames);
            var family = _random.Pick(personCountry.FamilyNames);
            var department = departments[seat.Department];
            var office = offices.First(o => o.Row.Id == department.Row.OfficeId);
            var personId = NextPartyId();
            var reportsTo = people.Count == 0 ? (Guid?)null : people[seat.ReportsTo >= 0 && seat.ReportsTo < people.Count ? seat.ReportsTo : 0];
            _firm.PartyList.Add(new PartyRow
            {
                Id = personId, Kind = PartyKind.Person, DisplayName = $"{given} {family}", GivenName = given, FamilyName = family,
                Status = status, IsRestricted = restricted, CreatedAt = Later(since, _spec.Now.AddDays(-_random.Between(1, 2000))),
                OrganisationId = orgId, DepartmentId = department.Row.Id, OfficeId = office.Row.Id, JobTitle = seat.Title,
                RoleAtOrganisation = seat.Role, InfluenceWeight = _random.Between(seat.MinInfluence, seat.MaxInfluence), ReportsToId = reportsTo,
            });
            people.Add(personId);

            var work = _details.WorkAddress(given, family, domain);
            _details.Email(personId, work, EmailKind.Work, true);
            string? alternate = null;
            if (_random.Chance(0.3))
            {
                alternate = _details.FreeMailAddress(given, family, personCountry);
                _details.Email(personId, alternate, EmailKind.FreeMail, false);
            }

            _details.Phone(personId, _details.PhoneNumber(office.City), PhoneKind.Work, true);
            if (_random.Chance(0.6))
            {
                _details.Phone(personId, _details.MobileNumber(office.Country), PhoneKind.Mobile, false);
            }

            if (seat.ReportsTo == -1 && _random.Chance(0.3))
            {
                _details.Phone(personId, _details.PhoneNumber(office.City), PhoneKind.Assistant, false);
            }

            contacts.Add(new Contact(personId, work, alternate, given));
        }

        var primary = _coverage.PickPrimary(UnitKind.Organisation, kind, 0, region);
        var secondary = _coverage.PickSecondary(primary, UnitKind.Organisation, kind);
        _coverage.Assign(orgId, null, primary, secondary, since, status, _spec.Now);
        if (restricted)
        {
            // A restricted organisation's people are restricted too, each to the same advisers.
            foreach (var person in people)
            {
                _coverage.Assign(person, null, primary, secondary, since, status, _spec.Now);
            }

            if (_random.Chance(0.15))
            {
                _coverage.Share(orgId, primary, since, _spec.Now);
            }
        }

        return new ClientUnit
        {
            Index = index, Kind = UnitKind.Organisation, Country = country, Region = region, OrganisationKind = kind,
            AnchorPartyId = orgId, OrganisationId = orgId, Contacts = contacts, Status = status, Since = since, Tier = tier,
            Cadence = status == PartyStatus.Former ? null : cadenceOverride ?? tier?.Cadence, Persona = Persona(status),
            Currency = country.Currency, Assets = Money(_random.LogNormal(8_000_000, 1.0), 100_000, 5_000_000_000, 1000), IsRestricted = restricted,
            Primary = primary, Secondary = secondary,
        };
    }

    /// <summary>
    /// A family served together. The tier (and so the cadence) is the household's, counted over all its members'
    /// contacts; members carry no tier of their own, as people at an organisation carry none (the organisation's applies).
    /// </summary>
    private ClientUnit Household(int index)
    {
        var country = _random.PickWeighted(Countries.Weighted);
        var region = FirmPlan.RegionOf(country.Code);
        var status = Status(80, 15);
        var since = Since(status);
        var family = _random.Pick(country.FamilyNames);
        var spouseFamily = _random.Chance(0.25) ? _random.Pick(country.FamilyNames) : family;
        var (adults, children) = _random.Next(100) switch
        {
            < 55 => (2, 0),
            < 75 => (2, 1),
            < 90 => (1, 0),
            < 95 => (3, 1),
            _ => (2, 2),
        };
        var assets = status == PartyStatus.Client ? Money(_random.LogNormal(1_800_000, 1.1), 150_000, 250_000_000, 1000) : 0m;
        var tier = status switch
        {
            PartyStatus.Client => assets >= 10_000_000 ? Catalogue.Platinum : assets >= 2_000_000 ? Catalogue.Gold : Catalogue.Silver,
            PartyStatus.Prospect => Catalogue.Prospect,
            _ => null,
        };
        var restricted = status != PartyStatus.Former && _random.Chance(0.03);
        var householdId = _ids.For(SeedTable.Household, _firm.HouseholdList.Count);
        var name = spouseFamily == family || adults == 1 ? $"{family} family" : $"{family} & {spouseFamily} family";
        _firm.HouseholdList.Add(new HouseholdRow(householdId, name, assets, country.Currency, TierId(tier), restricted));

        var city = _details.City(country);
        var home = new[] { _details.Street(country), _details.SecondLine(country, business: false) };
        var postcode = _details.Postcode(country, city);
        var phone = _random.Chance(0.5) ? _details.PhoneNumber(city) : null;
        var familyDomain = assets >= Building.Coverage.HighNetWorth && _random.Chance(0.2) ? _details.FamilyDomain(family) : null;
        var shared = adults >= 2 && _random.Chance(0.06) ? _details.SharedFamilyAddress(family, country) : null;
        var contacts = new List<Contact>();
        PostalAddressRow? homeRow = null;
        for (var member = 0; member < adults + children; member++)
        {
            var isChild = member >= adults;
            var given = _random.Pick(country.GivenNames);
            var surname = member == 1 ? spouseFamily : family;
            var personId = NextPartyId();
            _firm.PartyList.Add(new PartyRow
            {
                Id = personId, Kind = PartyKind.Person, DisplayName = $"{given} {surname}", GivenName = given, FamilyName = surname,
                Status = status, IsRestricted = restricted,
                CreatedAt = isChild ? Later(since, _spec.Now.AddDays(-_random.Between(30, 900))) : since, HouseholdId = householdId,
            });

            homeRow = homeRow is null
                ? _details.Address(personId, AddressKind.Home, country, city, home, postcode)
                : _details.Copy(homeRow, personId, AddressKind.Home);
            if (member == 0)
            {
                MailingAndBilling(personId, country, homeRow);
            }

            var address = familyDomain is not null && !isChild ? _details.FamilyDomainAddress(given, familyDomain) : null;
            var primaryAddress = address ?? _details.FreeMailAddress(given, surname, country);
            _details.Email(personId, primaryAddress, address is null ? EmailKind.FreeMail : EmailKind.Personal, true);
            string? alternate = null;
            if (shared is not null && !isChild && member < 2)
            {
                alternate = shared;
                _details.Email(personId, shared, EmailKind.FreeMail, false);
            }
            else if (_random.Chance(0.35))
            {
                alternate = _details.FreeMailAddress(given, surname, country);
                _details.Email(personId, alternate, EmailKind.FreeMail, false);
            }

            _details.Phone(personId, _details.MobileNumber(country), PhoneKind.Mobile, true);
            if (phone is not null)
            {
                _details.Phone(personId, phone, PhoneKind.Home, false);
            }

            if (!isChild || _random.Chance(0.2))
            {
                contacts.Add(new Contact(personId, primaryAddress, alternate, given));
            }
        }

        var primary = _coverage.PickPrimary(UnitKind.Household, null, assets, region);
        var secondary = _coverage.PickSecondary(primary, UnitKind.Household, null);
        _coverage.Assign(null, householdId, primary, secondary, since, status, _spec.Now);
        if (restricted && _random.Chance(0.15))
        {
            _coverage.Share(contacts[0].PartyId, primary, since, _spec.Now);
        }

        return new ClientUnit
        {
            Index = index, Kind = UnitKind.Household, Country = country, Region = region, AnchorPartyId = contacts[0].PartyId,
            HouseholdId = householdId, Contacts = contacts, Status = status, Since = since, Tier = tier, Cadence = tier?.Cadence, Persona = Persona(status),
            Currency = country.Currency, Assets = assets, IsRestricted = restricted, Primary = primary, Secondary = secondary,
        };
    }

    private ClientUnit Individual(int index)
    {
        var country = _random.PickWeighted(Countries.Weighted);
        var region = FirmPlan.RegionOf(country.Code);
        var status = Status(65, 30);
        var since = Since(status);
        var assets = status == PartyStatus.Client ? Money(_random.LogNormal(700_000, 1.0), 50_000, 80_000_000, 1000) : 0m;
        var tier = status switch
        {
            PartyStatus.Client => assets >= 10_000_000 ? Catalogue.Platinum : assets >= 2_000_000 ? Catalogue.Gold : Catalogue.Silver,
            PartyStatus.Prospect => Catalogue.Prospect,
            _ => null,
        };
        var restricted = status != PartyStatus.Former && _random.Chance(0.02);
        var cadenceOverride = status == PartyStatus.Client && _random.Chance(0.03) ? _random.Pick(Overrides) : null;
        var given = _random.Pick(country.GivenNames);
        var family = _random.Pick(country.FamilyNames);
        var personId = NextPartyId();
        _firm.PartyList.Add(new PartyRow
        {
            Id = personId, Kind = PartyKind.Person, DisplayName = $"{given} {family}", GivenName = given, FamilyName = family,
            Status = status, TierId = TierId(tier), IsRestricted = restricted, CadenceOverride = cadenceOverride, CreatedAt = since,
        });

        var city = _details.City(country);
        var home = _details.Address(personId, AddressKind.Home, country, city,
            [_details.Street(country), _details.SecondLine(country, business: false)], _details.Postcode(country, city));
        MailingAndBilling(personId, country, home);

        var familyDomain = _random.Chance(0.05) ? _details.FamilyDomain(family) : null;
        var personal = familyDomain is null ? null : _details.FamilyDomainAddress(given, familyDomain);
        var address = personal ?? _details.FreeMailAddress(given, family, country);
        _details.Email(personId, address, personal is null ? EmailKind.FreeMail : EmailKind.Personal, true);
        string? alternate = null;
        if (_random.Chance(0.35))
        {
            alternate = _details.FreeMailAddress(given, family, country);
            _details.Email(personId, alternate, EmailKind.FreeMail, false);
        }

        _details.Phone(personId, _details.MobileNumber(country), PhoneKind.Mobile, true);
        if (_random.Chance(0.4))
        {
            _details.Phone(personId, _details.PhoneNumber(city), PhoneKind.Home, false);
        }

        var primary = _coverage.PickPrimary(UnitKind.Individual, null, assets, region);
        var secondary = _coverage.PickSecondary(primary, UnitKind.Individual, null);
        _coverage.Assign(personId, null, primary, secondary, since, status, _spec.Now);
        if (restricted && _random.Chance(0.15))
        {
            _coverage.Share(personId, primary, since, _spec.Now);
        }

        return new ClientUnit
        {
            Index = index, Kind = UnitKind.Individual, Country = country, Region = region, AnchorPartyId = personId,
            Contacts = [new Contact(personId, address, alternate, given)], Status = status, Since = since, Tier = tier,
            Cadence = status == PartyStatus.Former ? null : cadenceOverride ?? tier?.Cadence, Persona = Persona(status),
            Currency = country.Currency, Assets = assets, IsRestricted = restricted, Primary = primary, Secondary = secondary,
        };
    }

    private sealed record OfficeSite(OfficeRow Row, Country Country, City City, PostalAddressRow Address);

    private sealed record DepartmentSite(DepartmentRow Row);

    private List<OfficeSite> Offices(Guid orgId, OrganisationKind kind, Country country)
    {
        var count = kind switch
        {
            OrganisationKind.Corporate => _random.PickWeighted(CorporateOffices),
            OrganisationKind.FamilyOffice or OrganisationKind.PensionFund => _random.Chance(0.8) ? 1 : 2,
            _ => 1,
        };
        var sites = new List<OfficeSite>(count);
        for (var i = 0; i < count; i++)
        {
            var officeCountry = i == 0 || _random.Chance(0.6) ? country : _random.PickWeighted(Countries.Weighted);
            var city = _details.City(officeCountry);
            if (sites.Any(s => s.City == city))
            {
                continue;
            }

            var address = _details.Address(orgId, AddressKind.Office, officeCountry, city,
                [_details.Street(officeCountry), _details.SecondLine(officeCountry, business: true)], _details.Postcode(officeCountry, city));
            var name = i == 0 ? "Head office" : $"{city.Name} office";
            var office = new OfficeRow(_ids.For(SeedTable.Office, _firm.OfficeList.Count), orgId, name, address.Id);
            _firm.OfficeList.Add(office);
            sites.Add(new OfficeSite(office, officeCountry, city, address));
        }

        return sites;
    }

    /// <summary>The departments the org chart's seats sit in, plus accounts payable — often in a back office, not the head office.</summary>
    private Dictionary<string, DepartmentSite> Departments(Guid orgId, OrganisationKind kind, IReadOnlyList<Position> seats, List<OfficeSite> offices)
    {
        var names = seats.Select(s => s.Department).ToList();
        if (OrgChart.For(kind).Any(p => p.Department == OrgChart.AccountsPayable))
        {
            names.Add(OrgChart.AccountsPayable);
        }

        var departments = new Dictionary<string, DepartmentSite>(StringComparer.Ordinal);
        foreach (var name in names.Distinct())
        {
            var office = offices.Count > 1 && (name == OrgChart.AccountsPayable ? _random.Chance(0.5) : _random.Chance(0.2))
                ? offices[_random.Between(1, offices.Count - 1)]
                : offices[0];
            var row = new DepartmentRow(_ids.For(SeedTable.Department, _firm.DepartmentList.Count), orgId, name, office.Row.Id);
            _firm.DepartmentList.Add(row);
            departments[name] = new DepartmentSite(row);
        }

        return departments;
    }

    private int PeopleCount(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Corporate => _random.PickWeighted(CorporatePeople),
        OrganisationKind.SmallBusiness => _random.PickWeighted(SmallBusinessPeople),
        _ => _random.PickWeighted(OtherPeople),
    };

    private void MailingAndBilling(Guid personId, Country country, PostalAddressRow home)
    {
        if (_random.Chance(0.3))
        {
            var city = _details.City(country);
            _details.Address(personId, AddressKind.Mailing, country, city, [_details.PostBox(country)], _details.Postcode(country, city));
        }

        if (_random.Chance(0.15))
        {
            _details.Copy(home, personId, AddressKind.Billing);
        }
    }

    private string OrganisationName(OrganisationKind kind, Country country)
    {
        for (var attempt = 0; ; attempt++)
        {
            var root = _random.Pick(OrganisationNames.Roots);
            var family = _random.Pick(country.FamilyNames);
            var name = kind switch
            {
                OrganisationKind.Corporate => Join(root, _random.Pick(OrganisationNames.Industries), _random.Pick(OrganisationNames.Qualifiers), _random.Pick(country.CompanySuffixes)),
                OrganisationKind.FamilyOffice => Fill(_random.Pick(OrganisationNames.FamilyOfficePatterns), family, root),
                OrganisationKind.Foundation => Fill(_random.Pick(OrganisationNames.FoundationPatterns(country.Code)), family, root),
                OrganisationKind.PensionFund => Fill(_random.Pick(OrganisationNames.PensionPatterns(country.Code)), family, root),
                _ => Join(family, _random.Pick(OrganisationNames.Trades), "", _random.Pick(country.CompanySuffixes)),
            };

            // Big books run out of combinations: a city, then a number, tells namesakes apart as registries do.
            if (attempt >= 8)
            {
                name = $"{name} ({_random.Pick(country.Cities).Name})";
            }

            if (attempt >= 16)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{name} {attempt}");
            }

            if (_organisationNames.Add(name))
            {
                return name;
            }
        }
    }

    private string Domain(string name, Country country)
    {
        var slug = MailNames.Slug(name);
        string[] candidates = [$"{slug}.example", $"{slug}-{country.Code.ToLowerInvariant()}.example"];
        foreach (var candidate in candidates)
        {
            if (_details.TryReserveDomain(candidate))
            {
                return candidate;
            }
        }

        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}{n}.example");
            if (_details.TryReserveDomain(candidate))
            {
                return candidate;
            }
        }
    }

    private static string Join(string first, string second, string qualifier, string suffix) =>
        qualifier.Length == 0 || (qualifier == "Holding" && suffix.StartsWith("Holding", StringComparison.Ordinal))
            ? $"{first} {second} {suffix}"
            : $"{first} {second} {qualifier} {suffix}";

    private static string Fill(string pattern, string family, string root) =>
        pattern.Replace("{F}", family, StringComparison.Ordinal).Replace("{R}", root, StringComparison.Ordinal);

    private PartyStatus Status(int client, int prospect)
    {
        var draw = _random.Next(100);
        return draw < client ? PartyStatus.Client : draw < client + prospect ? PartyStatus.Prospect : PartyStatus.Former;
    }

    private Persona Persona(PartyStatus status) => status switch
    {
        PartyStatus.Former => Building.Persona.Former,
        PartyStatus.Prospect => _random.PickWeighted(ProspectPersonas),
        _ => _random.PickWeighted(ClientPersonas),
    };

    private TierPlan PickTier(int platinum, int gold)
    {
        var draw = _random.Next(100);
        return draw < platinum ? Catalogue.Platinum : draw < platinum + gold ? Catalogue.Gold : Catalogue.Silver;
    }

    private Guid? TierId(TierPlan? tier) => tier is null ? null : _tierIds[tier];

    /// <summary>Clients have been with the firm for years; prospects turned up within the last year or so.</summary>
    private DateTimeOffset Since(PartyStatus status) => status == PartyStatus.Prospect
        ? _spec.Now.AddDays(-_random.Between(10, 400)).AddSeconds(-_random.Next(86_400))
        : _spec.Now.AddDays(-_random.Between(365, 12 * 365)).AddSeconds(-_random.Next(86_400));

    private Guid NextPartyId() => _ids.For(SeedTable.Party, _firm.PartyList.Count);

    private static decimal Money(double value, decimal min, decimal max, decimal step)
    {
        var amount = Math.Round((decimal)value / step) * step;
        return Math.Clamp(amount, min, max);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

namespace OutlookCms.Domain.Seeding.Vocabulary;

/// <summary>Word stock for organisation names ("Kestrel Logistics Holding AG", "Keller Family Office", "Stiftung Iselin").</summary>
internal static class OrganisationNames
{
    public static readonly IReadOnlyList<string> Roots =
    [
        "Alpine", "Aurora", "Castellan", "Danube", "Everest", "Falcon", "Granite", "Harbour", "Ironbridge", "Juniper",
        "Kestrel", "Lakeside", "Meridian", "Northgate", "Oakhurst", "Pinnacle", "Quayside", "Riverton", "Silverline",
        "Thornbury", "Vantage", "Westmoor", "Yorkstone", "Zenith", "Albion", "Beacon", "Cobalt", "Driftwood", "Edelweiss",
        "Fairhaven", "Glacier", "Highland", "Ivory", "Jura", "Kingsbridge", "Lindenhof", "Matterhorn", "Nordic", "Orion",
        "Pilatus", "Rhine", "Saxon", "Tamarind", "Uplands", "Valais", "Whitecliff", "Arcadia", "Cedar", "Emerald",
        "Foxglove", "Greystone", "Heron", "Ibex", "Larch", "Monarch", "Osprey", "Pembroke", "Redwood", "Solent", "Ticino",
    ];

    public static readonly IReadOnlyList<string> Industries =
    [
        "Logistics", "Pharma", "Engineering", "Foods", "Energy", "Robotics", "Textiles", "Shipping", "Properties",
        "Software", "Instruments", "Materials", "Precision", "Hospitality", "Media", "Watches", "Chemicals", "Biotech",
        "Aerospace", "Packaging", "Medical", "Optics", "Retail", "Brewing", "Semiconductors", "Infrastructure", "Timber",
        "Mining", "Telecom", "Analytics",
    ];

    public static readonly IReadOnlyList<string> Qualifiers =
        ["", "", "", "Holding", "Group", "International", "Industries", "Partners", "Europe", "Technologies", "Systems", "Trading"];

    public static readonly IReadOnlyList<string> Trades =
        ["Architects", "Dental Practice", "Law Office", "Vineyard", "Joinery", "Design Studio", "Veterinary Clinic",
         "Consulting", "Opticians", "Engineering Office", "Medical Practice", "Gallery"];

    /// <summary>Name patterns of foundations; <c>{F}</c> = a family name, <c>{R}</c> = a root word.</summary>
    public static IReadOnlyList<string> FoundationPatterns(string countryCode) => countryCode switch
    {
        "CH" => ["Stiftung {F}", "Fondation {F}", "{F} Foundation", "{R} Kulturstiftung"],
        "DE" or "AT" => ["Stiftung {F}", "{F}-Stiftung", "{R} Kulturstiftung"],
        "FR" => ["Fondation {F}", "Fondation {R}"],
        "IT" => ["Fondazione {F}", "Fondazione {R}"],
        "GB" => ["{F} Charitable Trust", "{F} Foundation", "{R} Arts Trust"],
        _ => ["{F} Foundation", "{F} Family Foundation", "{R} Foundation for the Arts"],
    };

    public static IReadOnlyList<string> PensionPatterns(string countryCode) => countryCode switch
    {
        "CH" or "DE" or "AT" => ["Pensionskasse {R}", "{R} Vorsorgestiftung"],
        "FR" => ["Caisse de retraite {R}"],
        "IT" => ["Fondo Pensione {R}"],
        "GB" => ["{R} Pension Scheme", "{R} Staff Pension Fund"],
        _ => ["{R} Retirement Plan", "{R} Employees' Pension Fund"],
    };

    public static readonly IReadOnlyList<string> FamilyOfficePatterns =
        ["{F} Family Office", "{F} & Partners Family Office", "{R} Family Office", "{F} Capital", "The {F} Office"];
}

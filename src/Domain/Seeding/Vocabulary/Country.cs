namespace OutlookCms.Domain.Seeding.Vocabulary;

/// <summary>How a country writes a street line: "Bahnhofstrasse 12" or "12 Sloane Street".</summary>
internal enum StreetStyle
{
    NameThenNumber,
    NumberThenName,
}

/// <summary>A city the seeded clients live and work in, with what makes its addresses and phone numbers look local.</summary>
/// <param name="Postcodes">Postcodes (or, for the UK, outward codes that get a random inward part).</param>
/// <param name="PhoneFormat">A pattern where each <c>#</c> becomes a digit, e.g. <c>+41 44 ### ## ##</c>.</param>
internal sealed record City(string Name, string? Region, IReadOnlyList<string> Postcodes, string PhoneFormat);

/// <summary>Names, places and habits of one country's clients.</summary>
internal sealed record Country(
    string Code,
    string Currency,
    string TimeZoneId,
    StreetStyle StreetStyle,
    IReadOnlyList<string> GivenNames,
    IReadOnlyList<string> FamilyNames,
    IReadOnlyList<City> Cities,
    IReadOnlyList<string> Streets,
    IReadOnlyList<string> MobileFormats,
    IReadOnlyList<(string Domain, int Weight)> FreeMail,
    IReadOnlyList<string> CompanySuffixes)
{
    /// <summary>True for the UK, whose postcodes get an inward part ("SW1X" → "SW1X 7LY").</summary>
    public bool SplitPostcodes => Code == "GB";
}

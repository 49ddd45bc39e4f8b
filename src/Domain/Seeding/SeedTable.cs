namespace OutlookCms.Domain.Seeding;

/// <summary>The tables the seed writes ids for; the number is part of each id, so never renumber.</summary>
internal enum SeedTable : ushort
{
    FirmUser = 1,
    Team = 2,
    Tier = 3,
    Party = 4,
    EmailAddress = 5,
    Phone = 6,
    PostalAddress = 7,
    OrganisationDomain = 8,
    Office = 9,
    Department = 10,
    Household = 11,
    CoverageAssignment = 12,
    PartyShare = 13,
    Interaction = 14,
    FollowUp = 15,
    Outcome = 16,
    Initiative = 17,
    Product = 18,
    Material = 19,
    MaterialSent = 20,
    CoverageBreach = 21,

    /// <summary>Not a table: the Entra ID object ids of the firm users.</summary>
    EntraObject = 100,
}

namespace OutlookCms.Domain.Seeding.Vocabulary;

/// <summary>What sort of organisation a seeded client is; decides its name, departments, org chart and who covers it.</summary>
internal enum OrganisationKind
{
    /// <summary>A company: covered by investment bankers.</summary>
    Corporate,
    /// <summary>A single-family office: covered by high-net-worth specialists.</summary>
    FamilyOffice,
    /// <summary>A charitable foundation or trust: high-net-worth specialists.</summary>
    Foundation,
    /// <summary>A pension fund: wealth advisers (institutional mandates).</summary>
    PensionFund,
    /// <summary>An owner-run business (a practice, a winery): wealth advisers.</summary>
    SmallBusiness,
}

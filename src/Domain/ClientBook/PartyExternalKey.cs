namespace OutlookCms.Domain.ClientBook;

/// <summary>
/// A party's id in the system a client book was imported from (another CRM, a spreadsheet): re-importing a row with
/// the same id matches the party instead of creating it again, and an export writes it back out.
/// </summary>
public sealed class PartyExternalKey
{
    public const int MaxLength = 100;

    private PartyExternalKey() { }

    public PartyExternalKey(string externalId, Guid partyId)
    {
        ExternalId = externalId;
        PartyId = partyId;
    }

    public string ExternalId { get; private set; } = "";

    public Guid PartyId { get; private set; }
}

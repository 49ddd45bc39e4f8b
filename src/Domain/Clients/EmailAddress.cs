using OutlookCms.Domain.Auditing;

namespace OutlookCms.Domain.Clients;

/// <summary>One address of a party, stored normalised (lower-case) and indexed for matching.</summary>
public sealed class EmailAddress : IAudited
{
    private EmailAddress() { }

    internal EmailAddress(Guid partyId, string address, EmailKind kind, bool isPrimary)
    {
        Id = Guid.CreateVersion7();
        PartyId = partyId;
        Address = MailAddressText.Normalize(address, "address");
        Kind = kind;
        IsPrimary = isPrimary;
    }

    public Guid Id { get; private set; }

    public Guid PartyId { get; private set; }

    public string Address { get; private set; } = "";

    public EmailKind Kind { get; private set; }

    public bool IsPrimary { get; private set; }

    internal void MarkPrimary(bool isPrimary) => IsPrimary = isPrimary;

    internal void Reclassify(EmailKind kind) => Kind = kind;
}

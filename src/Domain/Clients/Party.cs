using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>
/// A client or prospect of the firm: a <see cref="Person"/> or an <see cref="Organisation"/> (one table, see ADR 0002).
/// Interactions, follow-ups, outcomes, coverage and shares all point at a party.
/// </summary>
public abstract class Party : IAudited
{
    public const int DisplayNameMaxLength = 300;

    private readonly List<EmailAddress> _emails = [];
    private readonly List<Phone> _phones = [];
    private readonly List<PostalAddress> _addresses = [];

    private protected Party() { }

    private protected Party(PartyKind kind, PartyStatus status, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        Status = status;
        CreatedAt = createdAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    /// <summary>Person or organisation; the discriminator of the parties table.</summary>
    public PartyKind Kind { get; private set; }

    /// <summary>What lists and search show: "Given Family" for a person, the legal name for an organisation.</summary>
    public string DisplayName { get; protected set; } = "";

    public PartyStatus Status { get; private set; }

    public Guid? TierId { get; private set; }

    /// <summary>Only designated advisers (and those it is shared with) may see a restricted party.</summary>
    public bool IsRestricted { get; private set; }

    public int? CadenceMinEveryDays { get; private set; }

    public int? CadenceMaxContacts { get; private set; }

    public int? CadenceWindowDays { get; private set; }

    /// <summary>This party's own cadence, replacing its tier's; null = the tier's applies.</summary>
    public CadencePolicy? CadenceOverride =>
        CadenceMinEveryDays is { } every && CadenceMaxContacts is { } max && CadenceWindowDays is { } window
            ? new CadencePolicy(every, max, window)
            : null;

    /// <summary>Set when this party was a duplicate merged into another; it then only redirects.</summary>
    public Guid? MergedIntoId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin, so two edits of the same party conflict instead of overwriting each other.</summary>
    public uint Version { get; private set; }

    public IReadOnlyCollection<EmailAddress> Emails => _emails.AsReadOnly();

    public IReadOnlyCollection<Phone> Phones => _phones.AsReadOnly();

    public IReadOnlyCollection<PostalAddress> Addresses => _addresses.AsReadOnly();

    public EmailAddress AddEmail(string address, EmailKind kind, bool isPrimary = false)
    {
        var email = new EmailAddress(Id, address, kind, isPrimary || _emails.Count == 0);
        if (_emails.Any(e => e.Address == email.Address))
        {
            throw new DomainRuleException($"{email.Address} is already an address of this party.", "address");
        }

        if (email.IsPrimary)
        {
            _emails.ForEach(e => e.MarkPrimary(false));
        }

        _emails.Add(email);
        return email;
    }

    public void RemoveEmail(string address)
    {
        var normal = MailAddressText.Normalize(address, nameof(address));
        var email = _emails.SingleOrDefault(e => e.Address == normal)
            ?? throw new DomainRuleException($"{normal} is not an address of this party.", nameof(address));
        _emails.Remove(email);
        if (email.IsPrimary && _emails.Count > 0)
        {
            _emails[0].MarkPrimary(true);
        }
    }

    public void MakePrimaryEmail(string address)
    {
        var normal = MailAddressText.Normalize(address, nameof(address));
        if (_emails.All(e => e.Address != normal))
        {
            throw new DomainRuleException($"{normal} is not an address of this party.", nameof(address));
        }

        _emails.ForEach(e => e.MarkPrimary(e.Address == normal));
    }

    public Phone AddPhone(string number, PhoneKind kind, bool isPrimary = false)
    {
        var phone = new Phone(Id, number, kind, isPrimary || _phones.Count == 0);
        if (phone.IsPrimary)
        {
            _phones.ForEach(p => p.MarkPrimary(false));
        }

        _phones.Add(phone);
        return phone;
    }

    public void RemovePhone(Guid phoneId) =>
        _phones.Remove(_phones.SingleOrDefault(p => p.Id == phoneId)
            ?? throw new DomainRuleException("No such phone on this party.", nameof(phoneId)));

    public PostalAddress AddAddress(AddressKind kind, IReadOnlyList<string> lines, string city, string? region, string? postcode, string countryCode)
    {
        var address = new PostalAddress(Id, kind, lines, city, region, postcode, countryCode);
        _addresses.Add(address);
        return address;
    }

    /// <summary>Corrects an address in place (its id, and an office's link to it, stay); office addresses keep their kind.</summary>
    public void ChangeAddress(Guid addressId, AddressKind kind, IReadOnlyList<string> lines, string city, string? region, string? postcode, string countryCode)
    {
        var address = _addresses.SingleOrDefault(a => a.Id == addressId)
            ?? throw new DomainRuleException("No such address on this party.", "id");
        if (kind != address.Kind && (kind == AddressKind.Office || address.Kind == AddressKind.Office))
        {
            throw new DomainRuleException("An office's address is managed with the organisation's offices; its kind cannot change.", nameof(kind));
        }

        address.Change(lines, city, region, postcode, countryCode);
        address.Reclassify(kind);
    }

    public void ReclassifyEmail(string address, EmailKind kind)
    {
        var normal = MailAddressText.Normalize(address, nameof(address));
        (_emails.SingleOrDefault(e => e.Address == normal)
            ?? throw new DomainRuleException($"{normal} is not an address of this party.", nameof(address))).Reclassify(kind);
    }

    public virtual void RemoveAddress(Guid addressId) =>
        _addresses.Remove(_addresses.SingleOrDefault(a => a.Id == addressId)
            ?? throw new DomainRuleException("No such address on this party.", nameof(addressId)));

    /// <summary>The address of a kind (mailing, billing …), or null when the party has none of that kind.</summary>
    public PostalAddress? AddressOf(AddressKind kind) => _addresses.FirstOrDefault(a => a.Kind == kind);

    public void ChangeStatus(PartyStatus status) => Status = status;

    public void AssignTier(Guid? tierId) => TierId = tierId;

    public void Restrict() => IsRestricted = true;

    public void Unrestrict() => IsRestricted = false;

    public void OverrideCadence(CadencePolicy? cadence)
    {
        CadenceMinEveryDays = cadence?.ContactAtLeastEveryDays;
        CadenceMaxContacts = cadence?.MaxContacts;
        CadenceWindowDays = cadence?.WindowDays;
    }

    /// <summary>Marks this party as a duplicate of <paramref name="survivorId"/>; moving its records is the merge's job.</summary>
    public void MarkMergedInto(Guid survivorId)
    {
        if (survivorId == Id)
        {
            throw new DomainRuleException("A party cannot be merged into itself.", nameof(survivorId));
        }

        if (MergedIntoId is not null)
        {
            throw new DomainRuleException("This party was already merged into another.");
        }

        MergedIntoId = Guard.NotEmpty(survivorId, nameof(survivorId));
    }
}

using System.Text.RegularExpressions;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

public sealed partial class Phone : IAudited
{
    public const int NumberMaxLength = 40;

    private Phone() { }

    internal Phone(Guid partyId, string number, PhoneKind kind, bool isPrimary)
    {
        var text = Guard.Required(number, nameof(number), NumberMaxLength);
        if (!PhonePattern().IsMatch(text))
        {
            throw new DomainRuleException($"number '{text}' is not a phone number (digits, spaces, + ( ) - . and an optional extension).", nameof(number));
        }

        Id = Guid.CreateVersion7();
        PartyId = partyId;
        Number = text;
        Kind = kind;
        IsPrimary = isPrimary;
    }

    public Guid Id { get; private set; }

    public Guid PartyId { get; private set; }

    /// <summary>As written (international form preferred); formats vary by country, so it is not reformatted.</summary>
    public string Number { get; private set; } = "";

    public PhoneKind Kind { get; private set; }

    public bool IsPrimary { get; private set; }

    internal void MarkPrimary(bool isPrimary) => IsPrimary = isPrimary;

    /// <summary>What the constructor accepts, for bulk paths that check before they write.</summary>
    public static bool IsValidNumber(string number) => number.Length <= NumberMaxLength && PhonePattern().IsMatch(number);

    [GeneratedRegex(@"^\+?[0-9 ()\-.]{4,30}( ?(x|ext\.?) ?[0-9]{1,6})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhonePattern();
}

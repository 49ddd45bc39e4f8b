using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>
/// How often a client should hear from the firm, counted across all reps and channels:
/// at least once every <see cref="ContactAtLeastEveryDays"/> days (too rarely otherwise) and at most
/// <see cref="MaxContacts"/> contacts in any <see cref="WindowDays"/> days (too often otherwise).
/// </summary>
public sealed record CadencePolicy
{
    public const int MaxDays = 3660;

    public CadencePolicy(int contactAtLeastEveryDays, int maxContacts, int windowDays)
    {
        Positive(contactAtLeastEveryDays, "contactAtLeastEveryDays", MaxDays);
        Positive(maxContacts, "maxContacts", 1000);
        Positive(windowDays, "windowDays", MaxDays);

        // The maximum rate (maxContacts / windowDays) must allow the minimum rate (1 / contactAtLeastEveryDays),
        // or no contact pattern could satisfy both.
        if ((long)maxContacts * contactAtLeastEveryDays < windowDays)
        {
            throw new DomainRuleException(
                $"The maximum ({maxContacts} contact(s) per {windowDays} days) is below the minimum " +
                $"(one contact every {contactAtLeastEveryDays} days): no contact pattern could satisfy both.",
                "maxContacts");
        }

        ContactAtLeastEveryDays = contactAtLeastEveryDays;
        MaxContacts = maxContacts;
        WindowDays = windowDays;
    }

    public int ContactAtLeastEveryDays { get; }

    public int MaxContacts { get; }

    public int WindowDays { get; }

    /// <summary>When the next contact is due, given the last one (any rep, any channel).</summary>
    public DateTimeOffset NextContactDue(DateTimeOffset lastContact) => lastContact.AddDays(ContactAtLeastEveryDays);

    public bool IsOverdue(DateTimeOffset? lastContact, DateTimeOffset now) =>
        lastContact is null || now >= NextContactDue(lastContact.Value);

    /// <summary>True when the contacts already made in the last <see cref="WindowDays"/> days exceed the maximum.</summary>
    public bool IsTooOften(int contactsInWindow) => contactsInWindow > MaxContacts;

    /// <summary>True when one more contact now would exceed the maximum (the compose warning).</summary>
    public bool WouldBeTooOften(int contactsInWindow) => contactsInWindow + 1 > MaxContacts;

    public override string ToString() =>
        $"at least every {ContactAtLeastEveryDays} days, at most {MaxContacts} per {WindowDays} days";

    private static void Positive(int value, string field, int max)
    {
        if (value <= 0)
        {
            throw new DomainRuleException($"{field} must be a positive number of {(field == "maxContacts" ? "contacts" : "days")} (got {value}).", field);
        }

        if (value > max)
        {
            throw new DomainRuleException($"{field} must be at most {max} (got {value}).", field);
        }
    }
}

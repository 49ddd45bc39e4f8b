using System.Globalization;
using OutlookCms.Domain.Clients;

namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>
/// What "add as prospect" is pre-filled with for an unknown address: a name (from the proposed-prospect queue's
/// display name when capture has seen the sender, else from the address's local part; the pane replaces it with
/// Outlook's display name when it has one) and an organisation (the one that owns the domain, else a name made from
/// the domain, never for free-mail).
/// </summary>
public sealed record ProspectSuggestion(string Address, string? GivenName, string? FamilyName, bool IsFreeMail,
    Guid? OrganisationId, string? OrganisationName, int? MessagesSeen)
{
    public static ProspectSuggestion For(string address, string? displayName, Guid? organisationId, string? organisationName, int? messagesSeen)
    {
        var domain = MailAddressText.DomainOf(address);
        var freeMail = FreeMail.IsFreeMail(domain);
        var (given, family) = SplitName(displayName) ?? SplitName(address[..address.IndexOf('@')].Replace('.', ' ').Replace('_', ' ')) ?? (null, null);
        string? orgName = organisationName;
        if (organisationId is null && !freeMail)
        {
            orgName = OrganisationFromDomain(domain);
        }

        return new ProspectSuggestion(address, given, family, freeMail, freeMail ? null : organisationId, freeMail ? null : orgName, messagesSeen);
    }

    /// <summary>"Doe, Jane" and "Jane Doe" both give (Jane, Doe); one word gives no family name.</summary>
    public static (string? Given, string? Family)? SplitName(string? displayName)
    {
        var text = displayName?.Trim().Trim('"', '\'').Trim();
        if (string.IsNullOrEmpty(text) || text.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return (Title(text[(comma + 1)..]), Title(text[..comma]));
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 1 ? (Title(parts[0]), null) : (Title(string.Join(' ', parts[..^1])), Title(parts[^1]));
    }

    /// <summary>"acme-capital.co.uk" → "Acme Capital": the registrable label, words capitalised.</summary>
    public static string OrganisationFromDomain(string domain)
    {
        var labels = domain.Split('.');
        // Second-level public suffixes like co.uk / com.au: the name is the label before them.
        var nameLabel = labels.Length >= 3 && labels[^2].Length <= 3 && labels[^1].Length == 2 ? labels[^3] : labels[^2];
        return Title(nameLabel.Replace('-', ' ').Replace('_', ' '))!;
    }

    private static string? Title(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(trimmed.ToLowerInvariant());
    }
}

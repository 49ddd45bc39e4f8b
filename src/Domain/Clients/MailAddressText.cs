using System.Net.Mail;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>
/// The one normal form of an email address: trimmed and lower-case, so lookups by address
/// (capture's matching, the pane) compare with a plain b-tree index.
/// </summary>
public static class MailAddressText
{
    public const int MaxLength = 320;

    public static string Normalize(string? address, string field = "email")
    {
        var trimmed = Guard.Required(address, field, MaxLength);
        if (!TryNormalize(trimmed, out var normal))
        {
            throw new DomainRuleException($"{field} '{trimmed}' is not a valid email address.", field);
        }

        return normal;
    }

    public static bool TryNormalize(string? address, out string normal)
    {
        normal = "";
        if (string.IsNullOrWhiteSpace(address) || address.Length > MaxLength)
        {
            return false;
        }

        // Only a bare address is accepted: "Name <a@b>" or comments would hide what is stored.
        if (!MailAddress.TryCreate(address.Trim(), out var parsed) ||
            !string.Equals(parsed.Address, address.Trim(), StringComparison.OrdinalIgnoreCase) ||
            parsed.Host.Length == 0 || !parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        normal = parsed.Address.ToLowerInvariant();
        return true;
    }

    /// <summary>The domain part of a normalised address.</summary>
    public static string DomainOf(string normalAddress) => normalAddress[(normalAddress.LastIndexOf('@') + 1)..];
}

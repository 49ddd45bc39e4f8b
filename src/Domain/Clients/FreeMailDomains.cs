namespace OutlookCms.Domain.Clients;

/// <summary>
/// Public mail providers, the one list the whole system uses: an address there says nothing about the sender's
/// employer, so capture matches it by the exact address only (never by organisation domain) and the pane never
/// suggests an organisation from it. The seed and the scenario generator draw clients' free-mail addresses from these
/// domains too (tests check it), so a seeded client writing from one is matched exactly as a real one would be.
/// </summary>
public static class FreeMailDomains
{
    /// <summary>Lower-case, sorted by region.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        // International
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "aol.com",
        "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "gmx.com", "gmx.net", "mail.com", "zoho.com",
        "yandex.com", "fastmail.com", "hey.com",
        // United Kingdom
        "hotmail.co.uk", "yahoo.co.uk", "btinternet.com",
        // Switzerland, Germany, Austria
        "bluewin.ch", "gmx.ch", "gmx.de", "web.de", "t-online.de", "outlook.de", "gmx.at", "aon.at", "chello.at",
        // France, Italy
        "orange.fr", "free.fr", "laposte.net", "sfr.fr", "libero.it", "virgilio.it", "tiscali.it",
        // Elsewhere
        "yandex.ru", "mail.ru", "qq.com", "163.com",
    ];

    private static readonly HashSet<string> Set = new(All, StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string domain) => Set.Contains(domain);
}

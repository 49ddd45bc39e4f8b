namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>
/// Public mail providers: an address there says nothing about the sender's employer, so the pane never suggests an
/// organisation from such a domain. (Capture keeps its own configurable list in GraphSync's CaptureOptions.)
/// </summary>
public static class FreeMail
{
    private static readonly HashSet<string> Domains = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "msn.com",
        "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.com", "gmx.net", "gmx.de",
        "gmx.ch", "web.de", "proton.me", "protonmail.com", "mail.com", "bluewin.ch", "t-online.de", "orange.fr",
        "free.fr", "yandex.ru", "mail.ru", "qq.com", "163.com",
    };

    public static bool IsFreeMail(string domain) => Domains.Contains(domain);
}

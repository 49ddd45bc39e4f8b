using OutlookCms.Domain.Clients;

namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>
/// Public mail providers: an address there says nothing about the sender's employer, so the pane never suggests an
/// organisation from such a domain. The list is the system's one (<see cref="FreeMailDomains"/>), which capture's
/// default <c>Capture:FreeMailDomains</c> is too.
/// </summary>
public static class FreeMail
{
    public static bool IsFreeMail(string domain) => FreeMailDomains.Contains(domain);
}

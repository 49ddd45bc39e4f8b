namespace OutlookCms.Domain.Clients;

public enum EmailKind
{
    Work,
    Personal,
    /// <summary>A free-mail provider (gmail.com …): matched by address only, never by domain.</summary>
    FreeMail,
}

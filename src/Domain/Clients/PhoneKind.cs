namespace OutlookCms.Domain.Clients;

public enum PhoneKind
{
    Work,
    Mobile,
    Home,
    Assistant,
    Fax,
    Other,
}

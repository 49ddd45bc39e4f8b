namespace OutlookCms.Domain.Clients;

public enum AddressKind
{
    Mailing,
    Billing,
    Office,
    Home,
}

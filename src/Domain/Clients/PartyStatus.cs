namespace OutlookCms.Domain.Clients;

public enum PartyStatus
{
    Prospect,
    Client,
    Former,
}

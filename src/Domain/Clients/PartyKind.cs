namespace OutlookCms.Domain.Clients;

/// <summary>The discriminator of the parties table.</summary>
public enum PartyKind
{
    Person,
    Organisation,
}

namespace OutlookCms.Domain.Clients;

/// <summary>The part a person plays at their organisation in a buying decision.</summary>
public enum OrganisationRole
{
    Buyer,
    AccountsPayableContact,
    DecisionMaker,
    Assistant,
    Influencer,
    Other,
}

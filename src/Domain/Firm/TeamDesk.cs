namespace OutlookCms.Domain.Firm;

/// <summary>The business a team (desk) serves.</summary>
public enum TeamDesk
{
    WealthManagement,
    PrivateClients,
    InvestmentBanking,
    Control,
}

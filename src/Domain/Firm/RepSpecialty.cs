namespace OutlookCms.Domain.Firm;

public enum RepSpecialty
{
    WealthAdviser,
    HighNetWorthSpecialist,
    InvestmentBanker,
}

namespace OutlookCms.Domain.Clients;

public enum CoverageRole
{
    Primary,
    Secondary,
}

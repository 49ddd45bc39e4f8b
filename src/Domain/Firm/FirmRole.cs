namespace OutlookCms.Domain.Firm;

/// <summary>What a firm user may do; the token's roles claim carries the same names.</summary>
public enum FirmRole
{
    Rep,
    Manager,
    Controller,
    Admin,
}

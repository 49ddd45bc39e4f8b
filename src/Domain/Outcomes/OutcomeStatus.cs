namespace OutlookCms.Domain.Outcomes;

public enum OutcomeStatus
{
    Reported,
    Confirmed,
    Rejected,
    /// <summary>A pledge that never arrived.</summary>
    Lapsed,
}

namespace OutlookCms.Domain.Outcomes;

public enum OutcomeKind
{
    AssetsPledged,
    AssetsDeposited,
    MandateWon,
    Other,
}

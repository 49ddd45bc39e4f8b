namespace OutlookCms.GraphSync.Persistence;

/// <summary>What one committed page changed.</summary>
public sealed record PageWriteResult(int InteractionsCreated, int InteractionsUpdated, int Decisions, int Quarantined, int RemovalsAudited);

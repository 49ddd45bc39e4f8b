namespace OutlookCms.Domain.Imports;

/// <summary>How far the reading of a file has got.</summary>
public readonly record struct ImportProgress(long RowsDone, long BytesDone, long BytesTotal);

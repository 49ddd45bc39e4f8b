namespace OutlookCms.GraphSync.Graph;

/// <summary>Graph answered 410 Gone / syncStateNotFound: the stored link is dead and the stream must sync from scratch.</summary>
public sealed class DeltaTokenExpiredException : Exception
{
    public DeltaTokenExpiredException() { }

    public DeltaTokenExpiredException(string message) : base(message) { }

    public DeltaTokenExpiredException(string message, Exception innerException) : base(message, innerException) { }
}

namespace OutlookCms.Domain.Interactions;

/// <summary>Seen from the firm: the client wrote to us (inbound), we wrote to them (outbound), or only firm staff (internal, e.g. a note).</summary>
public enum Direction
{
    Inbound,
    Outbound,
    Internal,
}

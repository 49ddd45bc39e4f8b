namespace OutlookCms.Domain.Capture;

public enum ProspectStatus
{
    /// <summary>Has written, but fewer times than the policy's threshold.</summary>
    Watching,
    /// <summary>Wrote often enough: waiting in the review queue.</summary>
    Proposed,
    /// <summary>A reviewer made (or linked) a party for the address.</summary>
    Accepted,
    /// <summary>A reviewer decided the address is no prospect; it is not proposed again.</summary>
    Dismissed,
}

using OutlookCms.Domain.Firm;

namespace OutlookCms.Domain.Access;

/// <summary>
/// Who is looking: the firm user's id and the role from their token. Teams and reporting lines are read from the
/// database by <see cref="AccessRule"/>, so a change there takes effect at once.
/// </summary>
public sealed record Viewer(Guid UserId, FirmRole Role)
{
    /// <summary>Admins and controllers see the whole client book.</summary>
    public bool SeesEverything => Role is FirmRole.Admin or FirmRole.Controller;
}

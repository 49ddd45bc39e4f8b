using OutlookCms.Domain.Firm;

namespace OutlookCms.Domain.Outcomes;

/// <summary>A user and every manager above them (manager, manager's manager …), for separation of duties.</summary>
public sealed record ReportingLine(Guid UserId, IReadOnlyList<Guid> ManagerIds)
{
    /// <summary>Deep enough for any real firm; also stops a cycle in bad data from looping.</summary>
    public const int MaxDepth = 32;

    public bool Contains(Guid userId) => userId == UserId || ManagerIds.Contains(userId);

    /// <summary>Walks the reporting line from the users the caller already has (e.g. all firm users, or those loaded).</summary>
    public static ReportingLine Of(Guid userId, IReadOnlyDictionary<Guid, Guid?> managerOf)
    {
        ArgumentNullException.ThrowIfNull(managerOf);
        var managers = new List<Guid>();
        var current = userId;
        while (managers.Count < MaxDepth && managerOf.TryGetValue(current, out var manager) && manager is { } next && !managers.Contains(next) && next != userId)
        {
            managers.Add(next);
            current = next;
        }

        return new ReportingLine(userId, managers);
    }

    public static ReportingLine Of(FirmUser user, IEnumerable<FirmUser> users)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Of(user.Id, users.ToDictionary(u => u.Id, u => u.ManagerId));
    }
}

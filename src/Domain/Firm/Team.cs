using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Firm;

/// <summary>A team or desk of reps; its manager sees what its members see.</summary>
public sealed class Team : IAudited
{
    public const int NameMaxLength = 200;

    private Team() { }

    public Team(string name, TeamDesk desk, Guid? managerId = null)
    {
        Id = Guid.CreateVersion7();
        Rename(name);
        Desk = desk;
        ManagerId = managerId;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public TeamDesk Desk { get; private set; }

    public Guid? ManagerId { get; private set; }

    public void Rename(string name) => Name = Guard.Required(name, nameof(name), NameMaxLength);

    public void AssignManager(Guid? managerId) => ManagerId = managerId;
}

using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;

namespace OutlookCms.Domain.Tests;

/// <summary>Small builders for test data; every name is unique so tests sharing a class database never collide.</summary>
internal static class Some
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static FirmUser User(FirmRole role, string? name = null, Team? team = null, FirmUser? manager = null)
    {
        var display = name ?? Unique(role.ToString());
        var user = new FirmUser(Guid.NewGuid(), display, $"{Unique("u")}@firm.example", "Europe/London", role,
            role == FirmRole.Rep ? RepSpecialty.WealthAdviser : null);
        user.JoinTeam(team?.Id);
        user.ReportTo(manager?.Id);
        return user;
    }

    public static Team Team(FirmUser? manager = null) => new(Unique("Team"), TeamDesk.WealthManagement, manager?.Id);

    public static Person Person(string? family = null) => new("Ada", family ?? Unique("Person"), PartyStatus.Client, Now);

    public static Organisation Organisation(string? name = null) => new(name ?? Unique("Org"), PartyStatus.Client, Now);
}

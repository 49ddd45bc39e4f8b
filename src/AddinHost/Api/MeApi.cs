using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace OutlookCms.AddinHost.Api;

public static class MeApi
{
    public static void MapMeApi(this WebApplication app) =>
        app.MapGet("/api/me", GetMe).RequireAuthorization(Policies.AnyFirmUser).WithTags("Me");

    public sealed record MeDto(Guid Id, string DisplayName, string Email, string Role, string? Team, string TimeZoneId, string? Specialty);

    private static async Task<MeDto> GetMe(CurrentUser current, CmsDb db, CancellationToken ct)
    {
        var me = await current.GetAsync(ct);
        var team = me.TeamId is { } teamId
            ? await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleOrDefaultAsync(ct)
            : null;
        return new MeDto(me.Id, me.DisplayName, me.Email, me.Role.ToString(), team, me.TimeZoneId, me.Specialty?.ToString());
    }
}

using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>"Why (not) captured?": what the capture worker decided for an email or meeting, and why (admins).</summary>
public static class CaptureApi
{
    public static void MapCaptureApi(this WebApplication app) =>
        app.MapGet("/api/capture/decisions", FindDecisions).WithTags("Capture").RequireAuthorization(Policies.Admin);

    public sealed record DecisionDto(DateTimeOffset At, string Mailbox, MailboxStream Stream, CaptureOutcome Outcome,
        CaptureReason Reason, string? Detail, Guid? InteractionId, string? InternetMessageId, string? Sender, string? Subject);

    private static async Task<List<DecisionDto>> FindDecisions(string? internetMessageId, string? sender, string? subject,
        int? limit, CmsDb db, CancellationToken ct)
    {
        var decisions = await db.FindDecisionsAsync(internetMessageId, sender, subject, limit ?? 50, ct);
        var userIds = decisions.Select(d => d.FirmUserId).Distinct().ToList();
        var mailboxes = await db.FirmUsers.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        return [.. decisions.Select(d => new DecisionDto(d.At, mailboxes.GetValueOrDefault(d.FirmUserId, "?"), d.Stream, d.Outcome,
            d.Reason, d.Detail, d.InteractionId, d.InternetMessageId, d.Sender, d.Subject))];
    }
}

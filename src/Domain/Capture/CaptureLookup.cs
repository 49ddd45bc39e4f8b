using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Capture;

/// <summary>"What happened to this email?": the capture decisions for a Message-ID, a sender and/or words of a subject, newest first.</summary>
public static class CaptureLookup
{
    public const int MaxResults = 500;

    /// <param name="internetMessageId">Exact Message-ID (or a meeting's key, iCalUId|start).</param>
    /// <param name="sender">The sender's address, in any case.</param>
    /// <param name="subjectContains">Part of the subject, case-insensitive (served by the trigram index).</param>
    public static async Task<IReadOnlyList<CaptureDecision>> FindDecisionsAsync(
        this CmsDb db, string? internetMessageId, string? sender, string? subjectContains, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrWhiteSpace(internetMessageId) && string.IsNullOrWhiteSpace(sender) && string.IsNullOrWhiteSpace(subjectContains))
        {
            throw new Common.DomainRuleException("Give a Message-ID, a sender or part of a subject.", "internetMessageId");
        }

        var query = db.CaptureDecisions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(internetMessageId))
        {
            var id = internetMessageId.Trim();
            query = query.Where(d => d.InternetMessageId == id);
        }

        if (!string.IsNullOrWhiteSpace(sender))
        {
            var address = MailAddressText.TryNormalize(sender, out var normal) ? normal : sender.Trim().ToLowerInvariant();
            query = query.Where(d => d.Sender == address);
        }

        if (!string.IsNullOrWhiteSpace(subjectContains))
        {
            var pattern = "%" + Escape(subjectContains.Trim()) + "%";
            query = query.Where(d => d.Subject != null && EF.Functions.ILike(d.Subject, pattern, "\\"));
        }

        return await query.OrderByDescending(d => d.At).ThenBy(d => d.FirmUserId).ThenBy(d => d.Stream).ThenBy(d => d.GraphItemId).Take(Math.Clamp(limit, 1, MaxResults)).ToListAsync(cancellationToken);
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

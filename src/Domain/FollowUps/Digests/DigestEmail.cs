using System.Globalization;
using System.Net;
using System.Text;

namespace OutlookCms.Domain.FollowUps.Digests;

/// <summary>The digest as an email: a subject, well-formed HTML that Outlook renders (tables, inline styles), and plain text.</summary>
public sealed record DigestEmail(string Subject, string Html, string Text)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Every client-supplied string (names, titles) is HTML-encoded; links point into the web app at
    /// <paramref name="webAppBase"/> (absolute, https in production).
    /// </summary>
    public static DigestEmail Render(DigestContent content, Uri webAppBase, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.IsEmpty)
        {
            throw new InvalidOperationException("An empty digest is not sent.");
        }

        var day = content.LocalDate.ToString("dddd d MMMM yyyy", English);
        var counts = new List<string>();
        if (content.Overdue.Count > 0) counts.Add($"{content.Overdue.Count} overdue");
        if (content.DueToday.Count > 0) counts.Add($"{content.DueToday.Count} due today");
        if (content.Escalated.Count > 0) counts.Add($"{content.Escalated.Count} escalated from your team");
        var subject = $"Your follow-ups for {content.LocalDate.ToString("d MMM", English)}: {string.Join(", ", counts)}";
        var followUps = new Uri(webAppBase, "/app/follow-ups");

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Encode(subject)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:16px;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#242424;background:#ffffff\">")
            .Append("<p style=\"margin:0 0 12px\">Good morning ").Append(Encode(content.RecipientName)).Append(", here is what needs you on ")
            .Append(Encode(day)).Append(".</p>");
        var text = new StringBuilder();
        text.Append("Good morning ").Append(content.RecipientName).Append(", here is what needs you on ").Append(day).Append(".\n");

        Section(html, text, "Overdue", content.Overdue, webAppBase, zone, showOwner: false);
        Section(html, text, "Due today", content.DueToday, webAppBase, zone, showOwner: false);
        Section(html, text, "Overdue in your team (escalated)", content.Escalated, webAppBase, zone, showOwner: true);

        html.Append("<p style=\"margin:16px 0 0\"><a href=\"").Append(Encode(followUps.AbsoluteUri)).Append("\" style=\"color:#0f6cbd\">Open my follow-ups</a></p>")
            .Append("<p style=\"margin:16px 0 0;color:#616161;font-size:12px\">Sent once a day by OutlookCms when something is due.</p></body></html>");
        text.Append("\nOpen my follow-ups: ").Append(followUps.AbsoluteUri).Append('\n');
        return new DigestEmail(subject, html.ToString(), text.ToString());
    }

    private static void Section(StringBuilder html, StringBuilder text, string title, IReadOnlyList<DigestItem> items, Uri webAppBase, TimeZoneInfo zone,
        bool showOwner)
    {
        if (items.Count == 0)
        {
            return;
        }

        html.Append("<h2 style=\"margin:16px 0 8px;font-size:16px\">").Append(Encode(title)).Append(" (").Append(items.Count).Append(")</h2>")
            .Append("<table role=\"presentation\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse;width:100%\">");
        text.Append('\n').Append(title).Append(" (").Append(items.Count).Append(")\n");
        foreach (var item in items)
        {
            var what = item.Title ?? Describe(item.Reason);
            var due = TimeZoneInfo.ConvertTime(item.DueAt, zone).ToString("d MMM HH:mm", English);
            var client = new Uri(webAppBase, $"/app/follow-ups?party={item.PartyId}");
            html.Append("<tr style=\"border-bottom:1px solid #e0e0e0\"><td style=\"white-space:nowrap;color:#616161\">").Append(Encode(due)).Append("</td>")
                .Append("<td><a href=\"").Append(Encode(client.AbsoluteUri)).Append("\" style=\"color:#0f6cbd\">").Append(Encode(item.PartyName)).Append("</a></td>")
                .Append("<td>").Append(Encode(what)).Append("</td>");
            if (showOwner)
            {
                html.Append("<td style=\"color:#616161\">").Append(Encode(item.OwnerName)).Append("</td>");
            }

            html.Append("</tr>");
            text.Append("- ").Append(due).Append("  ").Append(item.PartyName).Append(": ").Append(what);
            if (showOwner)
            {
                text.Append(" (").Append(item.OwnerName).Append(')');
            }

            text.Append('\n');
        }

        html.Append("</table>");
    }

    private static string Describe(FollowUpReason reason) => reason switch
    {
        FollowUpReason.UnansweredEmail => "Reply to the client's email",
        FollowUpReason.MeetingWithoutNotes => "Record notes of the meeting",
        FollowUpReason.CadenceDue => "Contact the client: cadence due",
        _ => "Follow up",
    };

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}

using System.Text;
using MimeKit;
using MimeKit.Text;
using MimeKit.Utils;
using OutlookCms.Domain.FollowUps.Digests;

namespace OutlookCms.GraphSync.Digests;

/// <summary>
/// The digest as an Internet message for Graph's MIME create: <c>multipart/alternative</c> with the plain text first and
/// the HTML last (the last alternative is the preferred one), both UTF-8 and quoted-printable (the HTML is one long line,
/// and lines may not pass 998 characters). MimeKit encodes non-ASCII subjects and names per RFC 2047.
/// </summary>
public static class DigestMime
{
    private static readonly FormatOptions Wire = WireFormat();

    public static byte[] Write(string senderMailbox, string toAddress, string toName, DigestEmail email, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(senderMailbox);
        ArgumentNullException.ThrowIfNull(email);
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = now,
            MessageId = MimeUtils.GenerateMessageId(senderMailbox[(senderMailbox.LastIndexOf('@') + 1)..]),
            Body = new MultipartAlternative { Text(TextFormat.Plain, email.Text), Text(TextFormat.Html, email.Html) },
        };
        message.From.Add(new MailboxAddress("", senderMailbox));
        message.To.Add(new MailboxAddress(toName, toAddress));

        using var output = new MemoryStream();
        message.WriteTo(Wire, output);
        return output.ToArray();
    }

    private static TextPart Text(TextFormat format, string content)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, content);
        return part;
    }

    /// <summary>Mail travels with CRLF line ends, whatever the platform.</summary>
    private static FormatOptions WireFormat()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        return options;
    }
}

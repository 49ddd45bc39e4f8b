using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using MimeKit;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary>
/// Graph's MIME form of create message and sendMail: <c>Content-Type: text/plain</c> and the whole MIME message,
/// base64-encoded, as the request body (JSON is <c>application/json</c>). Graph documents one error for content it cannot
/// take — malformed, missing or empty: 400 <c>ErrorMimeContentInvalidBase64String</c>, "Invalid base64 string for MIME
/// content." — so the simulator answers that for bad base64 and for bytes that are no MIME message alike.
/// </summary>
public static class MimeRequest
{
    public sealed record Content(byte[] Bytes, MimeMessage Message, JsonObject Properties);

    public static bool IsMime(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);

    public static async Task<(Content? Content, GraphError? Error)> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.ASCII);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        byte[] bytes;
        try
        {
            // Whitespace (e.g. base64 wrapped at 76 columns) is ignored, as by any base64 decoder.
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return (null, Invalid());
        }

        if (bytes.Length == 0)
        {
            return (null, Invalid());
        }

        MimeMessage message;
        try
        {
            message = MessageMime.Parse(bytes);
        }
        catch (FormatException)
        {
            return (null, Invalid());
        }

        // MimeKit takes almost any bytes; a message without a single header is not MIME content.
        return message.Headers.Count == 0 ? (null, Invalid()) : (new Content(bytes, message, MessageMime.Properties(message)), null);
    }

    private static GraphError Invalid() => GraphError.BadRequest("ErrorMimeContentInvalidBase64String", "Invalid base64 string for MIME content.");
}

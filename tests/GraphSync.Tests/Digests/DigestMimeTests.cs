using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Graph.Models;
using MimeKit;
using OutlookCms.Domain.FollowUps.Digests;
using OutlookCms.GraphSync.Digests;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Digests;

/// <summary>
/// The digest goes out as MIME with both parts (issue 7: "well-formed HTML with a plain-text part"): the message the worker
/// writes, and what reaches the rep's Inbox through the real SDK and the simulator, read back as MIME (<c>$value</c>).
/// </summary>
public sealed partial class DigestMimeTests(Simulator simulator) : IClassFixture<Simulator>
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 18, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheDigestInTheRepsInbox_HasThePlainTextPartThenTheHtml_AndClientTextStaysText()
    {
        await using var world = await DigestWorld.StartAsync(simulator, Morning);
        var rep = await world.PersonAsync("Zoë Ångström", "Europe/London");
        const string hostile = "Review <script>alert(1)</script> & <b>pledge</b>";
        await world.FollowUpAsync(rep, hostile, Morning.AddDays(-2), client: "Smith & Sons");
        await world.FollowUpAsync(rep, "Send the statement", Morning.AddHours(3), client: "Øre Ltd");

        Assert.Equal(1, (await world.RunAsync()).Sent);

        var received = Assert.Single(await world.FolderAsync(rep.Email, "inbox"));
        Assert.Equal(BodyType.Html, received.Body!.ContentType);
        Assert.Equal((rep.Email, "Zoë Ångström"), (received.ToRecipients![0].EmailAddress!.Address, received.ToRecipients[0].EmailAddress!.Name));
        Assert.Equal("Your follow-ups for 18 Mar: 1 overdue, 1 due today", received.Subject);
        await using var stream = await world.Graph.Users[rep.Email].Messages[received.Id].Content.GetAsync();
        var mime = await MimeMessage.LoadAsync(stream!);
        var parts = Assert.IsType<MultipartAlternative>(mime.Body).Cast<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.All(parts, p => Assert.Equal("utf-8", p.ContentType.Charset));

        var text = parts[0].Text;
        Assert.Contains("Good morning Zoë Ångström, here is what needs you on Wednesday 18 March 2026.", text, StringComparison.Ordinal);
        Assert.Contains($"- 16 Mar 08:00  Smith & Sons: {hostile}", text, StringComparison.Ordinal);
        Assert.Contains("- 18 Mar 11:00  Øre Ltd: Send the statement", text, StringComparison.Ordinal);
        Assert.Contains("Open my follow-ups: https://cms.firm.example/app/follow-ups", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", text, StringComparison.Ordinal);

        var html = parts[1].Text;
        Assert.Equal(received.Body.Content, html);
        Assert.Contains(WebUtility.HtmlEncode(hostile), html, StringComparison.Ordinal);
        Assert.Contains("Smith &amp; Sons", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDraftIsMadeFromMime_AndRetriesStillSendOnce()
    {
        await using var world = await DigestWorld.StartAsync(simulator, Morning);
        var rep = await world.PersonAsync("Ines Rep", "Europe/London");
        await world.FollowUpAsync(rep, "Call back", Morning.AddDays(-1));
        // The create's answer is lost after the draft was made: the retry makes another from MIME and sends only that.
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/faults", new { kind = "dropAfter", mailbox = world.ServiceMailbox, pathContains = "/messages", count = 1 });
        await Assert.ThrowsAsync<OutlookCms.GraphSync.Jobs.DigestRunIncompleteException>(world.RunAsync);

        world.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, (await world.RunAsync()).Sent);

        var orphan = Assert.Single(await world.FolderAsync(world.ServiceMailbox, "drafts"));
        var sent = Assert.Single(await world.FolderAsync(world.ServiceMailbox, "sentitems"));
        foreach (var item in new[] { orphan, sent })
        {
            await using var stream = await world.Graph.Users[world.ServiceMailbox].Messages[item.Id].Content.GetAsync();
            Assert.Equal(2, Assert.IsType<MultipartAlternative>((await MimeMessage.LoadAsync(stream!)).Body).Count);
        }

        Assert.Single(await world.FolderAsync(rep.Email, "inbox"));
    }

    [Fact]
    public void TheMime_EncodesNonAsciiSubjectAndName_PerRfc2047_AndRoundTrips()
    {
        var email = new DigestEmail("Relevé für Zoë: 2 overdue", "<p>" + new string('x', 5000) + "</p>", "Line one\nLine two\n");

        var bytes = DigestMime.Write("digests@firm.example", "zoe@firm.example", "Zoë Ångström", email, Morning);

        var raw = Encoding.ASCII.GetString(bytes);
        Assert.True(bytes.All(b => b < 128), "the message is 7-bit: every non-ASCII character is encoded");
        Assert.Matches(EncodedHeader("Subject"), raw);
        Assert.Matches(EncodedHeader("To"), raw);
        Assert.Contains("\r\nMIME-Version: 1.0\r\n", "\r\n" + raw, StringComparison.Ordinal);
        Assert.DoesNotMatch(BareLineFeed(), raw);
        Assert.All(raw.Split("\r\n"), line => Assert.True(line.Length <= 998, $"a line of {line.Length} characters"));

        var mime = MimeMessage.Load(new MemoryStream(bytes));
        Assert.Equal("Relevé für Zoë: 2 overdue", mime.Subject);
        Assert.Equal(("Zoë Ångström", "zoe@firm.example"), (mime.To.Mailboxes.Single().Name, mime.To.Mailboxes.Single().Address));
        Assert.Equal("digests@firm.example", mime.From.Mailboxes.Single().Address);
        Assert.Equal(Morning, mime.Date);
        Assert.EndsWith("@firm.example", mime.MessageId, StringComparison.Ordinal);
        var parts = Assert.IsType<MultipartAlternative>(mime.Body).Cast<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.All(parts, p => Assert.Equal((ContentEncoding.QuotedPrintable, "utf-8"), (p.ContentTransferEncoding, p.ContentType.Charset)));
        Assert.Equal("Line one\nLine two", parts[0].Text.ReplaceLineEndings("\n").TrimEnd());
        Assert.Equal(email.Html, parts[1].Text);
    }

    private static Regex EncodedHeader(string name) => new($"(?m)^{name}: .*=\\?utf-8\\?[bBqQ]\\?");

    [GeneratedRegex("[^\r]\n")]
    private static partial Regex BareLineFeed();
}

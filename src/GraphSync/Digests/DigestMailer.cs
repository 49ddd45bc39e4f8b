using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookCms.Domain.FollowUps.Digests;

namespace OutlookCms.GraphSync.Digests;

/// <summary>What Graph holds for a draft id: nothing, a draft not yet sent, or the sent copy (in Sent Items).</summary>
public enum DraftState
{
    Missing,
    Draft,
    Sent,
}

/// <summary>
/// The three Graph calls of the sending protocol, in the service mailbox: create a draft, send it, ask about it. Every
/// call says <c>Prefer: IdType="ImmutableId"</c>, so the id stored after creating still names the message once the
/// send has moved it to Sent Items (a regular id changes on the move).
/// </summary>
public sealed class DigestMailer(GraphServiceClient graph)
{
    private const string ImmutableIds = "IdType=\"ImmutableId\"";

    public async Task<string> CreateDraftAsync(string senderMailbox, string toAddress, string toName, DigestEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var draft = await graph.Users[senderMailbox].Messages.PostAsync(new Message
        {
            Subject = email.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = email.Html },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = toAddress, Name = toName } }],
        }, c => c.Headers.Add("Prefer", ImmutableIds), cancellationToken);
        return draft?.Id ?? throw new InvalidOperationException("Graph created the draft but answered without its id.");
    }

    public async Task SendAsync(string senderMailbox, string messageId, CancellationToken cancellationToken) =>
        await graph.Users[senderMailbox].Messages[messageId].Send.PostAsync(c => c.Headers.Add("Prefer", ImmutableIds), cancellationToken);

    public async Task<DraftState> StateAsync(string senderMailbox, string messageId, CancellationToken cancellationToken)
    {
        try
        {
            var message = await graph.Users[senderMailbox].Messages[messageId].GetAsync(c =>
            {
                c.QueryParameters.Select = ["id", "isDraft", "parentFolderId"];
                c.Headers.Add("Prefer", ImmutableIds);
            }, cancellationToken);
            return message?.IsDraft == false ? DraftState.Sent : DraftState.Draft;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404 && error.Error?.Code == "ErrorItemNotFound")
        {
            return DraftState.Missing;
        }
    }
}

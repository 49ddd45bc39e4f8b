using System.Text;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Serialization;
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
public sealed class DigestMailer(GraphServiceClient graph, TimeProvider time)
{
    private const string ImmutableIds = "IdType=\"ImmutableId\"";

    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    /// <summary>
    /// Creates the draft from MIME (<see cref="DigestMime"/>), so it carries the plain-text part beside the HTML: a JSON
    /// message has one body. Graph's MIME form of <c>POST /users/{id}/messages</c> is the message base64-encoded as a
    /// <c>text/plain</c> body; the SDK has no typed call for it, so the generated request is kept (URL, headers) and only
    /// its content replaced. The answer is the created message, as for JSON.
    /// </summary>
    public async Task<string> CreateDraftAsync(string senderMailbox, string toAddress, string toName, DigestEmail email, CancellationToken cancellationToken)
    {
        var mime = DigestMime.Write(senderMailbox, toAddress, toName, email, time.GetUtcNow());
        var request = graph.Users[senderMailbox].Messages.ToPostRequestInformation(new Message(), c => c.Headers.Add("Prefer", ImmutableIds));
        request.Headers.Remove("Content-Type");
        request.SetStreamContent(new MemoryStream(Encoding.ASCII.GetBytes(Convert.ToBase64String(mime))), "text/plain");
        var draft = await graph.RequestAdapter.SendAsync(request, Message.CreateFromDiscriminatorValue, Errors, cancellationToken);
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

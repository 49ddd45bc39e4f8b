using System.Text.RegularExpressions;

namespace OutlookCms.GraphSimulator.Subscriptions;

/// <summary>
/// The Outlook resources a subscription may watch, as Graph spells them: <c>users/{id}/messages</c>,
/// <c>users/{id}/mailFolders('{folder}')/messages</c> (also <c>mailFolders/{folder}/messages</c>) and
/// <c>users/{id}/events</c>; a leading slash is allowed, <c>me/...</c> is not (app-only callers have no "me").
/// </summary>
public sealed partial record SubscriptionResource(string User, string Kind, string? Folder)
{
    public const string Message = "message";
    public const string Event = "event";

    public static SubscriptionResource? Parse(string? resource)
    {
        if (string.IsNullOrWhiteSpace(resource))
        {
            return null;
        }

        var match = Shape().Match(resource.Trim());
        if (!match.Success)
        {
            return null;
        }

        var user = match.Groups["user"].Value;
        if (match.Groups["events"].Success)
        {
            return new SubscriptionResource(user, Event, null);
        }

        var folder = match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["plain"].Success ? match.Groups["plain"].Value : null;
        return new SubscriptionResource(user, Message, folder);
    }

    [GeneratedRegex(@"^/?users/(?<user>[^/('""]+)/(?:(?<events>events)|(?:mailFolders(?:\('(?<quoted>[^']+)'\)|/(?<plain>[^/]+))/)?messages)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

using System.Globalization;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>
/// A meeting keeps the key it was first captured under. Graph gives a moved single-instance meeting (and an occurrence
/// without <c>originalStart</c>) a new start but the same iCalUId and item id, so without this a move would make a
/// second interaction instead of updating the first. Pure: the caller loads the keys this mailbox captured before.
/// </summary>
public static class MeetingKeys
{
    public static IReadOnlyList<ReadResult> KeepCapturedKeys(IReadOnlyList<ReadResult> page, IReadOnlyDictionary<string, string> capturedKeyByGraphId)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(capturedKeyByGraphId);
        if (capturedKeyByGraphId.Count == 0)
        {
            return page;
        }

        return page.Select(result => result switch
        {
            ReadResult.Item { Seen: { Channel: Channel.Meeting, ICalUId: { } uid } seen }
                when capturedKeyByGraphId.TryGetValue(seen.GraphId, out var key) && key != seen.NaturalKey && StartOf(key, uid) is { } start
                => new ReadResult.Item(seen with { NaturalKey = key, OccurrenceStart = start }),
            _ => result,
        }).ToList();
    }

    /// <summary>The occurrence start inside a key made by <see cref="Interaction.MeetingKey"/>, if the key is this iCalUId's.</summary>
    private static DateTimeOffset? StartOf(string key, string uid) =>
        key.Length > uid.Length + 1 && key.StartsWith(uid, StringComparison.Ordinal) && key[uid.Length] == '|' &&
        DateTimeOffset.TryParseExact(key[(uid.Length + 1)..], "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start)
            ? start
            : null;
}

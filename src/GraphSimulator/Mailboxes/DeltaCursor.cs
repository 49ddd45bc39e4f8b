using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.IdentityModel.Tokens;

namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>
/// What a skip or delta token stands for. A round reads the journal entries in (<see cref="From"/>, <see cref="To"/>],
/// page by page after <see cref="After"/>; the next round starts from this round's <see cref="To"/>. Query options of
/// the first request travel inside the token, as Graph encodes them.
/// </summary>
public sealed record DeltaCursor
{
    [JsonPropertyName("k")] public required string Kind { get; init; }

    [JsonPropertyName("g")] public required string Generation { get; init; }

    [JsonPropertyName("f")] public string? FolderId { get; init; }

    [JsonPropertyName("fr")] public long From { get; init; }

    [JsonPropertyName("to")] public long To { get; init; }

    [JsonPropertyName("af")] public long After { get; init; }

    [JsonPropertyName("sel")] public string? Select { get; init; }

    [JsonPropertyName("exp")] public string? Expand { get; init; }

    [JsonPropertyName("ct")] public string? ChangeType { get; init; }

    [JsonPropertyName("top")] public int? Top { get; init; }

    [JsonPropertyName("s")] public DateTimeOffset? WindowStart { get; init; }

    [JsonPropertyName("e")] public DateTimeOffset? WindowEnd { get; init; }

    public const string MessagesKind = "m";
    public const string CalendarViewKind = "c";

    [JsonIgnore] public bool IsInitialRound => From == 0;

    private static readonly JsonSerializerOptions TokenJson = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string Encode() => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(this, TokenJson));

    public static DeltaCursor? Decode(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<DeltaCursor>(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token)));
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>One page of a delta round: entries in journal order, and the cursor for the next page (null when the round is done).</summary>
public sealed record DeltaPage(IReadOnlyList<DeltaEntry> Entries, DeltaCursor? NextPage, DeltaCursor NextRound);

/// <summary>An item's current JSON, or only its id when it was removed (from the folder, or from the window).</summary>
public sealed record DeltaEntry(string Id, JsonElement? Item, IReadOnlyList<ExtendedProperty> ExtendedProperties, EventSpan? Span = null)
{
    public bool Removed => Item is null;
}

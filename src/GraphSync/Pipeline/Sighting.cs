namespace OutlookCms.GraphSync.Pipeline;

/// <summary>An unknown sender's message, counted once per Message-ID.</summary>
public sealed record Sighting(string Address, string? Name, string InternetMessageId, DateTimeOffset SeenAt);

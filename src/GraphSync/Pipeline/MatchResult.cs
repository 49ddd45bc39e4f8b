namespace OutlookCms.GraphSync.Pipeline;

/// <summary>What matching found for one item's external participants.</summary>
public sealed record MatchResult(IReadOnlyList<PartyMatch> Parties, IReadOnlyList<string> Ambiguous, IReadOnlyList<Participant> Unknown);

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>Everything one delta page writes, as plain rows for the batched writer.</summary>
public sealed class PagePlan
{
    public List<InteractionRow> Interactions { get; } = [];

    public List<RepLink> Reps { get; } = [];

    public List<PartyLink> Parties { get; } = [];

    public List<DecisionRow> Decisions { get; } = [];

    public List<ReadResult.Poison> Quarantine { get; } = [];

    public List<Sighting> Sightings { get; } = [];

    /// <summary>Graph ids reported as <c>@removed</c>.</summary>
    public List<string> Removed { get; } = [];

    public int ItemCount => Decisions.Count + Removed.Count;
}

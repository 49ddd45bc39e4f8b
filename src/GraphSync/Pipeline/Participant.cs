using OutlookCms.Domain.Interactions;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>One person on an item, with the address normalised (lower-case, bare).</summary>
public sealed record Participant(string Address, string? Name, ParticipantRole Role)
{
    public string Domain => Address[(Address.LastIndexOf('@') + 1)..];
}

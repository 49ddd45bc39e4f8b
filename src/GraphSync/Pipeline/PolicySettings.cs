using OutlookCms.GraphSync.Options;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>The capture options in the shape the pure steps use (sets, not lists).</summary>
public sealed class PolicySettings
{
    public PolicySettings(CaptureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        FreeMailDomains = Normalised(options.FreeMailDomains);
        Blocklist = Normalised(options.Blocklist);
        MetadataOnly = options.MetadataOnly;
        OtherInferenceIsBulk = options.OtherInferenceIsBulk;
        MaxRecipients = options.MaxRecipients;
        ProspectThreshold = options.ProspectThreshold;
    }

    public IReadOnlySet<string> FreeMailDomains { get; }

    /// <summary>Addresses and domains (a leading @ is dropped).</summary>
    public IReadOnlySet<string> Blocklist { get; }

    public bool MetadataOnly { get; }

    public bool OtherInferenceIsBulk { get; }

    public int MaxRecipients { get; }

    public int ProspectThreshold { get; }

    public bool IsBlocked(Participant participant) => Blocklist.Contains(participant.Address) || Blocklist.Contains(participant.Domain);

    private static HashSet<string> Normalised(IEnumerable<string> values) =>
        new(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim().TrimStart('@').ToLowerInvariant()), StringComparer.Ordinal);
}

namespace OutlookCms.GraphSync.Digests;

/// <summary>What one attempt at one person's digest for one local day did.</summary>
public enum DigestOutcome
{
    /// <summary>Nothing to say: no row, no email.</summary>
    Nothing,

    /// <summary>Sent now (a draft made and sent, or an earlier draft found unsent and sent).</summary>
    Sent,

    /// <summary>An earlier attempt had sent it without recording so; found in Sent Items and recorded.</summary>
    FoundSent,

    /// <summary>Recorded as sent before this attempt.</summary>
    AlreadySent,

    /// <summary>Another live run holds this digest; it is left to that run.</summary>
    Busy,
}

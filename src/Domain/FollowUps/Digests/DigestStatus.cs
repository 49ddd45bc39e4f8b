namespace OutlookCms.Domain.FollowUps.Digests;

/// <summary>Where one digest stands in the sending protocol (see <see cref="Digest"/>).</summary>
public enum DigestStatus
{
    /// <summary>The row is taken for this recipient and day; no draft is known yet.</summary>
    Claimed,

    /// <summary>A draft exists in the service mailbox and its (immutable) id is stored; it may or may not have been sent.</summary>
    DraftCreated,

    /// <summary>Graph accepted the send, or the draft was found in Sent Items.</summary>
    Sent,
}

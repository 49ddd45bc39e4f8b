namespace OutlookCms.Domain.Capture;

/// <summary>Why an item was set aside instead of processed.</summary>
public enum QuarantineReason
{
    /// <summary>A sender or recipient is not a usable address.</summary>
    MalformedAddress,
    /// <summary>More recipients than the policy allows (mass mail, or a malformed header).</summary>
    TooManyRecipients,
    /// <summary>Text that is not valid UTF-16 (lone surrogates), which PostgreSQL cannot store.</summary>
    InvalidText,
    /// <summary>A key part is missing or too long (no internetMessageId, an overlong key).</summary>
    Unkeyable,
    /// <summary>Anything else that threw while processing the single item.</summary>
    Unprocessable,
}

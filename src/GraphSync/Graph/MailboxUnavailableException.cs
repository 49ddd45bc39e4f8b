namespace OutlookCms.GraphSync.Graph;

/// <summary>
/// Graph answered 404 for the user itself: no such user (<c>ErrorInvalidUser</c>) or a user without an Exchange Online
/// mailbox (<c>MailboxNotEnabledForRESTAPI</c>: unlicensed, on-premises, soft-deleted). Every stream would fail the
/// same way and retrying soon changes nothing, so the sync stops for this run.
/// </summary>
public sealed class MailboxUnavailableException : Exception
{
    public const string InvalidUser = "ErrorInvalidUser";
    public const string MailboxNotEnabled = "MailboxNotEnabledForRESTAPI";

    public MailboxUnavailableException() { }

    public MailboxUnavailableException(string message) : base(message) { }

    public MailboxUnavailableException(string message, Exception innerException) : base(message, innerException) { }

    public MailboxUnavailableException(string code, string message, Exception innerException) : base(message, innerException) => Code = code;

    /// <summary>Graph's error code.</summary>
    public string Code { get; } = "";

    public static bool IsMailboxUnavailable(string? code) => code is InvalidUser or MailboxNotEnabled;
}

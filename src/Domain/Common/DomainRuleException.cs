namespace OutlookCms.Domain.Common;

/// <summary>
/// A business rule refused an operation (bad value or illegal state change).
/// Hosts turn it into a 400/409 ProblemDetails; <see cref="Field"/> names the offending input when there is one.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message, string? field = null) : base(message) => Field = field;

    public DomainRuleException() : base("A business rule was violated.") { }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException) { }

    public string? Field { get; }
}

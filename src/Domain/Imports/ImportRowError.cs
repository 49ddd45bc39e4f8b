namespace OutlookCms.Domain.Imports;

/// <summary>Why a row (or the whole file, then <see cref="Line"/> is the header's line 1) was refused.</summary>
/// <param name="Line">1-based line of the file; the header is line 1.</param>
/// <param name="Column">The column at fault, as named in the header; null when the row or file as a whole is.</param>
public sealed record ImportRowError(long Line, string? Column, string Reason)
{
    public override string ToString() => Column is null ? $"line {Line}: {Reason}" : $"line {Line}, {Column}: {Reason}";
}

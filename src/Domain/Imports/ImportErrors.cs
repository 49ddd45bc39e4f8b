namespace OutlookCms.Domain.Imports;

/// <summary>
/// The bad rows of one import. Every bad row is counted; the first <see cref="Limit"/> errors are kept with their
/// line, column and reason (a file with more is broken as a whole, and listing a million errors helps nobody).
/// </summary>
public sealed class ImportErrors(int limit = ImportErrors.DefaultLimit)
{
    public const int DefaultLimit = 1000;

    private readonly List<ImportRowError> _kept = [];
    private readonly HashSet<long> _lines = [];

    public int Limit { get; } = limit;

    public IReadOnlyList<ImportRowError> Kept => _kept;

    /// <summary>Distinct lines with at least one error.</summary>
    public long RejectedRows => _lines.Count;

    public bool Any => _lines.Count > 0;

    /// <summary>True when more errors were found than kept.</summary>
    public bool Truncated { get; private set; }

    public void Add(long line, string? column, string reason)
    {
        _lines.Add(line);
        if (_kept.Count < Limit)
        {
            _kept.Add(new ImportRowError(line, column, reason));
        }
        else
        {
            Truncated = true;
        }
    }
}

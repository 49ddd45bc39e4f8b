namespace OutlookCms.Domain.Imports;

/// <summary>What one row of a dry run would do: "create" a record, or "match" one already stored (named in <see cref="Detail"/>).</summary>
public sealed record ImportPlanLine(long Line, string Action, string Detail);

/// <summary>
/// A dry run's row-by-row answer, which handlers fill as they decide each row. The first <see cref="Limit"/> lines
/// are kept (the counts cover the whole file; a person reads the first screens, not 100,000 lines).
/// </summary>
public sealed class ImportPlan(int limit = ImportPlan.DefaultLimit)
{
    public const int DefaultLimit = 1000;

    private readonly List<ImportPlanLine> _kept = [];

    public int Limit { get; } = limit;

    public IReadOnlyList<ImportPlanLine> Kept => _kept;

    public bool IsFull => _kept.Count >= Limit;

    public void Add(long line, string action, string detail)
    {
        if (!IsFull)
        {
            _kept.Add(new ImportPlanLine(line, action, detail));
        }
    }
}

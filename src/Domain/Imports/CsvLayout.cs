namespace OutlookCms.Domain.Imports;

/// <summary>
/// What one kind of CSV file holds: its columns and how a record becomes a row. <see cref="Parse"/> reports each
/// bad field through the record (<see cref="CsvRecord.Error"/> or the typed getters) and returns null for a bad row.
/// </summary>
public abstract class CsvLayout<TRow>
    where TRow : class
{
    public abstract IReadOnlyList<CsvColumn> Columns { get; }

    public abstract TRow? Parse(CsvRecord record);
}

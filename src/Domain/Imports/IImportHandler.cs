namespace OutlookCms.Domain.Imports;

/// <summary>
/// What one kind of import does with its rows, inside the import's one transaction (<see cref="ImportSession"/>):
/// <see cref="BeginAsync"/> prepares (e.g. a temporary staging table), <see cref="AddAsync"/> stages each good row,
/// <see cref="CompleteAsync"/> checks what only the database can tell (unknown references, duplicates), adding row
/// errors to <see cref="ImportSession.Errors"/>, and stores the rows by their natural keys. When any error was
/// reported the runner rolls everything back.
/// </summary>
public interface IImportHandler<TRow>
    where TRow : class
{
    /// <summary>Stored as <see cref="Import.Kind"/>, e.g. "booked-activity".</summary>
    string Kind { get; }

    CsvLayout<TRow> Layout { get; }

    Task BeginAsync(ImportSession session, CancellationToken cancellationToken);

    ValueTask AddAsync(ImportSession session, TRow row, long line, CancellationToken cancellationToken);

    /// <summary>
    /// Called after the last row, also when some rows were refused while reading (only the good ones were staged): its
    /// checks then add to the same report. Stores nothing when <see cref="ImportSession.Errors"/> has any. Returns how
    /// many rows were new and how many already stored.
    /// </summary>
    Task<ImportCounts> CompleteAsync(ImportSession session, long rows, CancellationToken cancellationToken);

    /// <summary>
    /// Called instead of <see cref="CompleteAsync"/> when reading the file failed (not a bad row: an unreadable file, a
    /// cancellation), just before the rollback: end whatever is still open on the connection (e.g. cancel a COPY).
    /// </summary>
    ValueTask AbortAsync(ImportSession session);
}

/// <param name="Created">Rows stored as new.</param>
/// <param name="Matched">Rows whose natural key was already stored (nothing changed).</param>
public readonly record struct ImportCounts(long Created, long Matched);

using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Imports;

/// <summary>
/// Runs an import end to end: recognises a file already imported (same kind and SHA-256), reads the CSV through the
/// handler inside one transaction, and either commits every row with the history record marked Succeeded, or rolls
/// back and records why (Rejected with row errors, Failed with a message). Progress (rows and bytes read) is written to
/// the history record on its own connection every <see cref="ProgressInterval"/>, so others can watch a long import.
/// </summary>
/// <param name="newDb">Makes a fresh context; its audit actor names who runs the import.</param>
public sealed class ImportRunner(Func<CmsDb> newDb, TimeProvider time)
{
    /// <summary>The partial unique index that allows one successful import per kind and content.</summary>
    public const string OneSuccessPerContent = "ux_imports_kind_sha256_succeeded";

    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Queues and runs in one go (tests, tools).</summary>
    public async Task<Import> ImportAsync<TRow>(IImportHandler<TRow> handler, ImportFile file, Guid? byId, CancellationToken cancellationToken,
        Func<ImportProgress, ValueTask>? onProgress = null, bool dryRun = false)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(handler);
        var id = await QueueAsync(handler.Kind, file, byId, cancellationToken, dryRun);
        return await RunAsync(id, file, handler, cancellationToken, onProgress);
    }

    /// <summary>Records the upload as Queued, so its id can be handed out before it runs.</summary>
    public async Task<Guid> QueueAsync(string kind, ImportFile file, Guid? byId, CancellationToken cancellationToken, bool dryRun = false)
    {
        await using var db = newDb();
        var import = Import.Queue(kind, file, byId, time.GetUtcNow(), dryRun);
        db.Imports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return import.Id;
    }

    public async Task<Import> RunAsync<TRow>(Guid importId, ImportFile file, IImportHandler<TRow> handler, CancellationToken cancellationToken,
        Func<ImportProgress, ValueTask>? onProgress = null)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(handler);
        // Held until the outcome is recorded: while it is, the import is alive (StalledImports ends the ones nobody holds).
        await using var claim = await ImportClaim.TakeAsync(newDb, importId, cancellationToken);
        await using (var db = newDb())
        {
            var import = await db.Imports.SingleAsync(i => i.Id == importId, cancellationToken);
            if (import.IsFinished)
            {
                // A sweeper ended it before this host got to it (it sat Queued too long).
                return import;
            }

            if (!import.DryRun && await EarlierSuccessAsync(db, import, cancellationToken) is { } earlier)
            {
                import.MarkAlreadyImported(earlier, time.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                return import;
            }

            import.Start(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        try
        {
            return await RunInTransactionAsync(importId, file, handler, onProgress, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: OneSuccessPerContent })
        {
            // The same file was imported by someone else while this one ran; theirs committed first.
            return await FinishAsync(importId, async (db, import) =>
                import.MarkAlreadyImported((await EarlierSuccessAsync(db, import, CancellationToken.None))!.Value, time.GetUtcNow()));
        }
        catch (Exception e)
        {
            var message = e is OperationCanceledException ? "The import was stopped before it finished; nothing was stored." : e.Message;
            await FinishAsync(importId, (_, import) =>
            {
                import.Fail(message, time.GetUtcNow());
                return Task.CompletedTask;
            });
            throw;
        }
    }

    private async Task<Import> RunInTransactionAsync<TRow>(Guid importId, ImportFile file, IImportHandler<TRow> handler,
        Func<ImportProgress, ValueTask>? onProgress, CancellationToken cancellationToken)
        where TRow : class
    {
        await using var db = newDb();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var import = await db.Imports.SingleAsync(i => i.Id == importId, cancellationToken);
        var errors = new ImportErrors();
        var session = new ImportSession(db, (NpgsqlConnection)db.Database.GetDbConnection(), import, errors, time.GetUtcNow());
        await using var progress = new ProgressWriter(newDb, importId, time, ProgressInterval, onProgress);

        await handler.BeginAsync(session, cancellationToken);
        long rows;
        long bytes;
        try
        {
            await using var stream = file.OpenRead();
            rows = await CsvFileReader.ReadAsync(stream, handler.Layout, errors,
                (row, line) => handler.AddAsync(session, row, line, cancellationToken), progress.ReportAsync, cancellationToken);
            bytes = stream.Length;
        }
        catch
        {
            // Leave the connection usable for the rollback (e.g. cancel an open COPY).
            await handler.AbortAsync(session);
            throw;
        }

        // Completed even when rows were refused while reading: the checks only the database can make run over the good
        // rows, so the file's whole report comes at once instead of one round of fixes at a time.
        var counts = await handler.CompleteAsync(session, rows, cancellationToken);
        if (errors.Any)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await FinishAsync(importId, (_, rejected) =>
            {
                rejected.Reject(rows, bytes, errors, time.GetUtcNow());
                return Task.CompletedTask;
            });
        }

        if (import.DryRun)
        {
            // Everything was checked inside the transaction; a dry run keeps only its answer.
            await transaction.RollbackAsync(cancellationToken);
            return await FinishAsync(importId, (_, checkedImport) =>
            {
                checkedImport.Check(rows, bytes, counts.Created, counts.Matched, session.Plan, time.GetUtcNow());
                return Task.CompletedTask;
            });
        }

        import.Succeed(rows, bytes, counts.Created, counts.Matched, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return import;
    }

    private async Task<Import> FinishAsync(Guid importId, Func<CmsDb, Import, Task> finish)
    {
        // Not cancellable: the history must say how the import ended even when the host is stopping.
        await using var db = newDb();
        var import = await db.Imports.SingleAsync(i => i.Id == importId, CancellationToken.None);
        await finish(db, import);
        await db.SaveChangesAsync(CancellationToken.None);
        return import;
    }

    private static Task<Guid?> EarlierSuccessAsync(CmsDb db, Import import, CancellationToken cancellationToken) =>
        db.Imports.Where(i => i.Kind == import.Kind && i.Sha256 == import.Sha256 && i.Status == ImportStatus.Succeeded && i.Id != import.Id)
            .Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
}

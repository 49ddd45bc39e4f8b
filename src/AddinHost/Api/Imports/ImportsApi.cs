using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Bookings;
using OutlookCms.Domain.Imports;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api.Imports;

/// <summary>
/// Controllers upload CSV files (the request body is the file, streamed to disk while it is hashed) and watch them
/// import: the upload answers 202 with the import's record, which <c>GET /api/imports/{id}</c> shows moving until it
/// has Succeeded, was Rejected (with its row errors) or was recognised as AlreadyImported.
/// </summary>
public static class ImportsApi
{
    public const int MaxListed = 100;

    /// <summary>A million booked-activity rows are about 120 MB.</summary>
    public const long MaxFileBytes = 1L << 30;

    public static void MapImportsApi(this WebApplication app)
    {
        var imports = app.MapGroup("/api/imports").WithTags("Imports").RequireAuthorization(Policies.Controller);
        imports.MapGet("", (CmsDb db, string? kind, CancellationToken ct) => ListAsync(db, kind, ct));
        imports.MapGet("/{id:guid}", (Guid id, CmsDb db, CancellationToken ct) => GetAsync(db, id, null, ct));
        imports.MapPost("/booked-activity", UploadBookedActivity);
    }

    public sealed record ImportDto(Guid Id, string Kind, string FileName, string Sha256, long SizeBytes, string? By,
        DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, ImportStatus Status, long RowsDone,
        long BytesDone, long Created, long Matched, long Rejected, bool ErrorsTruncated, Guid? SameAsImportId, string? Message,
        IReadOnlyList<ImportRowError> Errors, bool DryRun, IReadOnlyList<ImportPlanLine> Plan);

    /// <summary>The latest imports (of one kind, when given), without their row errors: one import's page shows those.</summary>
    public static async Task<List<ImportDto>> ListAsync(CmsDb db, string? kind, CancellationToken ct)
    {
        var imports = await db.Imports.AsNoTracking().Where(i => kind == null || i.Kind == kind)
            .OrderByDescending(i => i.QueuedAt).Take(MaxListed).ToListAsync(ct);
        var names = await NamesAsync(db, imports, ct);
        return [.. imports.Select(i => ToDto(i, names, withErrors: false))];
    }

    /// <param name="kind">When given, an import of another kind is not found (each kind has its own audience).</param>
    public static async Task<Results<Ok<ImportDto>, NotFound>> GetAsync(CmsDb db, Guid id, string? kind, CancellationToken ct)
    {
        var import = await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && (kind == null || i.Kind == kind), ct);
        return import is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto(import, await NamesAsync(db, [import], ct), withErrors: true));
    }

    private static Task<Results<Accepted<ImportDto>, ValidationProblem>> UploadBookedActivity(
        HttpContext http, string? fileName, CurrentUser current, CmsDb db, ImportWorker worker, TimeProvider time, CancellationToken ct) =>
        QueueUploadAsync(http, fileName, dryRun: false, BookedActivityImport.KindName, "/api/imports", async (runner, id, file, stopping) =>
        {
            await using var handler = new BookedActivityImport();
            await runner.RunAsync(id, file, handler, stopping);
        }, current, db, worker, time, ct);

    /// <summary>
    /// Saves the request body (the CSV file) while hashing it, records it as queued and hands <paramref name="run"/> to the
    /// worker; answers 202 with the import's record, whose page (<c>Location</c>, under <paramref name="importsPath"/>) shows it move.
    /// </summary>
    public static async Task<Results<Accepted<ImportDto>, ValidationProblem>> QueueUploadAsync(
        HttpContext http, string? fileName, bool dryRun, string kind, string importsPath, Func<ImportRunner, Guid, ImportFile, CancellationToken, Task> run,
        CurrentUser current, CmsDb db, ImportWorker worker, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(run);
        var me = await current.GetAsync(ct);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxFileBytes;
        }

        if (http.Request.HasFormContentType)
        {
            return Invalid("file", "Send the CSV file itself as the request body (Content-Type: text/csv), not a form.");
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? "upload.csv" : Path.GetFileName(fileName.Trim());
        if (name.Length is 0 or > Import.FileNameMaxLength)
        {
            return Invalid("fileName", $"A file name of 1 to {Import.FileNameMaxLength} characters, please.");
        }

        var file = await ImportFile.SaveAsync(http.Request.Body, name, ct);
        if (file.Length == 0)
        {
            file.Dispose();
            return Invalid("file", "The request body is empty: send the CSV file (header line and rows) as the body.");
        }

        var actor = new UserAuditActor(me.Id, me.DisplayName, http.TraceIdentifier);
        var runner = new ImportRunner(() => worker.NewDb(actor), time);
        Guid id;
        try
        {
            id = await runner.QueueAsync(kind, file, me.Id, ct, dryRun);
        }
        catch
        {
            file.Dispose();
            throw;
        }

        worker.Enqueue(async stopping =>
        {
            using (file)
            {
                await run(runner, id, file, stopping);
            }
        });
        var queued = await db.Imports.AsNoTracking().SingleAsync(i => i.Id == id, ct);
        return TypedResults.Accepted($"{importsPath}/{id}", ToDto(queued, new Dictionary<Guid, string> { [me.Id] = me.DisplayName }, withErrors: true));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static async Task<Dictionary<Guid, string>> NamesAsync(CmsDb db, IReadOnlyList<Import> imports, CancellationToken ct)
    {
        var ids = imports.Where(i => i.ById is not null).Select(i => i.ById!.Value).Distinct().ToList();
        return await db.FirmUsers.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    private static ImportDto ToDto(Import i, IReadOnlyDictionary<Guid, string> names, bool withErrors) => new(i.Id, i.Kind, i.FileName, i.Sha256,
        i.SizeBytes, i.ById is { } by ? names.GetValueOrDefault(by) : null, i.QueuedAt, i.StartedAt, i.FinishedAt, i.Status, i.RowsDone,
        i.BytesDone, i.Created, i.Matched, i.Rejected, i.ErrorsTruncated, i.SameAsImportId, i.Message, withErrors ? i.Errors : [], i.DryRun,
        withErrors ? i.Plan : []);
}

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
        imports.MapGet("", List);
        imports.MapGet("/{id:guid}", Get);
        imports.MapPost("/booked-activity", UploadBookedActivity);
    }

    public sealed record ImportDto(Guid Id, string Kind, string FileName, string Sha256, long SizeBytes, string? By,
        DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, ImportStatus Status, long RowsDone,
        long BytesDone, long Created, long Matched, long Rejected, bool ErrorsTruncated, Guid? SameAsImportId, string? Message,
        IReadOnlyList<ImportRowError> Errors);

    private static async Task<List<ImportDto>> List(CmsDb db, string? kind, CancellationToken ct)
    {
        var imports = await db.Imports.AsNoTracking().Where(i => kind == null || i.Kind == kind)
            .OrderByDescending(i => i.QueuedAt).Take(MaxListed).ToListAsync(ct);
        var names = await NamesAsync(db, imports, ct);
        // The list leaves the row errors out; one import's page shows them.
        return [.. imports.Select(i => ToDto(i, names, withErrors: false))];
    }

    private static async Task<Results<Ok<ImportDto>, NotFound>> Get(Guid id, CmsDb db, CancellationToken ct)
    {
        var import = await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        return import is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto(import, await NamesAsync(db, [import], ct), withErrors: true));
    }

    private static async Task<Results<Accepted<ImportDto>, ValidationProblem>> UploadBookedActivity(
        HttpContext http, string? fileName, CurrentUser current, CmsDb db, ImportWorker worker,
        TimeProvider time, CancellationToken ct)
    {
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
            id = await runner.QueueAsync(BookedActivityImport.KindName, file, me.Id, ct);
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
                await using var handler = new BookedActivityImport();
                await runner.RunAsync(id, file, handler, stopping);
            }
        });
        var queued = await db.Imports.AsNoTracking().SingleAsync(i => i.Id == id, ct);
        return TypedResults.Accepted($"/api/imports/{id}", ToDto(queued, new Dictionary<Guid, string> { [me.Id] = me.DisplayName }, withErrors: true));
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
        i.BytesDone, i.Created, i.Matched, i.Rejected, i.ErrorsTruncated, i.SameAsImportId, i.Message, withErrors ? i.Errors : []);
}

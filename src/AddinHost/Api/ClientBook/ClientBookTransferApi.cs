using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookCms.AddinHost.Api.Imports;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.ClientBook;
using OutlookCms.Domain.Persistence;
using static OutlookCms.AddinHost.Api.Imports.ImportsApi;

namespace OutlookCms.AddinHost.Api.ClientBook;

/// <summary>
/// Bringing a client book in from another CRM and taking it out again, for managers and admins: the upload (or its dry
/// run) is queued like every import and watched at <c>/api/client-book/imports/{id}</c>; the export writes what the
/// caller may see, in the same CSV shape.
/// </summary>
public static class ClientBookTransferApi
{
    public const string ImportsPath = "/api/client-book/imports";

    public static void MapClientBookTransferApi(this WebApplication app)
    {
        var book = app.MapGroup("/api/client-book").WithTags("Client book").RequireAuthorization(Policies.ManagerOrAdmin);
        book.MapGet("/imports", (CmsDb db, CancellationToken ct) => ListAsync(db, ClientBookImport.KindName, ct));
        book.MapGet("/imports/{id:guid}", (Guid id, CmsDb db, CancellationToken ct) => GetAsync(db, id, ClientBookImport.KindName, ct));
        book.MapPost("/imports", Upload);
        book.MapGet("/export", Export);
    }

    private static Task<Results<Accepted<ImportDto>, ValidationProblem>> Upload(
        HttpContext http, string? fileName, bool? dryRun, CurrentUser current, CmsDb db, ImportWorker worker, TimeProvider time, CancellationToken ct) =>
        QueueUploadAsync(http, fileName, dryRun ?? false, ClientBookImport.KindName, ImportsPath, async (runner, id, file, stopping) =>
        {
            await using var handler = new ClientBookImport();
            await runner.RunAsync(id, file, handler, stopping);
        }, current, db, worker, time, ct);

    private static async Task Export(HttpContext http, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var viewer = await current.ViewerAsync(ct);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"client-book-{time.GetUtcNow():yyyy-MM-dd}.csv\"";
        long rows;
        await using (var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
        {
            rows = await ClientBookExport.WriteAsync(db, db.VisibleParties(viewer), writer, ct);
        }

        // Not a change, but client data leaving the firm's system: the audit log says who took how much, and when.
        await db.AppendAsync([AuditEntry.Record(time.GetUtcNow(), current, "Exported", "ClientBook", "client-book",
            null, JsonSerializer.Serialize(new { rows }))], ct);
    }
}

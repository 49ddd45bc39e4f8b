using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Common;

namespace OutlookCms.AddinHost.Infrastructure;

/// <summary>
/// Turns what escapes a handler into RFC 9457 problem details; the request's transaction has
/// already rolled back, so nothing is half-written.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            NotAFirmUserException notUser => Problem(StatusCodes.Status403Forbidden, "You are not a user of this firm.", notUser.Message),
            BadHttpRequestException { InnerException: System.Text.Json.JsonException json } => Unreadable(json),
            BadHttpRequestException bad => Problem(bad.StatusCode, "The request could not be read.", bad.Message),
            DomainRuleException { Field: { } field } rule => Invalid(field, rule.Message),
            DomainRuleException rule => Problem(StatusCodes.Status409Conflict, "The change conflicts with the record's state.", rule.Message),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Someone else changed the record first; reload and retry.", null),
            DbUpdateException { InnerException: PostgresException pg } => FromPostgres(pg),
            PostgresException pg => FromPostgres(pg),
            _ => null,
        };
        if (problem is null)
        {
            LogUnhandled(log, exception, http.Request.Path);
            return false;
        }

        http.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails FromPostgres(PostgresException pg) => pg.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation => Problem(StatusCodes.Status409Conflict, "A record with the same key already exists.", pg.ConstraintName),
        PostgresErrorCodes.ForeignKeyViolation => Problem(StatusCodes.Status409Conflict, "A referenced record does not exist or is still referenced.", pg.ConstraintName),
        PostgresErrorCodes.CheckViolation => Problem(StatusCodes.Status400BadRequest, "A value breaks a rule of the record.", pg.ConstraintName),
        PostgresErrorCodes.StringDataRightTruncation => Problem(StatusCodes.Status400BadRequest, "A value is too long.", pg.ColumnName),
        _ => throw pg,
    };

    /// <summary>Names the JSON path when the serializer knows it (missing, null or mistyped field).</summary>
    private static ProblemDetails Unreadable(System.Text.Json.JsonException json) =>
        json.Path is { Length: > 2 } path
            ? Invalid(path.TrimStart('$', '.'), json.Message)
            : Problem(StatusCodes.Status400BadRequest, "The request body is not valid JSON for this endpoint.", json.Message);

    private static ProblemDetails Problem(int status, string title, string? detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static HttpValidationProblemDetails Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
        };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}

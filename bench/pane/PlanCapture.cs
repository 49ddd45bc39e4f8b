using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using OutlookCms.AddinHost.Api.Pane;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Bench.Pane;

/// <summary>
/// The SQL one pane request runs, and PostgreSQL's plan for each statement: the request is answered by the same
/// code as <c>GET /api/pane</c> (the signed-in user's lookup, then <see cref="PaneReader"/>) on a context that records
/// its commands; each is then run again under <c>EXPLAIN (ANALYZE, BUFFERS)</c> with the same parameters.
/// </summary>
public static class PlanCapture
{
    public static async Task<string> ExplainAsync(string connectionString, BenchUser user, PaneCall call, TimeProvider clock)
    {
        var recorder = new CommandRecorder();
        var options = new DbContextOptionsBuilder<CmsDb>(DomainServices.Options(connectionString, clock)).AddInterceptors(recorder).Options;
        await using (var db = new CmsDb(options, new SystemAuditActor("pane-bench")))
        {
            var me = await db.FirmUsers.AsNoTracking().SingleAsync(u => u.EntraObjectId == user.ObjectId && u.IsActive);
            var request = PaneRequest.Parse([string.Join(',', call.Addresses)], call.Mode, out var errors);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"The sample request is not valid: {string.Join("; ", errors.SelectMany(e => e.Value))}");
            }

            var viewer = await db.WithScopeAsync(new Viewer(me.Id, me.Role), CancellationToken.None);
            await new PaneReader(db, clock).ReadAsync(me, viewer, request, CancellationToken.None);
        }

        var text = new StringBuilder();
        text.AppendLine($"### {call.Kind} as {user.Role} {user.DisplayName}: {call.Mode} {string.Join(", ", call.Addresses)}");
        text.AppendLine();
        text.AppendLine($"{recorder.Commands.Count} statements.");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var number = 0;
        foreach (var (sql, parameters) in recorder.Commands)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
            parameters.ForEach(p => explain.Parameters.Add(p));
            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(0));
                }
            }

            text.AppendLine();
            text.AppendLine($"#### {++number}. {plan.LastOrDefault(l => l.StartsWith("Execution Time", StringComparison.Ordinal))}");
            text.AppendLine();
            text.AppendLine("```sql");
            text.AppendLine(sql.Trim());
            text.AppendLine("```");
            text.AppendLine();
            text.AppendLine("```");
            plan.ForEach(line => text.AppendLine(line));
            text.AppendLine("```");
        }

        return text.ToString();
    }

    /// <summary>Keeps each reader command's text and a copy of its parameters.</summary>
    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<(string Sql, List<NpgsqlParameter> Parameters)> Commands { get; } = [];

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        private void Record(DbCommand command) =>
            Commands.Add((command.CommandText, [.. command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())]));
    }
}

using Npgsql;

namespace OutlookCms.TestSupport;

/// <summary>The PostgreSQL server the tests use: env <c>ConnectionStrings__OutlookCms</c>, else the project's local server.</summary>
public static class PostgresServer
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=55432;Username=outlookcms;Database=outlookcms";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__OutlookCms") is { Length: > 0 } configured
            ? configured
            : DefaultConnectionString;

    /// <summary>The same server and credentials, pointed at another database.</summary>
    public static string ForDatabase(string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database, Pooling = pooling }.ConnectionString;

    /// <summary>An unpooled connection to the maintenance database, for CREATE / DROP DATABASE.</summary>
    internal static async Task<NpgsqlConnection> OpenAdminAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ForDatabase("postgres", pooling: false));
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (NpgsqlException e)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                $"Cannot reach PostgreSQL at '{new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }}'. " +
                "Start the project's server with `bash scripts/postgres.sh start` or set ConnectionStrings__OutlookCms.", e);
        }
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Quotes an identifier we made ourselves (database names); never user input.</summary>
    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

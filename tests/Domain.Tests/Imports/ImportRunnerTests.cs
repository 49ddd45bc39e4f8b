using System.Text;
using Npgsql;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Imports;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Imports;

/// <summary>The import plumbing on real PostgreSQL, with a test handler that stores rows by key in a table of its own.</summary>
public sealed class ImportRunnerTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly string _table = "test_rows_" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => database.ExecuteAsync($"CREATE TABLE public.{_table} (key text PRIMARY KEY, amount numeric NOT NULL)");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Import_StoresEveryRow_AndRecordsTheHistory()
    {
        var user = await UserAsync();
        var import = await ImportAsync("key,amount\na,1\nb,2\nc,3\n", user.Id);

        Assert.Equal(ImportStatus.Succeeded, import.Status);
        Assert.Equal((3L, 3L, 0L, 0L), (import.RowsDone, import.Created, import.Matched, import.Rejected));
        Assert.Equal(user.Id, import.ById);
        Assert.Equal("rows.csv", import.FileName);
        Assert.Equal(64, import.Sha256.Length);
        Assert.NotNull(import.FinishedAt);
        Assert.Equal(3L, await CountAsync());
        Assert.Equal(6m, await database.ScalarAsync<decimal>($"SELECT sum(amount) FROM public.{_table}"));
    }

    [Fact]
    public async Task Import_OfTheSameFileAgain_ChangesNothing_AndPointsAtTheFirst()
    {
        var first = await ImportAsync("key,amount\nsame-1,1\nsame-2,2\n");
        await database.ExecuteAsync($"UPDATE public.{_table} SET amount = 99 WHERE key = 'same-1'");

        var second = await ImportAsync("key,amount\nsame-1,1\nsame-2,2\n");

        Assert.Equal(ImportStatus.AlreadyImported, second.Status);
        Assert.Equal(first.Id, second.SameAsImportId);
        Assert.Equal(99m, await database.ScalarAsync<decimal>($"SELECT amount FROM public.{_table} WHERE key = 'same-1'"));
    }

    [Fact]
    public async Task Import_OfAnOverlappingFile_MatchesTheRowsAlreadyStored()
    {
        await ImportAsync("key,amount\nover-1,1\nover-2,2\n");

        var second = await ImportAsync("key,amount\nover-2,2\nover-3,3\nover-1,1\n");

        Assert.Equal(ImportStatus.Succeeded, second.Status);
        Assert.Equal((1L, 2L), (second.Created, second.Matched));
        Assert.Equal(3L, await CountAsync());
    }

    [Fact]
    public async Task Import_WithOneBadRow_StoresNothing_AndListsTheErrors()
    {
        var import = await ImportAsync("key,amount\nbad-1,1\nbad-2,zwei\nbad-3,3\nbad-4,\n");

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.Equal((4L, 2L, 0L), (import.RowsDone, import.Rejected, import.Created));
        Assert.Equal([(3L, "amount"), (5L, "amount")], import.Errors.Select(e => (e.Line, e.Column)));
        Assert.Equal(0L, await CountAsync());
    }

    [Fact]
    public async Task Import_RefusedByTheDatabaseCheck_RollsBackTheRowsAlreadyStaged()
    {
        var import = await ImportAsync("key,amount\nok-1,1\nok-2,2\nrefuse-me,3\n");

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.Equal((4L, "key"), (import.Errors.Single().Line, import.Errors.Single().Column));
        Assert.Equal(0L, await CountAsync());
    }

    [Fact]
    public async Task Import_AfterARejectedOne_OfTheSameContent_RunsAgain()
    {
        // Only a success makes a file "already imported": a rejected file fixed elsewhere may be uploaded again.
        var content = "key,amount\nagain-1,x\n";
        var first = await ImportAsync(content);
        var second = await ImportAsync(content);

        Assert.Equal(ImportStatus.Rejected, first.Status);
        Assert.Equal(ImportStatus.Rejected, second.Status);
    }

    [Fact]
    public async Task Import_ThatThrows_IsRecordedAsFailed_AndStoresNothing()
    {
        using var file = await FileAsync("key,amount\nboom-1,1\nthrow,2\n");
        var runner = Runner();

        await Assert.ThrowsAsync<InvalidOperationException>(() => runner.ImportAsync(new TestHandler(_table), file, null, CancellationToken.None));

        await using var db = database.NewDb();
        var import = db.Imports.OrderByDescending(i => i.QueuedAt).First(i => i.Sha256 == file.Sha256);
        Assert.Equal(ImportStatus.Failed, import.Status);
        Assert.Contains("the test handler throws", import.Message);
        Assert.Equal(0L, await CountAsync());
    }

    [Fact]
    public async Task Import_WritesProgressToTheHistoryWhileItRuns()
    {
        var csv = new StringBuilder("key,amount\n");
        // Reports come every 10,000 rows and once at the end (here repeating 30,000).
        for (var i = 0; i < 30_000; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"p{i},{i}\n");
        }

        using var file = await FileAsync(csv.ToString());
        var seen = new List<long>();
        var runner = new ImportRunner(() => database.NewDb(), TimeProvider.System) { ProgressInterval = TimeSpan.Zero };
        var import = await runner.ImportAsync(new TestHandler(_table), file, null, CancellationToken.None, async p =>
        {
            // Another connection sees the progress of the rows before this report (it is written after the callback).
            seen.Add(await database.ScalarAsync<long>($"SELECT rows_done FROM cms.imports WHERE sha256 = '{file.Sha256}' AND status = 'Running'"));
        });

        Assert.Equal(ImportStatus.Succeeded, import.Status);
        Assert.Equal([0L, 10_000L, 20_000L, 30_000L], seen);
        Assert.Equal((30_000L, file.Length), (import.RowsDone, import.BytesDone));
    }

    private ImportRunner Runner() => new(() => database.NewDb(), TimeProvider.System);

    [Fact]
    public async Task AnImportLeftRunningByAHostThatDied_IsSweptToFailed_WhileALiveOneRunsOn()
    {
        using var deadFile = await FileAsync($"key,amount\ndead-{Guid.NewGuid().ToString("N")[..12]},1\n");
        var dead = Import.Queue("test-rows", deadFile, null, DateTimeOffset.UtcNow.AddMinutes(-5));
        dead.Start(DateTimeOffset.UtcNow.AddMinutes(-5));
        await using (var db = database.NewDb())
        {
            db.Imports.Add(dead);
            await db.SaveChangesAsync();
        }

        // The sweep runs while the live import is in the middle of its transaction (its progress callback).
        using var liveFile = await FileAsync($"key,amount\nlive-{Guid.NewGuid().ToString("N")[..12]},1\n");
        var swept = -1;
        var live = await Runner().ImportAsync(new TestHandler(_table), liveFile, null, CancellationToken.None, async _ =>
            swept = await StalledImports.SweepAsync(() => database.NewDb(), DateTimeOffset.UtcNow, TimeSpan.FromHours(1), CancellationToken.None));

        Assert.Equal(1, swept);
        Assert.Equal(ImportStatus.Succeeded, live.Status);
        await using var check = database.NewDb();
        var after = check.Imports.Single(i => i.Id == dead.Id);
        Assert.Equal((ImportStatus.Failed, StalledImports.HostStoppedMessage), (after.Status, after.Message));
        Assert.NotNull(after.FinishedAt);

        // The file can be uploaded again: a failed import does not count as done.
        var again = await Runner().ImportAsync(new TestHandler(_table), deadFile, null, CancellationToken.None);
        Assert.Equal(ImportStatus.Succeeded, again.Status);
    }

    [Fact]
    public async Task AnUploadQueuedLongAgo_IsSweptAsNeverStarted_ARecentOneWaits()
    {
        using var oldFile = await FileAsync("key,amount\nold,1\n");
        using var newFile = await FileAsync("key,amount\nnew,1\n");
        var now = DateTimeOffset.UtcNow;
        var old = Import.Queue("test-rows", oldFile, null, now.AddHours(-2));
        var recent = Import.Queue("test-rows", newFile, null, now.AddMinutes(-1));
        await using (var db = database.NewDb())
        {
            db.Imports.AddRange(old, recent);
            await db.SaveChangesAsync();
        }

        await StalledImports.SweepAsync(() => database.NewDb(), now, TimeSpan.FromHours(1), CancellationToken.None);

        await using var check = database.NewDb();
        Assert.Equal((ImportStatus.Failed, StalledImports.NeverStartedMessage), check.Imports.Where(i => i.Id == old.Id).Select(i => new { i.Status, i.Message }).AsEnumerable().Select(i => (i.Status, i.Message)).Single());
        Assert.Equal(ImportStatus.Queued, check.Imports.Single(i => i.Id == recent.Id).Status);
    }

    private async Task<Import> ImportAsync(string content, Guid? byId = null)
    {
        using var file = await FileAsync(content);
        return await Runner().ImportAsync(new TestHandler(_table), file, byId, CancellationToken.None);
    }

    private static Task<ImportFile> FileAsync(string content) =>
        ImportFile.SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), "rows.csv", CancellationToken.None);

    private async Task<FirmUser> UserAsync()
    {
        var user = Some.User(FirmRole.Controller);
        await using var db = database.NewDb();
        db.FirmUsers.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    private Task<long> CountAsync() => database.ScalarAsync<long>($"SELECT count(*) FROM public.{_table}");

    /// <summary>Stores rows one by one (fine for a test); refuses the key "refuse-me" in <see cref="CompleteAsync"/>, throws on "throw".</summary>
    private sealed class TestHandler(string table) : IImportHandler<TestRow>
    {
        private long _created;
        private long _refusedLine;

        public string Kind => "test-rows-" + table;

        public CsvLayout<TestRow> Layout => TestRowsLayout.Instance;

        public Task BeginAsync(ImportSession session, CancellationToken cancellationToken) => Task.CompletedTask;

        public async ValueTask AddAsync(ImportSession session, TestRow row, long line, CancellationToken cancellationToken)
        {
            if (row.Key == "throw")
            {
                throw new InvalidOperationException("the test handler throws");
            }

            _refusedLine = row.Key == "refuse-me" ? line : _refusedLine;
            await using var command = new NpgsqlCommand($"INSERT INTO public.{table} VALUES (@key, @amount) ON CONFLICT DO NOTHING", session.Connection);
            command.Parameters.AddWithValue("key", row.Key);
            command.Parameters.AddWithValue("amount", row.Amount);
            _created += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask AbortAsync(ImportSession session) => ValueTask.CompletedTask;

        public Task<ImportCounts> CompleteAsync(ImportSession session, long rows, CancellationToken cancellationToken)
        {
            if (_refusedLine > 0)
            {
                session.Errors.Add(_refusedLine, "key", "is refused by the database check");
            }

            return Task.FromResult(new ImportCounts(_created, rows - _created));
        }
    }
}

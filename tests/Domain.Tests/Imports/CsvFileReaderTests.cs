using System.Text;
using OutlookCms.Domain.Imports;

namespace OutlookCms.Domain.Tests.Imports;

public sealed class CsvFileReaderTests
{
    [Fact]
    public async Task ReadAsync_GivesEveryRowWithItsLine_WhenTheFileIsGood()
    {
        var (rows, errors, read) = await ReadAsync("key,amount,note\na,1.50,first\r\nb,-2,\n\"c\",3,\"two\nlines\"\nd,4,x\n");

        Assert.False(errors.Any);
        Assert.Equal(4, read);
        Assert.Equal([("a", 2L), ("b", 3L), ("c", 4L), ("d", 6L)], rows.Select(r => (r.Row.Key, r.Line)));
        Assert.Equal("two\nlines", rows[2].Row.Note);
        Assert.Equal(-2m, rows[1].Row.Amount);
    }

    [Fact]
    public async Task ReadAsync_AcceptsColumnsInAnyOrderAndCase_AndLeavesOptionalOnesOut()
    {
        var (rows, errors, _) = await ReadAsync("Amount, KEY\n5,x\n");

        Assert.False(errors.Any);
        Assert.Equal(new TestRow("x", 5m, null), rows.Single().Row);
    }

    [Fact]
    public async Task ReadAsync_NamesEveryMissingAndUnknownColumnInOneError()
    {
        var (rows, errors, read) = await ReadAsync("key,amt,colour\na,1,red\n");

        var error = Assert.Single(errors.Kept);
        Assert.Equal(1, error.Line);
        Assert.Contains("missing columns: amount", error.Reason);
        Assert.Contains("unknown columns: amt, colour", error.Reason);
        Assert.Empty(rows);
        Assert.Equal(0, read);
    }

    [Fact]
    public async Task ReadAsync_RefusesARepeatedColumn()
    {
        var (_, errors, _) = await ReadAsync("key,amount,key\na,1,b\n");

        Assert.Contains("repeated columns: key", Assert.Single(errors.Kept).Reason);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("key,amount\n", "the file has a header but no rows")]
    public async Task ReadAsync_RefusesAFileWithoutRows(string content, string reason)
    {
        var (_, errors, _) = await ReadAsync(content);

        var error = Assert.Single(errors.Kept);
        Assert.Equal(1, error.Line);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public async Task ReadAsync_ReportsEveryBadFieldWithLineAndColumn_AndHandsOnEveryGoodRow()
    {
        var (rows, errors, read) = await ReadAsync("key,amount\na,1\nb,1.234\n,x\nd,4\ne,5,extra\nthis-key-is-far-too-long,1\n");

        Assert.Equal(6, read);
        Assert.Equal(["a", "d"], rows.Select(r => r.Row.Key));
        Assert.Equal(4, errors.RejectedRows);
        Assert.Equal(
        [
            (3L, "amount"), (4L, "key"), (4L, "amount"), (6L, null), (7L, "key"),
        ], errors.Kept.Select(e => (e.Line, e.Column)));
        Assert.Contains("more than 2 decimal places", errors.Kept[0].Reason);
        Assert.Contains("has 3 fields; the header has 2", errors.Kept[3].Reason);
    }

    [Fact]
    public async Task ReadAsync_ReportsMalformedQuoting()
    {
        var (_, errors, _) = await ReadAsync("key,amount\na,1\nb\"c,2\n");

        var error = Assert.Single(errors.Kept);
        Assert.Equal(3, error.Line);
        Assert.Contains("malformed quoting", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_KeepsAtMostTheLimit_ButCountsEveryBadRow()
    {
        var csv = new StringBuilder("key,amount\n");
        for (var i = 0; i < 30; i++)
        {
            csv.Append("k,notanumber\n");
        }

        var errors = new ImportErrors(limit: 10);
        await CsvFileReader.ReadAsync(Stream(csv.ToString()), TestRowsLayout.Instance, errors, (_, _) => ValueTask.CompletedTask, null, CancellationToken.None);

        Assert.Equal(30, errors.RejectedRows);
        Assert.Equal(10, errors.Kept.Count);
        Assert.True(errors.Truncated);
    }

    [Fact]
    public async Task ReadAsync_ReportsProgressInRowsAndBytes()
    {
        var csv = new StringBuilder("key,amount\n");
        for (var i = 0; i < 25_000; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"k{i},{i}\n");
        }

        var reports = new List<ImportProgress>();
        var stream = Stream(csv.ToString());
        await CsvFileReader.ReadAsync(stream, TestRowsLayout.Instance, new ImportErrors(), (_, _) => ValueTask.CompletedTask,
            p => { reports.Add(p); return ValueTask.CompletedTask; }, CancellationToken.None);

        Assert.Equal([10_000L, 20_000L, 25_000L], reports.Select(r => r.RowsDone));
        Assert.All(reports, r => Assert.Equal(stream.Length, r.BytesTotal));
        Assert.True(reports[0].BytesDone > 0 && reports[0].BytesDone < reports[1].BytesDone);
        Assert.Equal(stream.Length, reports[^1].BytesDone);
    }

    private static MemoryStream Stream(string content) => new(Encoding.UTF8.GetBytes(content));

    private static async Task<(List<(TestRow Row, long Line)> Rows, ImportErrors Errors, long Read)> ReadAsync(string content)
    {
        var rows = new List<(TestRow, long)>();
        var errors = new ImportErrors();
        var read = await CsvFileReader.ReadAsync(Stream(content), TestRowsLayout.Instance, errors,
            (row, line) => { rows.Add((row, line)); return ValueTask.CompletedTask; }, null, CancellationToken.None);
        return (rows, errors, read);
    }
}

using OutlookCms.Domain.Seeding;

namespace OutlookCms.Domain.Tests.Seeding;

public sealed class ChunkedListTests
{
    [Fact]
    public void Stream_HandsOverEveryChunkOnce_InOrder_TheLastOnFlush()
    {
        var list = new ChunkedList<int>();
        var handed = new List<int>();
        list.Stream(chunk => handed.AddRange(chunk));

        for (var i = 0; i < 40_000; i++)
        {
            list.Add(i);
        }

        Assert.Equal(32_768, handed.Count);
        list.Flush();

        Assert.Equal(Enumerable.Range(0, 40_000), handed);
        Assert.Equal(Enumerable.Range(0, 40_000), list);
        Assert.Equal(39_999, list[^1]);
    }

    [Fact]
    public void Indexer_ReplacesOnlyTheLastElement()
    {
        var list = new ChunkedList<string>();
        list.Add("a");
        list.Add("b");

        list[1] = "B";

        Assert.Equal(["a", "B"], list);
        Assert.Throws<InvalidOperationException>(() => list[0] = "A");
        Assert.Throws<ArgumentOutOfRangeException>(() => list[2]);
    }

    [Fact]
    public void SeededTables_AreWrittenInTwoGroups_ThatCoverEveryTable()
    {
        var firm = FirmGenerator.Generate(new SeedSpec(1, 1, GeneratedFirm.Now));

        Assert.Equal(
            firm.RowCounts.Select(c => c.Table).Order(StringComparer.Ordinal),
            SeededFirm.ClientBookTables.Concat(SeededFirm.HistoryTables).Order(StringComparer.Ordinal));
    }
}

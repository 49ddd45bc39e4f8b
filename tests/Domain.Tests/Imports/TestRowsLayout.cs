using OutlookCms.Domain.Imports;

namespace OutlookCms.Domain.Tests.Imports;

/// <summary>A small layout for testing the import plumbing itself: key, amount, an optional note.</summary>
internal sealed class TestRowsLayout : CsvLayout<TestRow>
{
    public static readonly TestRowsLayout Instance = new();

    public override IReadOnlyList<CsvColumn> Columns { get; } = [new("key"), new("amount"), new("note", Required: false)];

    public override TestRow? Parse(CsvRecord record)
    {
        var key = record.Text("key", 20);
        var amount = record.Decimal("amount");
        return key is null || amount is null ? null : new TestRow(key, amount.Value, record.Raw("note"));
    }
}

internal sealed record TestRow(string Key, decimal Amount, string? Note);

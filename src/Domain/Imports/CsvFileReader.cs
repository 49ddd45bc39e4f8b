using CsvHelper;

namespace OutlookCms.Domain.Imports;

/// <summary>
/// Streams a CSV file through a <see cref="CsvLayout{TRow}"/> with CsvHelper: checks the header, then parses each
/// record, collecting every bad row into <see cref="ImportErrors"/>. Every good row goes to <c>onRow</c>, also after a
/// bad one, so the handler's database checks (duplicates, unknown references) can report on the whole file at once.
/// Memory stays flat whatever the file's size.
/// </summary>
public static class CsvFileReader
{
    /// <summary>How often (in rows) <c>progress</c> is called; it is also called once at the end.</summary>
    public const int ProgressEveryRows = 10_000;

    /// <returns>The number of data records read (good and bad).</returns>
    public static async Task<long> ReadAsync<TRow>(Stream stream, CsvLayout<TRow> layout, ImportErrors errors,
        Func<TRow, long, ValueTask> onRow, Func<ImportProgress, ValueTask>? progress, CancellationToken cancellationToken)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(onRow);
        var total = stream.CanSeek ? stream.Length : -1;
        // Malformed quoting is reported by the reader before it returns the (recovered) record: keyed by its start line.
        var malformed = new Dictionary<long, string>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            OnMalformedRecord = m => malformed.TryAdd(m.LineNumber, $"malformed quoting ({m.Reason})"),
        };
        await using var reader = CsvReader.Create(stream, options, leaveOpen: true);
        if (!await reader.ReadAsync(cancellationToken))
        {
            if (reader.Headers.Count == 0)
            {
                errors.Add(1, null, "the file is empty: it needs a header line and at least one row");
            }
            else if (CsvHeader.Check(reader.Headers, layout.Columns, errors) is not null)
            {
                errors.Add(1, null, "the file has a header but no rows");
            }

            return 0;
        }

        var columns = CsvHeader.Check(reader.Headers, layout.Columns, errors);
        if (columns is null)
        {
            return 0;
        }

        var width = reader.Headers.Count;
        var record = new CsvRecord(columns, errors);
        var fields = new string[width];
        long rows = 0;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows++;
            if (fields.Length != reader.FieldCount)
            {
                fields = new string[reader.FieldCount];
            }

            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            record.Load(fields, reader.LineNumber);
            if (malformed.Remove(reader.LineNumber, out var quoting))
            {
                record.Error(null, quoting);
            }
            else if (fields.Length != width)
            {
                record.Error(null, $"has {fields.Length} fields; the header has {width}");
            }
            else
            {
                var row = layout.Parse(record);
                if (row is not null && !record.HasErrors)
                {
                    await onRow(row, record.Line);
                }
                else if (row is null && !record.HasErrors)
                {
                    record.Error(null, "was refused by the layout without a reason (a bug in the layout)");
                }
            }

            if (progress is not null && rows % ProgressEveryRows == 0)
            {
                await progress(new ImportProgress(rows, reader.ByteOffset, total));
            }
        }
        while (await reader.ReadAsync(cancellationToken));

        if (progress is not null)
        {
            await progress(new ImportProgress(rows, stream.CanSeek ? stream.Position : -1, total));
        }

        return rows;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Imports;

/// <summary>
/// One data record of a CSV file, read by column name. The typed getters return null and record an error naming
/// the line and column when a value is missing or malformed, so a layout reports every bad field of a row at once.
/// </summary>
public sealed partial class CsvRecord
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly ImportErrors _errors;
    private string[] _fields = [];

    internal CsvRecord(IReadOnlyDictionary<string, int> columns, ImportErrors errors)
    {
        _columns = columns;
        _errors = errors;
    }

    /// <summary>1-based line of the file this record ends on (the header is line 1).</summary>
    public long Line { get; private set; }

    /// <summary>True once any field of this record was refused.</summary>
    public bool HasErrors { get; private set; }

    internal void Load(string[] fields, long line)
    {
        _fields = fields;
        Line = line;
        HasErrors = false;
    }

    public void Error(string? column, string reason)
    {
        HasErrors = true;
        _errors.Add(Line, column, reason);
    }

    /// <summary>The trimmed value; null when empty or when the (optional) column is not in the file.</summary>
    public string? Raw(string column)
    {
        if (!_columns.TryGetValue(column, out var index) || index >= _fields.Length)
        {
            return null;
        }

        var value = _fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    public string? Text(string column, int maxLength, bool required = true)
    {
        var value = Raw(column);
        if (value is null)
        {
            return Missing(column, required);
        }

        if (value.Length > maxLength)
        {
            Error(column, $"is {value.Length} characters long; at most {maxLength} are allowed");
            return null;
        }

        return value;
    }

    /// <summary>A decimal number with a '.' as decimal point and no thousands separators, e.g. -1250000.50.</summary>
    public decimal? Decimal(string column, int maxDecimals = 2, bool required = true)
    {
        var value = Raw(column);
        if (value is null)
        {
            return Missing<decimal>(column, required);
        }

        if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            Error(column, $"'{Shorten(value)}' is not a number (write it like -1250000.50)");
            return null;
        }

        if (decimal.Round(number, maxDecimals) != number)
        {
            Error(column, $"'{Shorten(value)}' has more than {maxDecimals} decimal places");
            return null;
        }

        if (Math.Abs(number) > Money.MaxAmount)
        {
            Error(column, $"'{Shorten(value)}' is larger than {Money.MaxAmount}");
            return null;
        }

        return number;
    }

    /// <summary>An ISO 8601 calendar date, yyyy-MM-dd.</summary>
    public DateOnly? Date(string column, bool required = true)
    {
        var value = Raw(column);
        if (value is null)
        {
            return Missing<DateOnly>(column, required);
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(column, $"'{Shorten(value)}' is not a date (write it as yyyy-MM-dd)");
            return null;
        }

        return date;
    }

    public Guid? Guid(string column, bool required = true)
    {
        var value = Raw(column);
        if (value is null)
        {
            return Missing<Guid>(column, required);
        }

        if (!System.Guid.TryParse(value, out var id) || id == System.Guid.Empty)
        {
            Error(column, $"'{Shorten(value)}' is not an id (a GUID such as 0191d7a4-6b2c-7c3e-9a51-2f4e8d9c1b20)");
            return null;
        }

        return id;
    }

    /// <summary>An ISO 4217 code in capitals, e.g. CHF.</summary>
    public string? Currency(string column, bool required = true)
    {
        var value = Raw(column);
        if (value is null)
        {
            return Missing(column, required);
        }

        if (!CurrencyPattern().IsMatch(value))
        {
            Error(column, $"'{Shorten(value)}' is not an ISO 4217 currency code (three capitals, e.g. CHF)");
            return null;
        }

        return value;
    }

    /// <summary>One of the enum's names, case-insensitive (numbers are refused).</summary>
    public TEnum? Enum<TEnum>(string column, bool required = true)
        where TEnum : struct, Enum
    {
        var value = Raw(column);
        if (value is null)
        {
            return Missing<TEnum>(column, required);
        }

        if (!value.All(char.IsLetter) || !System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed))
        {
            Error(column, $"'{Shorten(value)}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
            return null;
        }

        return parsed;
    }

    private string? Missing(string column, bool required)
    {
        if (required)
        {
            Error(column, "is empty; a value is required");
        }

        return null;
    }

    private T? Missing<T>(string column, bool required)
        where T : struct
    {
        Missing(column, required);
        return null;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}

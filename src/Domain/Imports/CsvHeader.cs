namespace OutlookCms.Domain.Imports;

/// <summary>Checks a file's header against a layout: the names must be exactly the layout's columns (any order, any case).</summary>
public static class CsvHeader
{
    /// <summary>Column name → field index, or null with one error (line 1) naming every missing, unknown or repeated column.</summary>
    public static IReadOnlyDictionary<string, int>? Check(IReadOnlyList<string> header, IReadOnlyList<CsvColumn> columns, ImportErrors errors)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(errors);
        var names = header.Select(h => h.Trim()).ToList();
        var known = columns.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        var missing = columns.Where(c => c.Required && !names.Contains(c.Name, StringComparer.OrdinalIgnoreCase)).Select(c => c.Name).ToList();
        var unknown = names.Where(n => !known.ContainsKey(n)).Select(n => n.Length == 0 ? "(an empty name)" : n).ToList();
        var repeated = names.Where(known.ContainsKey).GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (missing.Count == 0 && unknown.Count == 0 && repeated.Count == 0)
        {
            return names.Select((name, index) => (Name: known[name].Name, index))
                .ToDictionary(x => x.Name, x => x.index, StringComparer.OrdinalIgnoreCase);
        }

        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add("missing columns: " + string.Join(", ", missing));
        }

        if (unknown.Count > 0)
        {
            problems.Add("unknown columns: " + string.Join(", ", unknown));
        }

        if (repeated.Count > 0)
        {
            problems.Add("repeated columns: " + string.Join(", ", repeated));
        }

        var optional = columns.Where(c => !c.Required).Select(c => c.Name).ToList();
        errors.Add(1, null, $"the header does not match ({string.Join("; ", problems)}). Expected: "
            + string.Join(", ", columns.Where(c => c.Required).Select(c => c.Name))
            + (optional.Count > 0 ? $" (optional: {string.Join(", ", optional)})" : ""));
        return null;
    }
}

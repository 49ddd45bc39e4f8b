namespace OutlookCms.Domain.Imports;

/// <summary>A column a CSV layout reads. A required column must be in the header; an optional one may be left out.</summary>
public sealed record CsvColumn(string Name, bool Required = true);

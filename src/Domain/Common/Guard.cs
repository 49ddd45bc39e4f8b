using System.Text.RegularExpressions;

namespace OutlookCms.Domain.Common;

/// <summary>Argument checks shared by the entities; each failure names the field so the API can report it.</summary>
internal static partial class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleException($"{field} is required.", field);
        }

        var trimmed = value.Trim();
        return trimmed.Length > maxLength
            ? throw new DomainRuleException($"{field} must be at most {maxLength} characters (got {trimmed.Length}).", field)
            : trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, field, maxLength);

    public static Guid NotEmpty(Guid value, string field) =>
        value == Guid.Empty ? throw new DomainRuleException($"{field} is required.", field) : value;

    public static int InRange(int value, int min, int max, string field) =>
        value < min || value > max
            ? throw new DomainRuleException($"{field} must be between {min} and {max} (got {value}).", field)
            : value;

    /// <summary>Two letters, as <see cref="CountryCode"/> accepts (case-insensitive).</summary>
    public static bool IsCountryCode(string value) => CountryPattern().IsMatch(value.ToUpperInvariant());

    public static string CountryCode(string? value, string field)
    {
        var code = Required(value, field, 2).ToUpperInvariant();
        return CountryPattern().IsMatch(code)
            ? code
            : throw new DomainRuleException($"{field} must be an ISO 3166 two-letter country code (got '{value}').", field);
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();
}

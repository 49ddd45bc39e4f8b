using System.Text.RegularExpressions;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary>
/// Which properties of an item a response carries: <c>$select</c> (null = Graph's default set), the extended
/// properties asked for with <c>$expand=singleValueExtendedProperties($filter=id eq '...')</c>, and body/time-zone
/// preferences.
/// </summary>
public sealed partial record ItemView(
    IReadOnlySet<string>? Select,
    IReadOnlyList<string>? ExtendedPropertyIds,
    bool BodyAsText,
    string? TimeZone)
{
    public static readonly ItemView Default = new(null, null, false, null);

    /// <summary>Parses $select / $expand against the resource's properties; an error names what Graph would reject.</summary>
    public static (ItemView? View, GraphError? Error) Parse(
        string? select, string? expand, Preferences preferences, IReadOnlySet<string> properties, IReadOnlySet<string> navigation, string typeName)
    {
        HashSet<string>? selected = null;
        if (!string.IsNullOrWhiteSpace(select))
        {
            selected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!properties.Contains(name) && !navigation.Contains(name))
                {
                    return (null, ParseError(name, typeName));
                }

                selected.Add(name);
            }
        }

        List<string>? extended = null;
        if (!string.IsNullOrWhiteSpace(expand))
        {
            foreach (var item in SplitTopLevel(expand))
            {
                var name = item.Split('(', 2)[0].Trim();
                if (!navigation.Contains(name))
                {
                    return (null, ParseError(name, typeName));
                }

                if (name.Equals("singleValueExtendedProperties", StringComparison.OrdinalIgnoreCase))
                {
                    extended ??= [];
                    extended.AddRange(FilterIds().Matches(item).Select(m => m.Groups[1].Value));
                }
            }
        }

        return (new ItemView(selected, extended, preferences.BodyAsText, preferences.TimeZone), null);
    }

    public bool Includes(string property, IReadOnlySet<string> selectOnly) =>
        property == "id" || (Select is null ? !selectOnly.Contains(property) : Select.Contains(property));

    public IEnumerable<ExtendedProperty> ExpandedProperties(IReadOnlyList<ExtendedProperty> properties) =>
        ExtendedPropertyIds is null ? []
        : ExtendedPropertyIds.Count == 0 ? properties
        : properties.Where(p => ExtendedPropertyIds.Any(id => MessageShape.SameProperty(id, p.Id)));

    private static GraphError ParseError(string name, string typeName) =>
        GraphError.BadRequest("RequestBroker--ParseUri", $"Could not find a property named '{name}' on type '{typeName}'.");

    private static List<string> SplitTopLevel(string expand)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < expand.Length; i++)
        {
            depth += expand[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (expand[i] == ',' && depth == 0)
            {
                parts.Add(expand[start..i]);
                start = i + 1;
            }
        }

        parts.Add(expand[start..]);
        return parts;
    }

    [GeneratedRegex("id\\s+eq\\s+'([^']+)'", RegexOptions.IgnoreCase)]
    private static partial Regex FilterIds();
}

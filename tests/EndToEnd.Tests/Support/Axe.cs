using System.Text.Json;
using Microsoft.Playwright;
using OutlookCms.TestSupport;

namespace OutlookCms.EndToEnd.Tests.Support;

/// <summary>axe-core (the front end's devDependency) run inside the page under test.</summary>
public static class Axe
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ScriptPath => RepositoryRoot.Combine("src", "AddinHost", "ClientApp", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Violations axe rates serious or critical, each with the selectors of the elements at fault.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(IPage page)
    {
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException(
                $"{ScriptPath} is missing: run scripts/test.sh, which installs the front end's npm packages (web_deps in scripts/web.sh).");
        }

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        // Serialised in the page: axe's result objects are large and cyclic-free, but only these fields matter here.
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })));
            }
            """);
        return JsonSerializer.Deserialize<AxeViolation[]>(json, Json) ?? [];
    }

    public static string Describe(IReadOnlyList<AxeViolation> violations) =>
        string.Join(Environment.NewLine, violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Targets)}"));
}

public sealed record AxeViolation(string Id, string Impact, string Help, string[] Targets);

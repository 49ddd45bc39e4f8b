using System.Text.Json;
using Microsoft.Playwright;

namespace OutlookCms.EndToEnd.Tests.Support;

/// <summary>What the rendered page looks like to layout checks: width overflow and the background's lightness.</summary>
public sealed record PageLayout(int ScrollWidth, int ClientWidth, string[] WiderThanViewport, string BodyBackground, double BodyLuminance)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool OverflowsHorizontally => ScrollWidth > ClientWidth;

    public static async Task<PageLayout> MeasureAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("""
            () => {
              const root = document.documentElement;
              const width = root.clientWidth;
              const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                [...e.classList].map((c) => '.' + c).join('');
              const wider = [...document.body.querySelectorAll('*')]
                .filter((e) => e.getBoundingClientRect().right > width + 0.5)
                .slice(0, 10).map(name);
              const background = getComputedStyle(document.body).backgroundColor;
              const [r, g, b] = (background.match(/[\d.]+/g) ?? ['255', '255', '255']).slice(0, 3)
                .map((c) => Number(c) / 255)
                .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
              return JSON.stringify({
                scrollWidth: root.scrollWidth, clientWidth: width, widerThanViewport: wider,
                bodyBackground: background, bodyLuminance: 0.2126 * r + 0.7152 * g + 0.0722 * b,
              });
            }
            """);
        return JsonSerializer.Deserialize<PageLayout>(json, Json)!;
    }

    public override string ToString() =>
        $"scrollWidth {ScrollWidth} > clientWidth {ClientWidth}; wider than the viewport: {string.Join(", ", WiderThanViewport)}; body background {BodyBackground}";
}

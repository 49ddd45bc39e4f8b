using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Pane;

/// <summary>
/// The add-in manifest against Microsoft's schemas (offline, xmllint), and against what AddinHost really serves:
/// every resource id defined, every URL answered, icons of the declared sizes, requirement sets the code needs.
/// </summary>
public sealed partial class ManifestTests(WebAppHost web) : IClassFixture<WebAppHost>
{
    private const string DevelopmentOrigin = "https://localhost:5443";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

    private static string ManifestPath => RepositoryRoot.Combine("addin-manifest", "manifest.xml");

    private static XDocument Manifest() => XDocument.Load(ManifestPath);

    [Fact]
    public async Task Manifest_IsValidAgainstMicrosoftsSchemas()
    {
        var validate = RepositoryRoot.Combine("addin-manifest", "schema", "validate");
        using var process = Process.Start(new ProcessStartInfo("bash", [validate, ManifestPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0 && output.Trim() == "valid",
            $"validate said (exit {process.ExitCode}): {output} — xmllint comes from Debian's libxml2-utils (scripts/lib.sh prepare_tests)");
    }

    [Fact]
    public void EveryResourceIdReferenced_IsDefined_AndEveryDefinedOneIsUsed()
    {
        var manifest = Manifest();
        var referenced = manifest.Descendants().Attributes("resid").Select(a => a.Value).ToHashSet();
        var defined = manifest.Descendants().Where(e => e.Name.Namespace == Bt && e.Name.LocalName is "Image" or "Url" or "String")
            .Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();
        Assert.Equal(defined.Count, defined.Distinct().Count());
        Assert.Empty(referenced.Except(defined));
        Assert.Empty(defined.Except(referenced));
    }

    [Fact]
    public async Task EveryUrlTheManifestNames_IsServedByAddinHost()
    {
        var urls = ManifestUrls().ToList();
        Assert.True(urls.Count >= 8, string.Join(", ", urls));
        using var client = web.Host.Anonymous();
        foreach (var url in urls)
        {
            Assert.StartsWith(DevelopmentOrigin, url, StringComparison.Ordinal);
            var path = url[DevelopmentOrigin.Length..];
            using var response = await client.GetAsync(path.Length == 0 ? "/" : path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}");
        }

        // The pages the manifest names load Office.js from AddinHost itself, never from a CDN.
        using var office = await client.GetAsync("/office/office.js");
        Assert.Equal(HttpStatusCode.OK, office.StatusCode);
        var commands = await client.GetStringAsync("/commands.html");
        Assert.Contains("src=\"/office/office.js\"", commands, StringComparison.Ordinal);
        Assert.DoesNotContain("appsforoffice.microsoft.com", commands, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Icons_ArePngsOfTheDeclaredSizes()
    {
        var manifest = Manifest();
        var images = manifest.Descendants(Bt + "Image").Where(e => e.Attribute("id") is not null)
            .ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("DefaultValue")!.Value);
        var declared = manifest.Descendants(Bt + "Image").Where(e => e.Attribute("resid") is not null)
            .Select(e => (Size: int.Parse(e.Attribute("size")!.Value, CultureInfo.InvariantCulture), Url: images[e.Attribute("resid")!.Value]))
            .Append((Size: 64, Url: Value(manifest, "IconUrl"))).Append((Size: 128, Url: Value(manifest, "HighResolutionIconUrl")))
            .Distinct().ToList();
        Assert.Contains(declared, d => d.Size == 16);
        Assert.Contains(declared, d => d.Size == 80);

        using var client = web.Host.Anonymous();
        foreach (var (size, url) in declared)
        {
            var png = await client.GetByteArrayAsync(url[DevelopmentOrigin.Length..]);
            Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"{url} is not a PNG");
            var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
            var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
            Assert.True(width == size && height == size, $"{url} is {width}x{height}, declared {size}");
        }
    }

    [Fact]
    public void RequirementSets_MatchWhatTheCodeUses()
    {
        var manifest = Manifest();
        var overridesMin = manifest.Descendants(Bt + "Sets").Single().Attribute("DefaultMinVersion")!.Value;
        var paneCode = string.Concat(Directory.EnumerateFiles(RepositoryRoot.Combine("src", "AddinHost", "ClientApp", "src"), "*.ts*", SearchOption.AllDirectories)
            .Where(f => f.Contains("/pane/", StringComparison.Ordinal) || f.Contains("/office/", StringComparison.Ordinal))
            .Where(f => !f.EndsWith(".test.ts", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var sendCheck = File.ReadAllText(RepositoryRoot.Combine("addin-manifest", "runtime", "launchevent.js"));

        // The pinned pane follows the selection through ItemChanged (Mailbox 1.5), which is also what pinning needs.
        Assert.Contains("EventType.ItemChanged", paneCode, StringComparison.Ordinal);
        Assert.Equal("1.5", overridesMin);
        Assert.Equal(2, manifest.Descendants().Count(e => e.Name.LocalName == "SupportsPinning" && e.Value == "true"));
        // RecipientsChanged is Mailbox 1.7: the pane only subscribes where the item offers it (optional call).
        Assert.Matches(RecipientsChangedIsOptional(), paneCode);

        // Smart Alerts (Mailbox 1.12): the handler the code associates is the one the manifest launches, in SoftBlock mode.
        var launch = manifest.Descendants().Single(e => e.Name.LocalName == "LaunchEvent");
        Assert.Equal("OnMessageSend", launch.Attribute("Type")!.Value);
        Assert.Equal("SoftBlock", launch.Attribute("SendMode")!.Value);
        Assert.Contains($"Office.actions.associate('{launch.Attribute("FunctionName")!.Value}'", sendCheck, StringComparison.Ordinal);
        Assert.Contains("errorMessage", sendCheck, StringComparison.Ordinal);

        // Single sign-on: NestedAppAuth 1.1 is tested at run time, never required by the manifest, so hosts without it
        // still load the pane and fall back.
        Assert.Contains("isSetSupported('NestedAppAuth', '1.1')", paneCode, StringComparison.Ordinal);
        Assert.DoesNotContain(manifest.Descendants().Where(e => e.Name.LocalName == "Set"), e => e.Attribute("Name")?.Value == "NestedAppAuth");

        // Both surfaces the issue asks for: reading and composing a message.
        var surfaces = manifest.Descendants().Where(e => e.Name.LocalName == "ExtensionPoint")
            .Select(e => e.Attribute(XName.Get("type", "http://www.w3.org/2001/XMLSchema-instance"))!.Value).ToList();
        Assert.Equal(["MessageReadCommandSurface", "MessageComposeCommandSurface", "LaunchEvent"], surfaces);
    }

    private static IEnumerable<string> ManifestUrls()
    {
        var manifest = Manifest();
        return manifest.Descendants().Attributes("DefaultValue").Select(a => a.Value)
            .Concat(manifest.Descendants().Where(e => e.Name.LocalName == "AppDomain").Select(e => e.Value))
            .Where(v => v.StartsWith("https://", StringComparison.Ordinal)).Distinct();
    }

    private static string Value(XDocument manifest, string element) =>
        manifest.Root!.Elements().Single(e => e.Name.LocalName == element).Attribute("DefaultValue")!.Value;

    [GeneratedRegex(@"addHandlerAsync\?\.\(office\.EventType\.RecipientsChanged")]
    private static partial Regex RecipientsChangedIsOptional();
}

using System.ComponentModel.DataAnnotations;

namespace OutlookCms.AddinHost.Demo;

/// <summary>Demo mode: a sign-in page that mints tokens at the Graph simulator's Entra stand-in.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>The simulator's base URL (https on loopback).</summary>
    public Uri? SimulatorUrl { get; set; }

    /// <summary>The audience the API expects (AzureAd:Audience).</summary>
    [Required]
    public string Audience { get; set; } = "api://outlookcms";
}

using System.ComponentModel.DataAnnotations;
using OutlookCms.GraphSync.Graph;

namespace OutlookCms.GraphSync.Options;

/// <summary>
/// How the worker reaches Microsoft Graph (section <c>Graph</c>): app-only, client credentials, with either a
/// certificate (<see cref="ClientCertificatePath"/>, for production) or a client secret, never both.
/// </summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string Section = "Graph";

    [Required(ErrorMessage = "Graph:TenantId is required (the Entra ID tenant of the firm).")]
    public string TenantId { get; set; } = "";

    [Required(ErrorMessage = "Graph:ClientId is required (the GraphSync app registration).")]
    public string ClientId { get; set; } = "";

    /// <summary>The app's client secret; leave empty when signing in with <see cref="ClientCertificatePath"/>.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>
    /// The app's certificate with its private key: a PKCS#12 file (.pfx/.p12, password in
    /// <see cref="ClientCertificatePassword"/>) or a PEM file holding the certificate and an unencrypted private key.
    /// Set, the worker signs in with a client assertion (Azure.Identity's ClientCertificateCredential).
    /// </summary>
    public string ClientCertificatePath { get; set; } = "";

    /// <summary>Password of a PKCS#12 <see cref="ClientCertificatePath"/>, if it has one.</summary>
    public string ClientCertificatePassword { get; set; } = "";

    /// <summary>The Entra ID authority; the simulator's https URL in the demo and the tests.</summary>
    [Required]
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    [Required]
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>Attempts of one delta page after transient failures the SDK's own retry handler gave up on (dropped connections, long throttling).</summary>
    [Range(1, 20)]
    public int PageAttempts { get; set; } = 6;

    /// <summary>
    /// The SDK retry handler's base delay in whole seconds (Kiota's RetryHandlerOption.Delay) for a 429/503/504 that
    /// carries no Retry-After: it waits delay × 2^try. A Retry-After is always honoured as sent. 3 is the SDK's default.
    /// </summary>
    [Range(0, 180)]
    public int SdkRetryDelaySeconds { get; set; } = 3;

    /// <summary>First back-off between page attempts; doubles each time.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan PageRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var secret = !string.IsNullOrEmpty(ClientSecret);
        var certificate = !string.IsNullOrWhiteSpace(ClientCertificatePath);
        if (secret && certificate)
        {
            yield return new ValidationResult(
                "Graph:ClientSecret and Graph:ClientCertificatePath are both set: give the worker one credential (the certificate in production) and remove the other.",
                [nameof(ClientSecret), nameof(ClientCertificatePath)]);
        }
        else if (!secret && !certificate)
        {
            yield return new ValidationResult(
                "Graph:ClientCertificatePath (a .pfx, or a .pem with its private key) or Graph:ClientSecret is required: the worker signs in to Entra ID with one of them (docs/operations.md).",
                [nameof(ClientSecret), nameof(ClientCertificatePath)]);
        }
        else if (certificate && !File.Exists(ClientCertificatePath))
        {
            yield return new ValidationResult($"Graph:ClientCertificatePath '{ClientCertificatePath}' does not exist.", [nameof(ClientCertificatePath)]);
        }
        else if (certificate && Unusable() is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(ClientCertificatePath)]);
        }
    }

    /// <summary>Why the certificate cannot sign (no key, wrong password, not a certificate), found at start rather than at the first sync.</summary>
    private string? Unusable()
    {
        try
        {
            using var loaded = GraphCredential.LoadCertificate(this);
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            return $"Graph:ClientCertificatePath '{ClientCertificatePath}' cannot be read as a PKCS#12 or PEM certificate with its key (wrong Graph:ClientCertificatePassword?): {e.Message}";
        }
    }
}

using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using OutlookCms.GraphSync.Options;

namespace OutlookCms.GraphSync.Graph;

/// <summary>
/// The one place that chooses how the worker signs in to Entra ID: a certificate when Graph:ClientCertificatePath is
/// set (ClientCertificateCredential: a client assertion signed by the certificate's key), the client secret otherwise.
/// GraphOptions' validation has already refused both at once and neither.
/// </summary>
public static class GraphCredential
{
    public static TokenCredential Create(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Otherwise MSAL asks login.microsoftonline.com about the authority, which a simulator (or an air-gapped cloud) is not.
        var discovery = options.AuthorityHost.Host != "login.microsoftonline.com";
        if (string.IsNullOrWhiteSpace(options.ClientCertificatePath))
        {
            return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret,
                new ClientSecretCredentialOptions { AuthorityHost = options.AuthorityHost, DisableInstanceDiscovery = discovery });
        }

        return new ClientCertificateCredential(options.TenantId, options.ClientId, LoadCertificate(options),
            new ClientCertificateCredentialOptions { AuthorityHost = options.AuthorityHost, DisableInstanceDiscovery = discovery });
    }

    /// <summary>The certificate with its private key, from a PKCS#12 file or a PEM file (certificate and key).</summary>
    public static X509Certificate2 LoadCertificate(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.ClientCertificatePath;
        X509Certificate2 certificate;
        if (X509Certificate2.GetCertContentType(path) is X509ContentType.Pkcs12)
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, string.IsNullOrEmpty(options.ClientCertificatePassword) ? null : options.ClientCertificatePassword);
        }
        else if (File.ReadAllText(path).Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            certificate = X509Certificate2.CreateFromPemFile(path);
        }
        else
        {
            certificate = X509CertificateLoader.LoadCertificateFromFile(path);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"Graph:ClientCertificatePath '{path}' holds no private key: the worker signs its client assertions with it (give the .pfx, or a .pem with the key).");
        }

        return certificate;
    }
}

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookCms.GraphSimulator.Identity;

/// <summary>
/// Checks a client assertion (certificate credential) as Entra ID does: a JWT signed RS256 or PS256 by a certificate
/// registered on the app, named in the header by <c>x5t</c> (SHA-1 thumbprint) or <c>x5t#S256</c> (SHA-256), both
/// base64url; <c>aud</c> the tenant's token endpoint, <c>iss</c> = <c>sub</c> = the client id, <c>exp</c>, <c>nbf</c>
/// and <c>jti</c> present, the time within <c>nbf</c>..<c>exp</c> give or take 5 minutes of clock skew. A refusal is
/// Entra's <c>invalid_client</c> (401) with the AADSTS code Entra gives for the same fault.
/// </summary>
public sealed class ClientAssertionValidator(TimeProvider time)
{
    public const string JwtBearer = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256];
    private readonly ConcurrentDictionary<string, X509Certificate2> _certificates = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>Null when the assertion proves the app; otherwise the error to answer.</summary>
    /// <param name="audiences">The token endpoint URLs the assertion may name (v2.0 and v1).</param>
    public async Task<IResult?> ValidateAsync(RegisteredApp app, string assertion, IReadOnlyList<string> audiences)
    {
        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(assertion);
        }
        catch (ArgumentException)
        {
            return Refuse(50027, "JWT token is invalid or malformed.");
        }

        if (!Algorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return Refuse(700027, $"Client assertion failed signature validation. [Reason - The algorithm '{jwt.Alg}' is not supported; sign with RS256 or PS256.]");
        }

        var certificate = Registered(app, jwt);
        if (certificate is null)
        {
            var thumbprint = jwt.TryGetHeaderValue<string>("x5t#S256", out var s256) ? s256 : jwt.TryGetHeaderValue<string>("x5t", out var x5t) ? x5t : "";
            return Refuse(700027,
                $"The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '{thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '{app.ClientId}'.]");
        }

        var now = time.GetUtcNow();
        if (certificate.NotAfter.ToUniversalTime() < now.UtcDateTime || certificate.NotBefore.ToUniversalTime() > now.UtcDateTime)
        {
            return Refuse(700027, $"Client assertion contains an invalid signature. [Reason - The key used is expired., Thumbprint of key used by client: '{certificate.Thumbprint}', Found key 'Start={certificate.NotBefore:O}, End={certificate.NotAfter:O}']");
        }

        var result = await _handler.ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(certificate),
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            // Issuer, audience and lifetime are checked below, each with Entra's own error code.
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            TryAllIssuerSigningKeys = true,
        });
        if (!result.IsValid)
        {
            return Refuse(700027, "Client assertion failed signature validation.");
        }

        if (!string.Equals(jwt.Issuer, app.ClientId, StringComparison.OrdinalIgnoreCase)
            || !jwt.TryGetPayloadValue<string>("sub", out var subject) || !string.Equals(subject, app.ClientId, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(700021, "Client assertion application identifier doesn't match 'client_id' parameter. Review the documentation at https://docs.microsoft.com/en-us/azure/active-directory/develop/active-directory-certificate-credentials .");
        }

        if (!jwt.Audiences.Any(a => audiences.Contains(a, StringComparer.OrdinalIgnoreCase)))
        {
            return Refuse(700023, $"Client assertion audience claim does not match Realm issuer. Review the documentation at https://docs.microsoft.com/en-us/azure/active-directory/develop/active-directory-certificate-credentials . [Audience '{string.Join(", ", jwt.Audiences)}']");
        }

        if (!jwt.TryGetPayloadValue<long>("exp", out _) || !jwt.TryGetPayloadValue<long>("nbf", out _))
        {
            return Refuse(50027, "JWT token is invalid or malformed. [Reason - The client assertion must carry 'exp' and 'nbf'.]");
        }

        if (now > jwt.ValidTo.Add(ClockSkew) || now < jwt.ValidFrom.Subtract(ClockSkew))
        {
            return Refuse(700024,
                $"Client assertion is not within its valid time range. Current time: {now.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ}, assertion valid from {jwt.ValidFrom:yyyy-MM-ddTHH:mm:ss.fffffffZ}, expiry time of assertion {jwt.ValidTo:yyyy-MM-ddTHH:mm:ss.fffffffZ}. Review the documentation at https://docs.microsoft.com/en-us/azure/active-directory/develop/active-directory-certificate-credentials .");
        }

        if (!jwt.TryGetPayloadValue<string>("jti", out var jti) || string.IsNullOrEmpty(jti))
        {
            return Refuse(50027, "JWT token is invalid or malformed. [Reason - The client assertion must carry 'jti'.]");
        }

        return null;
    }

    private IResult Refuse(int code, string description) => EntraError.Create(401, "invalid_client", code, description, time);

    /// <summary>The registered certificate the header names: x5t#S256 (SHA-256) or x5t (SHA-1) thumbprint, base64url.</summary>
    private X509Certificate2? Registered(RegisteredApp app, JsonWebToken jwt)
    {
        var s256 = jwt.TryGetHeaderValue<string>("x5t#S256", out var a) ? a : null;
        var sha1 = jwt.TryGetHeaderValue<string>("x5t", out var b) ? b : null;
        foreach (var path in app.CertificatePaths)
        {
            var certificate = _certificates.GetOrAdd(path, Load);
            if ((s256 is not null && s256 == Base64UrlEncoder.Encode(certificate.GetCertHash(HashAlgorithmName.SHA256)))
                || (sha1 is not null && sha1 == Base64UrlEncoder.Encode(certificate.GetCertHash(HashAlgorithmName.SHA1))))
            {
                return certificate;
            }
        }

        return null;
    }

    private static X509Certificate2 Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The certificate registered on an app, '{path}', does not exist (Simulator:WorkerCertificatePath, OUTLOOKCMS_WORKER_CERT or Simulator:Apps:N:CertificatePaths).");
        }

        // Only the public part is kept: the app registration holds no private key.
        if (X509Certificate2.GetCertContentType(path) is X509ContentType.Pkcs12)
        {
            using var withKey = X509CertificateLoader.LoadPkcs12FromFile(path, null);
            return X509CertificateLoader.LoadCertificate(withKey.RawData);
        }

        return X509CertificateLoader.LoadCertificateFromFile(path);
    }
}

using System.Security.Cryptography.X509Certificates;

namespace OutlookCms.GraphSimulator.Hosting;

/// <summary>Finds the https certificate: <c>Simulator:CertificatePath</c>, else env OUTLOOKCMS_SIM_CERT.</summary>
public static class ServerCertificate
{
    public const string EnvironmentVariable = "OUTLOOKCMS_SIM_CERT";

    public static X509Certificate2 Load(IConfiguration configuration)
    {
        var path = configuration[$"{SimulatorOptions.Section}:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            path = Environment.GetEnvironmentVariable(EnvironmentVariable);
        }

        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The Graph simulator serves https and needs a certificate: set Simulator:CertificatePath or {EnvironmentVariable} " +
                $"(source scripts/certs.sh and run certs_ensure). Looked for: '{path}'.");
        }

        var password = configuration[$"{SimulatorOptions.Section}:CertificatePassword"];
        return X509CertificateLoader.LoadPkcs12FromFile(path, password);
    }
}

namespace OutlookCms.GraphSync.Tests.Support;

/// <summary>
/// The worker's client certificate from <c>certs_ensure</c> (scripts/certs.sh): the tests' workers sign in with it, as
/// in production, and the simulator has its public half registered on the worker's app (OUTLOOKCMS_WORKER_CERT).
/// </summary>
public static class WorkerCertificate
{
    public static string PfxPath => Environment.GetEnvironmentVariable("OUTLOOKCMS_WORKER_PFX") is { Length: > 0 } path && File.Exists(path)
        ? path
        : throw new InvalidOperationException(
            "OUTLOOKCMS_WORKER_PFX is not set or missing: run the tests from a shell that did `source scripts/certs.sh && certs_ensure` (scripts/test.sh does).");
}

namespace OutlookCms.GraphSimulator;

/// <summary>Settings under <c>Simulator</c>; every one has a working default for the demo.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    public const string DefaultTenantId = "5b1f2a3c-7d4e-4f60-8a9b-0c1d2e3f4a5b";
    public const string DefaultWorkerClientId = "c0ffee00-0000-4000-8000-000000000001";
    public const string DefaultWorkerSecret = "demo-worker-secret";
    public const string DefaultAddinClientId = "c0ffee00-0000-4000-8000-000000000002";

    /// <summary>Env fallback of <see cref="WorkerCertificatePath"/>; scripts/certs.sh sets it.</summary>
    public const string WorkerCertificateVariable = "OUTLOOKCMS_WORKER_CERT";

    /// <summary>The Entra tenant the simulator stands in for.</summary>
    public string TenantId { get; set; } = DefaultTenantId;

    /// <summary>PKCS#12 server certificate for https; falls back to env OUTLOOKCMS_SIM_CERT.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of the PKCS#12 file, if it has one (scripts/certs.sh makes it without).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The Outlook add-in's client id, put in <c>azp</c> of the user tokens the simulator mints.</summary>
    public string AddinClientId { get; set; } = DefaultAddinClientId;

    /// <summary>App registrations that may use client credentials; the GraphSync worker when empty.</summary>
    public IList<RegisteredApp> Apps { get; } = [];

    /// <summary>
    /// The public certificate (PEM or DER; a PKCS#12 file works too, only its public part is used) registered on the
    /// default worker app, which may then sign in with a client assertion as well as with its secret. Falls back to env
    /// OUTLOOKCMS_WORKER_CERT; unset means no certificate is registered.
    /// </summary>
    public string? WorkerCertificatePath { get; set; }

    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>A scenario folder loaded at start (also <c>--scenario DIR</c> on the command line).</summary>
    public string? Scenario { get; set; }

    /// <summary>Graph allows an app 4 concurrent requests per mailbox; the fifth gets 429.</summary>
    public int MailboxConcurrencyLimit { get; set; } = 4;

    /// <summary>Graph allows 10,000 requests per app per mailbox in 10 minutes; 0 turns the check off.</summary>
    public int MailboxRequestsPerTenMinutes { get; set; } = 10_000;

    /// <summary>Seconds sent in Retry-After when the simulator throttles on its own.</summary>
    public int ThrottleRetryAfterSeconds { get; set; } = 1;

    /// <summary>Seed of the random choices of probabilistic fault rules, so a run can be repeated.</summary>
    public int FaultSeed { get; set; } = 20_240_611;

    /// <summary>Page size of delta responses when the client sends no <c>Prefer: odata.maxpagesize</c>.</summary>
    public int DefaultDeltaPageSize { get; set; } = 10;

    /// <summary>How long a subscriber has to answer the validation handshake (and each notification POST): Graph's 10 s.</summary>
    public int SubscriptionValidationTimeoutSeconds { get; set; } = 10;

    /// <summary>Graph allows at most 1,000 subscriptions per mailbox (all apps together); 0 turns the check off.</summary>
    public int MaxSubscriptionsPerMailbox { get; set; } = 1000;

    /// <summary>How often a notification is POSTed before it is given up when the subscriber does not answer 2xx.</summary>
    public int NotificationAttempts { get; set; } = 4;

    /// <summary>Wait before the first retry of a notification; doubled for each further one.</summary>
    public int NotificationRetryDelayMilliseconds { get; set; } = 1000;

    /// <summary>A delay added to every change notification (Graph averages under a minute for messages); 0 by default.</summary>
    public int NotificationDelayMilliseconds { get; set; }

    public IReadOnlyList<RegisteredApp> EffectiveApps => Apps.Count > 0
        ? [.. Apps]
        : [DefaultWorkerApp()];

    private RegisteredApp DefaultWorkerApp()
    {
        var app = new RegisteredApp { ClientId = DefaultWorkerClientId, ClientSecret = DefaultWorkerSecret, Roles = { "Mail.Read", "Mail.ReadWrite", "Calendars.Read", "Mail.Send", "User.Read.All" } };
        var certificate = string.IsNullOrWhiteSpace(WorkerCertificatePath) ? Environment.GetEnvironmentVariable(WorkerCertificateVariable) : WorkerCertificatePath;
        if (!string.IsNullOrWhiteSpace(certificate))
        {
            app.CertificatePaths.Add(certificate);
        }

        return app;
    }
}

/// <summary>An app registration: its credentials (a client secret, certificates) and the application roles (permissions) it was granted.</summary>
public sealed class RegisteredApp
{
    public string ClientId { get; set; } = "";

    /// <summary>Empty: the app has no secret and can only sign in with a certificate.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>Files of the certificates registered on the app (Entra's keyCredentials): PEM, DER or PKCS#12.</summary>
    public IList<string> CertificatePaths { get; } = [];

    public IList<string> Roles { get; } = [];
}

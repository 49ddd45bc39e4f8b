using OutlookCms.GraphSimulator.Identity;

namespace OutlookCms.GraphSimulator;

public static class Extensions
{
    /// <summary>Registers the simulator's options and in-memory state.</summary>
    public static IHostApplicationBuilder AddSimulator(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SimulatorOptions>()
            .BindConfiguration(SimulatorOptions.Section)
            .Validate(o => Guid.TryParse(o.TenantId, out _), "Simulator:TenantId must be a GUID.")
            .Validate(o => o.TokenLifetimeSeconds > 0, "Simulator:TokenLifetimeSeconds must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SigningKey>();
        builder.Services.AddSingleton<TokenIssuer>();
        return builder;
    }
}

using OutlookCms.AddinHost;
using OutlookCms.AddinHost.Seeding;

if (args is ["seed", .. var seedArgs])
{
    return await SeedCommand.RunAsync(seedArgs);
}

if (args is ["scenario", .. var scenarioArgs])
{
    return await ScenarioCommand.RunAsync(scenarioArgs);
}

var app = AddinHostApp.Build(args);
await app.RunAsync();
return 0;

using OutlookCms.AddinHost;
using OutlookCms.AddinHost.Seeding;

if (args is ["seed", .. var seedArgs])
{
    return await SeedCommand.RunAsync(seedArgs);
}

var app = AddinHostApp.Build(args);
await app.RunAsync();
return 0;

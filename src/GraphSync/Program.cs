using OutlookCms.GraphSync;
using OutlookCms.GraphSync.Hosting;

var builder = Host.CreateApplicationBuilder(args);
if (SyncOnceCommand.Requested(builder.Configuration, out var mailbox))
{
    return await SyncOnceCommand.RunAsync(builder, mailbox);
}

builder.AddGraphSync();
await builder.Build().RunAsync();
return 0;

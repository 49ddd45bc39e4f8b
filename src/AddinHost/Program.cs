using OutlookCms.AddinHost;

var app = AddinHostApp.Build(args);
await app.RunAsync();
return 0;

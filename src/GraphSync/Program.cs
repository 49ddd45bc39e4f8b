using OutlookCms.GraphSync;

var builder = Host.CreateApplicationBuilder(args);
builder.AddGraphSync();
builder.Build().Run();

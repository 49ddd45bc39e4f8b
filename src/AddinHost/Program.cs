var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "OutlookCms");
app.Run();

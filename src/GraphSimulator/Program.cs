var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "OutlookCms Graph simulator");
app.Run();

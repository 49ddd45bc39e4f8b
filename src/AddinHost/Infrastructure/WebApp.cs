using Microsoft.Net.Http.Headers;

namespace OutlookCms.AddinHost.Infrastructure;

/// <summary>
/// The web app and the demo sign-in are static pages built by Vite into wwwroot/dist (the web root).
/// They hold no data, so they are anonymous; every byte of data comes from /api with a token.
/// </summary>
public static class WebApp
{
    public const string WebRoot = "wwwroot/dist";

    public static void UseWebAppFiles(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
            {
                // Vite fingerprints everything under /assets; the pages themselves must always be revalidated.
                ctx.Context.Response.Headers[HeaderNames.CacheControl] =
                    ctx.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
                        ? "public, max-age=31536000, immutable"
                        : "no-cache";
            },
        });
    }

    public static void MapWebApp(this WebApplication app)
    {
        app.MapFallbackToFile("/app/{**path}", "index.html").AllowAnonymous();
        app.MapGet("/signin", () => Results.File(Path.Combine(app.Environment.WebRootPath, "signin.html"), "text/html"))
            .AllowAnonymous().ExcludeFromDescription();
    }
}

using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutlookCms.GraphSimulator.Tests.Support;

/// <summary>
/// A subscriber's webhook on http loopback, as a test controls it: how it answers the validation handshake, what
/// status it gives notifications, and every notification body it received (in arrival order).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>echo (Graph's contract), wrongBody, status500, or slow (answers after the 10 s limit).</summary>
    public string ValidationMode { get; set; } = "echo";

    public int NotificationStatus { get; set; } = 202;

    public ConcurrentQueue<string> ValidationTokens { get; } = new();

    public ConcurrentQueue<(string Path, JsonObject Body)> Received { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", receiver.Handle);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return receiver;
    }

    private async Task<IResult> Handle(HttpContext context, string path)
    {
        if (context.Request.Query["validationToken"].FirstOrDefault() is { } token)
        {
            ValidationTokens.Enqueue(token);
            return ValidationMode switch
            {
                "wrongBody" => Results.Text("not the token", "text/plain"),
                "status500" => Results.StatusCode(500),
                "slow" => await Slow(context),
                _ => Results.Text(token, "text/plain"),
            };
        }

        var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        Received.Enqueue((path, body));
        return Results.StatusCode(NotificationStatus);
    }

    private static async Task<IResult> Slow(HttpContext context)
    {
        await Task.Delay(TimeSpan.FromSeconds(12), context.RequestAborted);
        return Results.Ok();
    }

    /// <summary>The notifications received on a path, each collection's items flattened, once at least <paramref name="count"/> are in.</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitFor(string path, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var items = Items(path);
            if (items.Count >= count || DateTime.UtcNow > deadline)
            {
                return items;
            }

            await Task.Delay(50);
        }
    }

    public IReadOnlyList<JsonObject> Items(string path) =>
        [.. Received.Where(r => r.Path == path).SelectMany(r => r.Body["value"]!.AsArray().Select(i => i!.AsObject()))];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Buffers;
using System.Text.Json;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary>Writes Graph's JSON responses with the content type Graph sends.</summary>
public static class GraphResponses
{
    public const string ContentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    public static IResult Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Results.Bytes(buffer.WrittenMemory.ToArray(), ContentType);
    }

    public static string Context(HttpRequest request, string fragment) => $"{request.Scheme}://{request.Host}/v1.0/$metadata#{fragment}";
}

using System.Net.Http.Json;
using System.Text.Json;

namespace OutlookCms.AddinHost.Tests.Imports;

/// <summary>Follows an import's page (the upload's <c>Location</c>) until it has finished, as the web app does.</summary>
public static class FinishedImport
{
    public static async Task<JsonElement> WaitAsync(HttpClient client, string location)
    {
        // Generous: a loaded CI machine may run other imports first; a finished import returns at once.
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            var import = await client.GetFromJsonAsync<JsonElement>(location);
            if (import.GetProperty("status").GetString() is not ("Queued" or "Running"))
            {
                return import;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{location} did not finish within 60 s");
    }
}

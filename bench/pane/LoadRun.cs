using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace OutlookCms.Bench.Pane;

/// <summary>One answered request: what it was, when it started and how long it took (Stopwatch ticks).</summary>
public readonly record struct Sample(string Kind, string Role, long Started, long Elapsed, bool Ok);

/// <summary>
/// Each client sends a request (the pane's, or a search as it is typed), reads the whole answer, and sends the next: at once (think time 0, closed loop:
/// the server is saturated and latency is mostly queueing, 50 clients / throughput by Little's law), or after a random
/// pause of mean <c>think</c> (exponential), as a rep moving from one mail item to the next.
/// Requests that start during the warm-up or end after the measured period are not counted. The warm-up lasts at least
/// <c>warmUp</c> and until the JIT has settled (<see cref="JitSettled"/>).
/// </summary>
public static class LoadRun
{
    public static async Task<(List<Sample> Samples, ProcessCost AtStart)> RunAsync(Uri address, IReadOnlyList<BenchUser> users,
        Func<Random, BenchUser, (string Kind, string PathAndQuery)> next, IReadOnlyDictionary<Guid, string> tokens,
        int clients, TimeSpan warmUp, TimeSpan measured, TimeSpan think, int seed)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        // Set when the warm-up ends (JitSettled), read by every client: until then nothing is measured.
        long measureFrom = long.MaxValue, stopAt = long.MaxValue;
        var errors = 0;
        var warming = Task.Run(async () =>
        {
            await JitSettled.WaitAsync(warmUp);
            var cost = ProcessCost.Now();
            var from = Stopwatch.GetTimestamp();
            Interlocked.Exchange(ref stopAt, from + (long)(measured.TotalSeconds * Stopwatch.Frequency));
            Interlocked.Exchange(ref measureFrom, from);
            return cost;
        });

        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var user = users[c % users.Count];
            var token = tokens[user.Id];
            var random = new Random(seed * 1000 + c);
            var samples = new List<Sample>();
            while (Stopwatch.GetTimestamp() < Interlocked.Read(ref stopAt))
            {
                var call = next(random, user);
                using var request = new HttpRequestMessage(HttpMethod.Get, call.PathAndQuery);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var began = Stopwatch.GetTimestamp();
                string? failure;
                try
                {
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    failure = response.StatusCode == HttpStatusCode.OK
                        ? null
                        : $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failure = e.Message;
                }

                var elapsed = Stopwatch.GetTimestamp() - began;
                var ok = failure is null;
                if (!ok && Interlocked.Increment(ref errors) <= 3)
                {
                    Console.WriteLine($"  failed {call.PathAndQuery}: {failure}");
                }

                if (began >= Interlocked.Read(ref measureFrom) && began + elapsed <= Interlocked.Read(ref stopAt))
                {
                    samples.Add(new Sample(call.Kind, user.Role, began, elapsed, ok));
                }

                if (think > TimeSpan.Zero)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(-Math.Log(1 - random.NextDouble()) * think.TotalMilliseconds));
                }
            }

            return samples;
        })));

        return ([.. perClient.SelectMany(s => s)], await warming);
    }
}

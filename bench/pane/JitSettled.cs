using System.Runtime;

namespace OutlookCms.Bench.Pane;

/// <summary>
/// The end of a warm-up: the JIT compiles the hot paths a second time (tiered compilation) in the background, and on
/// a busy machine that goes on for minutes, taking half a core from the requests being measured. Measuring starts
/// once fewer than <see cref="QuietMethods"/> methods were compiled in the last <see cref="Step"/>, after at least the
/// given warm-up and at most <see cref="Longest"/>.
/// </summary>
public static class JitSettled
{
    public const int QuietMethods = 25;
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(4);

    public static async Task WaitAsync(TimeSpan atLeast)
    {
        await Task.Delay(atLeast);
        var waited = atLeast;
        var before = JitInfo.GetCompiledMethodCount();
        while (waited < Longest)
        {
            await Task.Delay(Step);
            waited += Step;
            var now = JitInfo.GetCompiledMethodCount();
            if (now - before < QuietMethods)
            {
                break;
            }

            before = now;
        }

        Console.WriteLine($"warm-up  : {waited.TotalSeconds:F0} s ({JitInfo.GetCompiledMethodCount() - before} methods compiled in the last {Step.TotalSeconds:F0} s)");
    }
}

using System.Globalization;

namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>The <c>scenario</c> command's arguments, parsed and checked.</summary>
public sealed record ScenarioArguments
{
    public const string Usage = """
        usage: scenario --out DIR [--seed N] [--scale N] [--days N] [--reps N] [--now <time>]

          --out DIR   the scenario folder to write (created; must be empty or absent)
          --seed N    seed of the firm (default 42): the same firm as `seed --seed N --scale N`
          --scale N   1 to 100 (default 1)
          --days N    days of mail before "now", 1 to 90 (default 30)
          --reps N    fill the first N active reps' mailboxes (default: every active rep)
          --now T     the firm's "now", ISO 8601 (default: the current time, as `seed` takes it); pass the same
                      value to `seed` so the scenario's clients are the seeded ones, and to get identical files twice

        Writes one folder per mailbox (Graph JSON the simulator loads) and expected.json, the ground truth of capture.
        """;

    public int Seed { get; init; } = SeedArguments.DefaultSeed;

    public int Scale { get; init; } = 1;

    public int Days { get; init; } = 30;

    public int? Reps { get; init; }

    public string? Out { get; init; }

    public DateTimeOffset? Now { get; init; }

    public bool Help { get; init; }

    public static bool TryParse(IReadOnlyList<string> args, out ScenarioArguments parsed, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        parsed = new ScenarioArguments();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var (name, inline) = arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? (arg[..equals], arg[(equals + 1)..]) : (arg, (string?)null);
            string? Value() => inline ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
            switch (name)
            {
                case "--help" or "-h":
                    parsed = parsed with { Help = true };
                    break;
                case "--seed":
                    if (!TryInt(name, Value(), int.MinValue, int.MaxValue, out var seed, out error))
                    {
                        return false;
                    }

                    parsed = parsed with { Seed = seed };
                    break;
                case "--scale":
                    if (!TryInt(name, Value(), 1, SeedSpec.MaxScale, out var scale, out error))
                    {
                        return false;
                    }

                    parsed = parsed with { Scale = scale };
                    break;
                case "--days":
                    if (!TryInt(name, Value(), 1, ScenarioOptions.MaxDays, out var days, out error))
                    {
                        return false;
                    }

                    parsed = parsed with { Days = days };
                    break;
                case "--reps":
                    if (!TryInt(name, Value(), 1, 100_000, out var reps, out error))
                    {
                        return false;
                    }

                    parsed = parsed with { Reps = reps };
                    break;
                case "--out":
                    var output = Value();
                    if (string.IsNullOrWhiteSpace(output))
                    {
                        error = "--out needs a folder, e.g. --out /tmp/scenario.";
                        return false;
                    }

                    parsed = parsed with { Out = output };
                    break;
                case "--now":
                    var text = Value();
                    if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var now))
                    {
                        error = $"--now needs an ISO 8601 time such as 2025-06-30T17:00:00Z (got '{text}').";
                        return false;
                    }

                    parsed = parsed with { Now = now };
                    break;
                default:
                    error = $"Unknown argument '{arg}'.";
                    return false;
            }
        }

        if (!parsed.Help && parsed.Out is null)
        {
            error = "--out is required: the folder to write the scenario into.";
            return false;
        }

        return true;
    }

    private static bool TryInt(string name, string? text, int min, int max, out int value, out string? error)
    {
        error = null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            error = text is null ? $"{name} needs a whole number." : $"{name} needs a whole number (got '{text}').";
            return false;
        }

        if (value < min || value > max)
        {
            error = $"{name} must be between {min} and {max} (got {value}).";
            return false;
        }

        return true;
    }
}

using System.Globalization;

namespace OutlookCms.Domain.Seeding;

/// <summary>The <c>seed</c> command's arguments, parsed and checked (kept here, beside the seeder, so tests cover them).</summary>
public sealed record SeedArguments
{
    public const int DefaultSeed = 42;

    public const string Usage = """
        usage: seed [--seed N] [--scale N] [--if-empty | --replace] [--connection <connection string>] [--now <time>]

          --seed N         seed of the generator (default 42); the same seed and scale give the same firm, row for row
          --scale N        1 to 100 (default 1): 5,000 parties and about 50,000 interactions per unit of scale
          --if-empty       do nothing (and succeed) when the database already holds a firm
          --replace        empty the firm's tables (never the audit log) and seed again
          --connection CS  PostgreSQL connection string (default: the environment variable ConnectionStrings__OutlookCms)
          --now T          where the six months of history end, ISO 8601 (default: the current time), e.g. 2025-06-30T17:00:00Z

        Migrations are applied first. Without --if-empty or --replace, a database that already holds a firm is left
        untouched and the command exits with 2.
        """;

    public int Seed { get; init; } = DefaultSeed;

    public int Scale { get; init; } = 1;

    public SeedMode Mode { get; init; } = SeedMode.RefuseIfNotEmpty;

    public string? ConnectionString { get; init; }

    public DateTimeOffset? Now { get; init; }

    public bool Help { get; init; }

    /// <summary>Parses <c>--name value</c> and <c>--name=value</c>; on failure, <paramref name="error"/> says which argument and why.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out SeedArguments parsed, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        parsed = new SeedArguments();
        error = null;
        bool ifEmpty = false, replace = false;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = Split(args[i]);
            string? Value()
            {
                if (inline is not null)
                {
                    return inline;
                }

                if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return args[++i];
                }

                return null;
            }

            switch (name)
            {
                case "--help" or "-h":
                    parsed = parsed with { Help = true };
                    break;
                case "--if-empty":
                    ifEmpty = true;
                    break;
                case "--replace":
                    replace = true;
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
                case "--connection":
                    var connection = Value();
                    if (string.IsNullOrWhiteSpace(connection))
                    {
                        error = "--connection needs a connection string, e.g. --connection \"Host=127.0.0.1;Port=55432;Username=outlookcms;Database=outlookcms\".";
                        return false;
                    }

                    parsed = parsed with { ConnectionString = connection };
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
                    error = $"Unknown argument '{args[i]}'.";
                    return false;
            }
        }

        if (ifEmpty && replace)
        {
            error = "--if-empty and --replace contradict each other: choose one.";
            return false;
        }

        parsed = parsed with { Mode = ifEmpty ? SeedMode.SkipIfNotEmpty : replace ? SeedMode.Replace : SeedMode.RefuseIfNotEmpty };
        return true;
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
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

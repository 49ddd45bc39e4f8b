using System.Diagnostics.CodeAnalysis;

namespace OutlookCms.Domain.Seeding;

/// <summary>
/// Seeded randomness. Each part of the generator draws from its own <see cref="Random"/> derived from the seed and the
/// part's name, so changing how one part draws does not reshuffle the others. <c>new Random(int)</c> keeps its
/// seeded algorithm fixed across .NET versions, which is what makes the output reproducible.
/// </summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Reproducible test data, not security.")]
internal static class SeedRandom
{
    public static Random For(int seed, string part) => new((int)(SeedIds.Mix(Hash(part) ^ (uint)seed) & 0x7FFF_FFFF));

    /// <summary>A generator of its own for one client unit and pass, independent of every other unit's draws.</summary>
    public static Random For(int seed, string part, int index) =>
        new((int)(SeedIds.Mix(Hash(part) ^ ((ulong)(uint)index << 32) ^ (uint)seed) & 0x7FFF_FFFF));

    /// <summary>FNV-1a: string.GetHashCode is randomised per process, so it cannot seed anything reproducible.</summary>
    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * 1099511628211UL;
            hash = (hash ^ (byte)(c >> 8)) * 1099511628211UL;
        }

        return hash;
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    public static double Between(this Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = 0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var draw = random.Next(total);
        foreach (var (item, weight) in items)
        {
            if (draw < weight)
            {
                return item;
            }

            draw -= weight;
        }

        return items[^1].Item;
    }

    /// <summary>A log-normal draw: most values near <paramref name="median"/>, a long tail above (wealth, deal sizes).</summary>
    public static double LogNormal(this Random random, double median, double sigma)
    {
        // Box–Muller; 1 - NextDouble() is never 0, so the logarithm is finite.
        var normal = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
        return median * Math.Exp(sigma * normal);
    }

    /// <summary>A small count with the given mean (Poisson by Knuth's method; fine for means below ~30).</summary>
    public static int Poisson(this Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    /// <summary>Replaces each <c>#</c> of the pattern with a digit ("+41 44 ### ## ##").</summary>
    public static string Digits(this Random random, string pattern)
    {
        return string.Create(pattern.Length, (pattern, random), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.pattern[i] == '#' ? (char)('0' + state.random.Next(10)) : state.pattern[i];
            }
        });
    }

    public static char Letter(this Random random, string letters) => letters[random.Next(letters.Length)];
}

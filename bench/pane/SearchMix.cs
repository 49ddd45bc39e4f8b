using Npgsql;

namespace OutlookCms.Bench.Pane;

/// <summary>
/// What a rep types into the client book's search (`GET /api/parties/search`, issue 9), drawn from the seeded firm: the
/// start of a surname as it is being typed (3 to 6 letters, and 2, which searches name beginnings only), a full name,
/// part of an email address, an organisation's first word, and six digits of a phone number.
/// </summary>
public sealed class SearchMix(string[] surnames, string[] fullNames, string[] addresses, string[] organisations, string[] phones)
{
    public static readonly string[] Kinds = ["surname", "two-letters", "full-name", "email", "organisation", "phone"];

    public static async Task<SearchMix> LoadAsync(string connectionString, int seed)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        // Fixed samples (ordered by a hash) so two runs on the same database ask the same questions.
        var people = await PaneMix.ListAsync<string>(source,
            $"SELECT given_name || ' ' || family_name FROM cms.parties WHERE kind = 'Person' AND merged_into_id IS NULL ORDER BY md5(id::text || '{seed}') LIMIT 5000");
        var addresses = await PaneMix.ListAsync<string>(source, $"SELECT address FROM cms.email_addresses ORDER BY md5(address || '{seed}') LIMIT 5000");
        var organisations = await PaneMix.ListAsync<string>(source,
            $"SELECT display_name FROM cms.parties WHERE kind = 'Organisation' AND merged_into_id IS NULL ORDER BY md5(id::text || '{seed}') LIMIT 2000");
        var phones = await PaneMix.ListAsync<string>(source, $"SELECT number FROM cms.phones ORDER BY md5(number || '{seed}') LIMIT 5000");
        if (people.Count == 0 || addresses.Count == 0 || organisations.Count == 0 || phones.Count == 0)
        {
            throw new InvalidOperationException("The bench database holds no client book to search.");
        }

        return new SearchMix([.. people.Select(p => p[(p.LastIndexOf(' ') + 1)..])], [.. people], [.. addresses], [.. organisations], [.. phones]);
    }

    public (string Kind, string PathAndQuery) Next(Random random)
    {
        var roll = random.NextDouble();
        var (kind, text) = roll switch
        {
            < 0.40 => ("surname", Prefix(Pick(random, surnames), random.Next(3, 7))),
            < 0.45 => ("two-letters", Prefix(Pick(random, surnames), 2)),
            < 0.60 => ("full-name", Pick(random, fullNames)),
            < 0.75 => ("email", EmailPart(random, Pick(random, addresses))),
            < 0.90 => ("organisation", Pick(random, organisations).Split(' ')[0]),
            _ => ("phone", PhoneDigits(random, Pick(random, phones))),
        };
        return (kind, $"/api/parties/search?q={Uri.EscapeDataString(text)}");
    }

    private static string Prefix(string word, int length) => word.Length <= length ? word : word[..length];

    /// <summary>The local part's start or the domain's first label: what one remembers of an address.</summary>
    private static string EmailPart(Random random, string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return random.NextDouble() < 0.5 ? address[..Math.Min(at, random.Next(4, 9))] : address[(at + 1)..].Split('.')[0];
    }

    private static string PhoneDigits(Random random, string number)
    {
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        var start = random.Next(Math.Max(1, digits.Length - 6));
        return digits.Substring(start, Math.Min(6, digits.Length - start));
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}

using System.Globalization;
using System.Text;

namespace OutlookCms.Bench.ClientBook;

/// <summary>
/// A client book as another CRM would export it: one organisation per ten rows, most people working at one of them,
/// families sharing a household, every row with an email, a phone and a mailing address, some with a billing one.
/// <paramref name="badEvery"/> &gt; 0 spoils one row in that many (a bad email, a missing name, an unknown organisation in turn).
/// </summary>
public static class SyntheticBook
{
    public const string Header = "external_id,kind,given_name,family_name,legal_name,email,works_at,job_title,status,phone,household,adviser_email,"
        + "mailing_line1,mailing_city,mailing_postcode,mailing_country,billing_line1,billing_city,billing_country";

    private static readonly string[] Given = ["Anna", "Ben", "Chiara", "Dmitri", "Elif", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Kaja", "Luca"];
    private static readonly string[] Family = ["Meier", "Rossi", "Dubois", "Novak", "Berg", "Keller", "Moreau", "Fischer", "Costa", "Lind"];
    private static readonly string[] Cities = [("Zürich,8001,CH"), ("Genève,1204,CH"), ("London,EC1V 9HL,GB"), ("Paris,75008,FR"), ("Milano,20121,IT")];

    public static string Write(string path, int rows, string adviserEmail, string runKey, int badEvery = 0)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine(Header);
        for (var i = 0; i < rows; i++)
        {
            var city = Cities[i % Cities.Length];
            var bad = badEvery > 0 && i % badEvery == badEvery - 1 ? (i / badEvery) % 3 : -1;
            var id = $"{runKey}-{i:D7}";
            string line;
            if (i % 10 == 0)
            {
                line = string.Create(CultureInfo.InvariantCulture,
                    $"{id},Organisation,,,{Family[i % Family.Length]} Holdings {i},,,,Client,+41 44 {i % 1000:D3} {i % 100:D2} 00,,{adviserEmail},Bahnhofstrasse {i % 90 + 1},{city},Postfach {i},Zürich,CH");
            }
            else
            {
                var org = i / 10 * 10;
                var worksAt = i % 3 == 0 ? "" : bad == 2 ? $"{runKey}-nowhere" : $"{runKey}-{org:D7}";
                var given = bad == 1 ? "" : Given[i % Given.Length];
                var email = bad == 0 ? $"person{i}.at-{runKey}" : $"person{i}@{runKey}.example";
                var household = i % 4 == 1 ? $"Famille {Family[i % Family.Length]} {i / 4}" : "";
                line = string.Create(CultureInfo.InvariantCulture,
                    $"{id},Person,{given},{Family[i % Family.Length]},,{email},{worksAt},{(worksAt.Length > 0 ? "Director" : "")},Client,+41 79 {i % 1000:D3} {i % 100:D2} {i % 10}0,{household},{adviserEmail},Seestrasse {i % 200 + 1},{city},,,");
            }

            writer.WriteLine(line);
        }

        return path;
    }
}

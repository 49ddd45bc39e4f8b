using System.Text;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>Turns names into the ASCII that mail systems use: "Zoë Lloyd-Jones" → "zoe.lloyd-jones", "Müller" → "mueller".</summary>
internal static class MailNames
{
    public static string Fold(string name)
    {
        if (IsPlainLowerAscii(name))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length + 4);
        foreach (var c in name.ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                default: builder.Append(c); break;
            }
        }

        var decomposed = builder.ToString().Normalize(NormalizationForm.FormD);
        builder.Clear();
        foreach (var c in decomposed)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
            {
                builder.Append(c);
            }
            else if (c is '.' && builder.Length > 0 && builder[^1] != '.')
            {
                builder.Append(c);
            }

            // Everything else goes: accents (after decomposition), apostrophes, and spaces ("von Salis" → "vonsalis").
        }

        return builder.ToString().Trim('.', '-');
    }

    private static bool IsPlainLowerAscii(string name)
    {
        foreach (var c in name)
        {
            if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                return false;
            }
        }

        return name.Length > 0 && name[0] != '-' && name[^1] != '-';
    }

    /// <summary>A mail domain's first label from a name: "Kestrel Logistics Holding AG" → "kestrel-logistics-holding".</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var word in name.Split([' ', '&', '–', '-', ',', '\'', '.', '(', ')', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = Fold(word).Replace(".", "", StringComparison.Ordinal);
            if (folded.Length == 0 || LegalForms.Contains(folded))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(folded);
        }

        var slug = builder.ToString();
        return slug.Length <= 48 ? slug : slug[..48].TrimEnd('-');
    }

    private static readonly HashSet<string> LegalForms =
        ["ag", "sa", "gmbh", "ltd", "plc", "llp", "inc", "llc", "corp", "lp", "kg", "se", "sas", "sarl", "spa", "srl", "the"];
}

using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Persistence;
using OutlookCms.Domain.Persistence.Configurations;

namespace OutlookCms.AddinHost.Api.ClientBook;

/// <summary>What a search matched a party on: shown beside the hit so the rep sees why it is there.</summary>
public enum SearchMatch { Name, Email, Phone, Organisation }

public sealed record PartySearchHitDto(Guid Id, PartyKind Kind, string DisplayName, PartyStatus Status, bool IsRestricted,
    string? Organisation, string? JobTitle, string? Email, string? Phone, SearchMatch MatchedOn, string Matched);

/// <summary>
/// Search as you type across names, every email address, phone numbers (by their digits) and organisations (their
/// people too), through the access rule. Each source is a trigram index lookup; their ids are united first and only
/// then checked against the access rule and ranked (names that start with the query first), so a common fragment
/// costs index probes, not a scan of the client book. Two characters search name beginnings only: a trigram index
/// cannot narrow a two-letter fragment.
/// </summary>
public sealed class PartySearch(CmsDb db)
{
    public const int MinLength = 2;
    public const int MaxLength = 100;
    public const int MaxHits = 50;
    public const int MinPhoneDigits = 4;
    private const string Escape = @"\";

    /// <summary>What is wrong with a search, by parameter (empty when it can run).</summary>
    public static Dictionary<string, string[]> Validate(string? query, int limit)
    {
        var errors = new Dictionary<string, string[]>();
        var length = query?.Trim().Length ?? 0;
        if (length is < MinLength or > MaxLength)
        {
            errors["q"] = [length < MinLength ? $"Type at least {MinLength} characters." : $"A search is at most {MaxLength} characters."];
        }

        if (limit is < 1 or > MaxHits)
        {
            errors["limit"] = [$"limit is between 1 and {MaxHits}."];
        }

        return errors;
    }

    public async Task<List<PartySearchHitDto>> FindAsync(Viewer viewer, string query, int limit, CancellationToken ct)
    {
        var text = query.Trim();
        var substring = text.Length > MinLength;
        var escaped = Literal(text);
        var anywhere = $"%{escaped}%";
        var start = $"{escaped}%";

        // Every word of the query appears in the name (in any order); two characters: the name starts with them.
        var byName = db.Parties.AsQueryable();
        foreach (var word in substring ? text.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
        {
            var pattern = $"%{Literal(word)}%";
            byName = byName.Where(p => EF.Functions.ILike(p.DisplayName, pattern, Escape));
        }

        var ids = (substring ? byName : db.Parties.Where(p => EF.Functions.ILike(p.DisplayName, start, Escape))).Select(p => p.Id);
        if (substring)
        {
            var lower = anywhere.ToLowerInvariant();
            var organisations = db.Organisations.Where(o => EF.Functions.ILike(o.DisplayName, anywhere, Escape)).Select(o => (Guid?)o.Id);
            ids = ids
                .Union(db.People.Where(p => organisations.Contains(p.OrganisationId)).Select(p => p.Id));
            if (!NamesOnlyAFreeMailProvider(text))
            {
                ids = ids.Union(db.EmailAddresses.Where(e => EF.Functions.Like(e.Address, lower, Escape)).Select(e => e.PartyId));
            }

            var digits = Digits(text);
            if (digits.Length >= MinPhoneDigits && text.All(c => char.IsAsciiDigit(c) || " +()-./".Contains(c)))
            {
                var phonePattern = $"%{digits}%";
                ids = ids.Union(db.Phones.Where(ph => EF.Functions.Like(EF.Property<string>(ph, PhoneConfiguration.DigitsColumn), phonePattern, Escape))
                    .Select(ph => ph.PartyId));
            }
        }

        var hits = await (
            from p in db.VisibleParties(viewer).AsNoTracking()
            where ids.Contains(p.Id) && p.MergedIntoId == null
            orderby EF.Functions.ILike(p.DisplayName, start, Escape) descending, p.DisplayName
            select new { p.Id, p.Kind, p.DisplayName, p.Status, p.IsRestricted, ((Person)p).OrganisationId, ((Person)p).JobTitle })
            .Take(limit).ToListAsync(ct);
        if (hits.Count == 0)
        {
            return [];
        }

        var hitIds = hits.Select(h => h.Id).ToList();
        var organisationIds = hits.Select(h => h.OrganisationId).OfType<Guid>().Distinct().ToList();
        var emails = await db.EmailAddresses.AsNoTracking().Where(e => hitIds.Contains(e.PartyId))
            .OrderByDescending(e => e.IsPrimary).ThenBy(e => e.Address).Select(e => new { e.PartyId, e.Address }).ToListAsync(ct);
        var phones = await db.Phones.AsNoTracking().Where(ph => hitIds.Contains(ph.PartyId))
            .OrderByDescending(ph => ph.IsPrimary).Select(ph => new { ph.PartyId, ph.Number }).ToListAsync(ct);
        var organisationNames = await db.Parties.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.DisplayName, ct);

        return [.. hits.Select(h =>
        {
            var partyEmails = emails.Where(e => e.PartyId == h.Id).Select(e => e.Address).ToList();
            var partyPhones = phones.Where(ph => ph.PartyId == h.Id).Select(ph => ph.Number).ToList();
            var organisation = h.OrganisationId is { } o ? organisationNames.GetValueOrDefault(o) : null;
            var (on, matched) = MatchedOn(text, h.DisplayName, partyEmails, partyPhones, organisation);
            return new PartySearchHitDto(h.Id, h.Kind, h.DisplayName, h.Status, h.IsRestricted, organisation, h.JobTitle,
                partyEmails.FirstOrDefault(), partyPhones.FirstOrDefault(), on, matched);
        })];
    }

    private static (SearchMatch, string) MatchedOn(string text, string name, List<string> emails, List<string> phones, string? organisation)
    {
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            return (SearchMatch.Name, name);
        }

        if (organisation is not null && organisation.Contains(text, StringComparison.OrdinalIgnoreCase))
        {
            return (SearchMatch.Organisation, organisation);
        }

        if (emails.FirstOrDefault(e => e.Contains(text, StringComparison.OrdinalIgnoreCase)) is { } email)
        {
            return (SearchMatch.Email, email);
        }

        var digits = Digits(text);
        return digits.Length >= MinPhoneDigits && phones.FirstOrDefault(p => Digits(p).Contains(digits, StringComparison.Ordinal)) is { } phone
            ? (SearchMatch.Phone, phone)
            : (SearchMatch.Name, name);
    }

    /// <summary>
    /// The digits of a number typed as a search, without leading zeros: a national trunk prefix ("044 …") or the
    /// international one ("0041 …") stands for what the stored international form writes as "+41 44 …".
    /// </summary>
    private static string Digits(string text) => new string([.. text.Where(char.IsAsciiDigit)]).TrimStart('0');

    /// <summary>
    /// "gmail", "@bluewin.ch": part of a public mail provider's domain and nothing of an address before it. Such a
    /// provider says nothing about a client, and as an address fragment it would list a large part of the book ("gmail"
    /// matched 24,805 addresses at 100k parties), so addresses are not searched for it; names still are.
    /// </summary>
    private static bool NamesOnlyAFreeMailProvider(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            return false;
        }

        var domain = text[(at + 1)..];
        return domain.Length > 0 && FreeMailDomains.All.Any(d => d.Contains(domain, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The query is text, not a pattern: LIKE's wildcards and escape character match themselves.</summary>
    private static string Literal(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}

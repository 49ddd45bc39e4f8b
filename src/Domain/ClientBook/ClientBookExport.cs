using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.ClientBook;

/// <summary>
/// Writes parties as a client-book CSV (<see cref="ClientBookLayout"/>), the shape the import reads: re-importing an
/// export matches every row (by external id, or by the party's own id when it has none) and changes nothing.
/// </summary>
public static class ClientBookExport
{
    /// <param name="parties">Which parties, already narrowed to what the caller may see; merged duplicates are left out.</param>
    /// <returns>How many rows were written.</returns>
    public static async Task<long> WriteAsync(CmsDb db, IQueryable<Party> parties, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(parties);
        var rows = parties.AsNoTracking().Where(p => p.MergedIntoId == null).OrderBy(p => p.Kind == PartyKind.Person).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                ExternalId = db.PartyExternalKeys.Where(k => k.PartyId == p.Id).OrderBy(k => k.ExternalId).Select(k => k.ExternalId).FirstOrDefault(),
                p.Kind,
                p.Status,
                GivenName = ((Person)p).GivenName,
                FamilyName = ((Person)p).FamilyName,
                LegalName = ((Organisation)p).LegalName,
                JobTitle = ((Person)p).JobTitle,
                OrganisationId = ((Person)p).OrganisationId,
                WorksAt = db.PartyExternalKeys.Where(k => k.PartyId == ((Person)p).OrganisationId).OrderBy(k => k.ExternalId)
                    .Select(k => k.ExternalId).FirstOrDefault(),
                Email = p.Emails.OrderByDescending(e => e.IsPrimary).ThenBy(e => e.Address).Select(e => e.Address).FirstOrDefault(),
                Phone = p.Phones.OrderByDescending(x => x.IsPrimary).ThenBy(x => x.Number).Select(x => x.Number).FirstOrDefault(),
                Household = db.Households.Where(h => h.Id == ((Person)p).HouseholdId).Select(h => h.Name).FirstOrDefault(),
                Adviser = (from c in db.CoverageAssignments
                           where c.PartyId == p.Id && c.To == null && c.Role == CoverageRole.Primary
                           join u in db.FirmUsers on c.AdviserId equals u.Id
                           orderby c.From
                           select u.Email).FirstOrDefault(),
                Mailing = p.Addresses.Where(a => a.Kind == AddressKind.Mailing).OrderBy(a => a.Id)
                    .Select(a => new { a.Line1, a.Line2, a.City, a.Postcode, a.Region, a.CountryCode }).FirstOrDefault(),
                Billing = p.Addresses.Where(a => a.Kind == AddressKind.Billing).OrderBy(a => a.Id)
                    .Select(a => new { a.Line1, a.Line2, a.City, a.Postcode, a.Region, a.CountryCode }).FirstOrDefault(),
            })
            .AsAsyncEnumerable();

        // '+' and '-' stay: phone numbers start with them, and an export must re-import unchanged. '=' and '@' never
        // start a real name or address, so a spreadsheet shows such a field as text instead of running it.
        var options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, InjectionCharacters = "=@\t\r" };
        await using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        csv.WriteHeader([.. ClientBookLayout.Header]);
        long written = 0;
        await foreach (var r in rows.WithCancellation(ct))
        {
            var person = r.Kind == PartyKind.Person;
            string?[] fields =
            [
                r.ExternalId ?? r.Id.ToString(), r.Kind.ToString(),
                person ? r.GivenName : null, person ? r.FamilyName : null, person ? null : r.LegalName, r.Email,
                person && r.OrganisationId is { } org ? r.WorksAt ?? org.ToString() : null, person ? r.JobTitle : null, r.Status.ToString(), r.Phone,
                person ? r.Household : null, r.Adviser,
                r.Mailing?.Line1, r.Mailing?.Line2, r.Mailing?.City, r.Mailing?.Postcode, r.Mailing?.Region, r.Mailing?.CountryCode,
                r.Billing?.Line1, r.Billing?.Line2, r.Billing?.City, r.Billing?.Postcode, r.Billing?.Region, r.Billing?.CountryCode,
            ];
            await csv.WriteRecordAsync(fields!, ct);
            written++;
        }

        await csv.FlushAsync(ct);
        return written;
    }
}

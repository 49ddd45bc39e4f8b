using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using static OutlookCms.AddinHost.Api.PartiesApi;

namespace OutlookCms.AddinHost.Api.ClientBook;

/// <summary>
/// `PUT /api/parties/{id}`: the whole editable record as the party page shows it. Applied as a diff, so
/// unchanged emails, phones and addresses keep their ids and write no audit rows; every refused value is
/// reported under its JSON path and, when any is refused, nothing is saved.
/// </summary>
public sealed record EditPartyRequest(
    uint Version,
    PartyStatus Status,
    IReadOnlyList<EmailDto> Emails,
    IReadOnlyList<PhoneDto> Phones,
    IReadOnlyList<AddressEdit> Addresses,
    string? GivenName = null,
    string? FamilyName = null,
    string? LegalName = null);

/// <summary>An address in an edit: <see cref="Id"/> names one to correct in place; null adds a new one.</summary>
public sealed record AddressEdit(Guid? Id, AddressKind Kind, string Line1, string City, string CountryCode, string? Line2 = null,
    string? Line3 = null, string? Region = null, string? Postcode = null)
{
    /// <summary>Line 1 always (so a blank one is refused as such), then the other lines that are filled in.</summary>
    public IReadOnlyList<string> Lines => [Line1, .. new[] { Line2, Line3 }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!)];
}

public static class PartyEdit
{
    /// <summary>Applies <paramref name="request"/> to a tracked party; returns the refused fields by JSON path (empty when all applied).</summary>
    public static Dictionary<string, string[]> Apply(Party party, EditPartyRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        void Try(string path, Action change)
        {
            try
            {
                change();
            }
            catch (DomainRuleException rule)
            {
                // The entity calls street lines lines[0..2]; the request calls them line1..line3.
                var field = rule.Field?.Replace("lines[0]", "line1", StringComparison.Ordinal).Replace("lines[1]", "line2", StringComparison.Ordinal)
                    .Replace("lines[2]", "line3", StringComparison.Ordinal);
                var key = field is not null && path.Length > 0 ? $"{path}.{field}" : field ?? path;
                errors[key] = [rule.Message];
            }
        }

        switch (party)
        {
            case Person person:
                Try("", () => person.Rename(request.GivenName!, request.FamilyName!));
                break;
            case Organisation organisation:
                Try("", () => organisation.Rename(request.LegalName!));
                break;
        }

        party.ChangeStatus(request.Status);
        ApplyEmails(party, request.Emails ?? [], Try);
        ApplyPhones(party, request.Phones ?? [], Try);
        ApplyAddresses(party, request.Addresses ?? [], Try);
        return errors;
    }

    private static void ApplyEmails(Party party, IReadOnlyList<EmailDto> emails, Action<string, Action> tryAt)
    {
        var wanted = new Dictionary<string, (EmailDto Email, int Index)>();
        for (var i = 0; i < emails.Count; i++)
        {
            var index = i;
            tryAt($"emails[{i}]", () =>
            {
                var normal = MailAddressText.Normalize(emails[index].Address, "address");
                if (!wanted.TryAdd(normal, (emails[index], index)))
                {
                    throw new DomainRuleException($"{normal} is listed twice.", "address");
                }
            });
        }

        foreach (var gone in party.Emails.Where(e => !wanted.ContainsKey(e.Address)).Select(e => e.Address).ToList())
        {
            party.RemoveEmail(gone);
        }

        foreach (var (address, (email, index)) in wanted)
        {
            tryAt($"emails[{index}]", () =>
            {
                if (party.Emails.Any(e => e.Address == address))
                {
                    party.ReclassifyEmail(address, email.Kind);
                }
                else
                {
                    party.AddEmail(address, email.Kind);
                }
            });
        }

        if (wanted.Values.FirstOrDefault(w => w.Email.IsPrimary) is { Email: not null } primary)
        {
            tryAt($"emails[{primary.Index}]", () => party.MakePrimaryEmail(primary.Email.Address));
        }
    }

    private static void ApplyPhones(Party party, IReadOnlyList<PhoneDto> phones, Action<string, Action> tryAt)
    {
        // A phone has no natural key beyond its number as written; one whose kind changed is replaced.
        var kept = party.Phones.Where(p => phones.Any(w => w.Number.Trim() == p.Number && w.Kind == p.Kind)).ToHashSet();
        foreach (var gone in party.Phones.Except(kept).Select(p => p.Id).ToList())
        {
            party.RemovePhone(gone);
        }

        for (var i = 0; i < phones.Count; i++)
        {
            var phone = phones[i];
            if (kept.Any(k => k.Number == phone.Number.Trim() && k.Kind == phone.Kind))
            {
                continue;
            }

            tryAt($"phones[{i}]", () => party.AddPhone(phone.Number, phone.Kind));
        }
    }

    private static void ApplyAddresses(Party party, IReadOnlyList<AddressEdit> addresses, Action<string, Action> tryAt)
    {
        var keptIds = addresses.Where(a => a.Id is not null).Select(a => a.Id!.Value).ToHashSet();
        foreach (var gone in party.Addresses.Where(a => !keptIds.Contains(a.Id)).Select(a => a.Id).ToList())
        {
            tryAt("addresses", () => party.RemoveAddress(gone));
        }

        for (var i = 0; i < addresses.Count; i++)
        {
            var a = addresses[i];
            tryAt($"addresses[{i}]", () =>
            {
                if (a.Id is { } id)
                {
                    party.ChangeAddress(id, a.Kind, a.Lines, a.City, a.Region, a.Postcode, a.CountryCode);
                }
                else
                {
                    party.AddAddress(a.Kind, a.Lines, a.City, a.Region, a.Postcode, a.CountryCode);
                }
            });
        }
    }
}

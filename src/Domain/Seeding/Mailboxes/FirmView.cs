using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Seeding.Rows;

namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>
/// The seeded firm as the mail generator needs it: the reps whose mailboxes are filled, each rep's client contacts
/// (from coverage) and the lookups capture matches by (every address of every party; organisation domains).
/// </summary>
internal sealed class FirmView
{
    private readonly Dictionary<Guid, List<ClientContact>> _clientsOf = [];

    public FirmView(SeededFirm firm, int? repCount)
    {
        Firm = firm;
        UsersByEmail = firm.Users.ToDictionary(u => u.Email.ToLowerInvariant(), StringComparer.Ordinal);
        foreach (var email in firm.EmailAddresses)
        {
            var address = email.Address.ToLowerInvariant();
            if (!PartiesByAddress.TryGetValue(address, out var owners))
            {
                PartiesByAddress[address] = owners = [];
            }

            if (!owners.Contains(email.PartyId))
            {
                owners.Add(email.PartyId);
            }
        }

        foreach (var domain in firm.OrganisationDomains)
        {
            var name = domain.Domain.ToLowerInvariant();
            if (!OrganisationsByDomain.TryGetValue(name, out var owners))
            {
                OrganisationsByDomain[name] = owners = [];
            }

            if (!owners.Contains(domain.OrganisationId))
            {
                owners.Add(domain.OrganisationId);
            }
        }

        Parties = firm.Parties.ToDictionary(p => p.Id);
        var reps = firm.Users.Where(u => u.IsActive && u.Role == FirmRole.Rep).ToList();
        Reps = repCount is { } n ? reps.Take(n).ToList() : reps;
        // Managers' mailboxes are captured too (Capture:MailboxRoles): the chosen reps' managers, and theirs.
        var managers = firm.Users.Where(u => u.IsActive && u.Role == FirmRole.Manager).ToList();
        var teamManagers = managers.Where(m => Reps.Any(r => r.ManagerId == m.Id)).ToList();
        Managers = managers.Where(m => teamManagers.Contains(m) || teamManagers.Any(t => t.ManagerId == m.Id)).ToList();
        Owners = [.. Reps, .. Managers];
        MailboxOwners = Owners.Select(r => r.Email.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        BuildClientContacts();
    }

    public SeededFirm Firm { get; }

    /// <summary>The reps whose mailboxes are filled (the first N active reps).</summary>
    public IReadOnlyList<FirmUserRow> Reps { get; }

    /// <summary>The managers whose mailboxes are filled: the reps' managers and the head above them.</summary>
    public IReadOnlyList<FirmUserRow> Managers { get; }

    /// <summary>Every mailbox of the scenario: the reps first, then the managers.</summary>
    public IReadOnlyList<FirmUserRow> Owners { get; }

    /// <summary>Addresses of the mailboxes the scenario fills.</summary>
    public IReadOnlySet<string> MailboxOwners { get; }

    public Dictionary<string, FirmUserRow> UsersByEmail { get; }

    public Dictionary<string, List<Guid>> PartiesByAddress { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<Guid>> OrganisationsByDomain { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<Guid, PartyRow> Parties { get; }

    /// <summary>Every usable client contact of the firm, for reps whose own book is thin.</summary>
    public List<ClientContact> AllClients { get; } = [];

    public bool IsInternal(string address) =>
        address.EndsWith("@" + Firm.Domain, StringComparison.Ordinal) || UsersByEmail.ContainsKey(address);

    /// <summary>True when the address (and, unless free-mail, its domain) is unknown to the firm: a stranger.</summary>
    public bool IsUnknown(string address)
    {
        var domain = address[(address.LastIndexOf('@') + 1)..];
        return !PartiesByAddress.ContainsKey(address) && !OrganisationsByDomain.ContainsKey(domain) && !IsInternal(address);
    }

    public IReadOnlyList<ClientContact> ClientsOf(FirmUserRow rep) =>
        _clientsOf.TryGetValue(rep.Id, out var clients) && clients.Count >= 3 ? clients : AllClients;

    private void BuildClientContacts()
    {
        // A person's usable address: owned by them alone, and in a domain at most one organisation claims, so the
        // ground truth never depends on how capture breaks a tie.
        var contacts = new Dictionary<Guid, ClientContact>();
        foreach (var email in Firm.EmailAddresses.OrderByDescending(e => e.IsPrimary))
        {
            if (contacts.ContainsKey(email.PartyId) || !Parties.TryGetValue(email.PartyId, out var party) || party.Kind != PartyKind.Person)
            {
                continue;
            }

            var address = email.Address.ToLowerInvariant();
            var domain = address[(address.LastIndexOf('@') + 1)..];
            if (PartiesByAddress[address].Count != 1 || (OrganisationsByDomain.TryGetValue(domain, out var orgs) && orgs.Count > 1) || IsInternal(address))
            {
                continue;
            }

            var freeMail = email.Kind == EmailKind.FreeMail || FreeMailDomains.Contains(domain);
            contacts[party.Id] = new ClientContact(party, new MailAddress(address, party.DisplayName), freeMail);
        }

        AllClients.AddRange(Firm.Parties.Where(p => contacts.ContainsKey(p.Id)).Select(p => contacts[p.Id]));
        var members = Firm.Parties.Where(p => contacts.ContainsKey(p.Id)).ToLookup(p => p.HouseholdId);
        var staff = Firm.Parties.Where(p => contacts.ContainsKey(p.Id)).ToLookup(p => p.OrganisationId);
        foreach (var coverage in Firm.Coverage.Where(c => c.To is null))
        {
            if (!_clientsOf.TryGetValue(coverage.AdviserId, out var list))
            {
                _clientsOf[coverage.AdviserId] = list = [];
            }

            IEnumerable<PartyRow> people = coverage.HouseholdId is { } household
                ? members[household]
                : coverage.PartyId is { } partyId && Parties.TryGetValue(partyId, out var party)
                    ? party.Kind == PartyKind.Person ? [party] : staff[party.Id].Take(3)
                    : [];
            foreach (var person in people)
            {
                if (contacts.TryGetValue(person.Id, out var contact) && !list.Contains(contact))
                {
                    list.Add(contact);
                }
            }
        }
    }
}

/// <summary>A client person the firm can match, with the address they write from.</summary>
internal sealed record ClientContact(PartyRow Party, MailAddress Mail, bool IsFreeMail);

using OutlookCms.Domain.Seeding.Rows;

namespace OutlookCms.Domain.Seeding;

/// <summary>
/// Everything the generator made for one <see cref="SeedSpec"/>, as rows of the <c>cms</c> tables, before it is written.
/// Other generators (the mailbox scenarios of the Graph simulator) can start from the same firm: its users, their
/// mailboxes and the clients' addresses.
/// </summary>
public sealed class SeededFirm
{
    internal SeededFirm(SeedSpec spec) => Spec = spec;

    public SeedSpec Spec { get; }

    public string FirmName => Vocabulary.FirmPlan.FirmName;

    /// <summary>The firm's mail domain; addresses in it are internal.</summary>
    public string Domain => Vocabulary.FirmPlan.Domain;

    /// <summary>Every free-mail provider the seeded clients use (capture must never match an organisation by these).</summary>
    public static IReadOnlySet<string> FreeMailDomains => Vocabulary.Countries.FreeMailDomains;

    public IReadOnlyList<TeamRow> Teams => TeamList;

    public IReadOnlyList<FirmUserRow> Users => UserList;

    public IReadOnlyList<TierRow> Tiers => TierList;

    public IReadOnlyList<HouseholdRow> Households => HouseholdList;

    public IReadOnlyList<PartyRow> Parties => PartyList;

    public IReadOnlyList<EmailAddressRow> EmailAddresses => EmailList;

    public IReadOnlyList<PhoneRow> Phones => PhoneList;

    public IReadOnlyList<PostalAddressRow> PostalAddresses => AddressList;

    public IReadOnlyList<OrganisationDomainRow> OrganisationDomains => DomainList;

    public IReadOnlyList<OfficeRow> Offices => OfficeList;

    public IReadOnlyList<DepartmentRow> Departments => DepartmentList;

    public IReadOnlyList<CoverageRow> Coverage => CoverageList;

    public IReadOnlyList<PartyShareRow> PartyShares => ShareList;

    public IReadOnlyList<ProductRow> Products => ProductList;

    public IReadOnlyList<MaterialRow> Materials => MaterialList;

    public IReadOnlyList<InitiativeRow> Initiatives => InitiativeList;

    public IReadOnlyList<InteractionRow> Interactions => InteractionList;

    public IReadOnlyList<InteractionPartyRow> InteractionParties => InteractionPartyList;

    public IReadOnlyList<InteractionRepRow> InteractionReps => InteractionRepList;

    public IReadOnlyList<CoverageBreachRow> CoverageBreaches => CoverageBreachList;

    public IReadOnlyList<FollowUpRow> FollowUps => FollowUpList;

    public IReadOnlyList<OutcomeRow> Outcomes => OutcomeList;

    public IReadOnlyList<OutcomeInteractionRow> OutcomeInteractions => OutcomeInteractionList;

    public IReadOnlyList<PartyInitiativeRow> PartyInitiatives => PartyInitiativeList;

    public IReadOnlyList<InteractionInitiativeRow> InteractionInitiatives => InteractionInitiativeList;

    public IReadOnlyList<OutcomeInitiativeRow> OutcomeInitiatives => OutcomeInitiativeList;

    public IReadOnlyList<MaterialSentRow> MaterialsSent => MaterialSentList;

    /// <summary>The tables written as soon as the client book is generated, before the history exists.</summary>
    internal static IReadOnlyList<string> ClientBookTables { get; } =
    [
        "teams", "firm_users", "tiers", "products", "materials", "initiatives", "households", "parties", "postal_addresses", "offices",
        "departments", "organisation_domains", "email_addresses", "phones", "coverage_assignments", "party_shares",
    ];

    /// <summary>The tables written from the history, interactions first (streamed while they are generated).</summary>
    internal static IReadOnlyList<string> HistoryTables { get; } =
    [
        "interactions", "interaction_parties", "interaction_reps", "coverage_breaches", "follow_ups", "outcomes", "outcome_interactions",
        "party_initiatives", "interaction_initiatives", "outcome_initiatives", "materials_sent",
    ];

    /// <summary>Rows per table, in the order they are written.</summary>
    public IReadOnlyList<(string Table, int Rows)> RowCounts =>
    [
        ("teams", TeamList.Count), ("firm_users", UserList.Count), ("tiers", TierList.Count), ("products", ProductList.Count),
        ("materials", MaterialList.Count), ("initiatives", InitiativeList.Count), ("households", HouseholdList.Count),
        ("parties", PartyList.Count), ("postal_addresses", AddressList.Count), ("offices", OfficeList.Count),
        ("departments", DepartmentList.Count), ("organisation_domains", DomainList.Count), ("email_addresses", EmailList.Count),
        ("phones", PhoneList.Count), ("coverage_assignments", CoverageList.Count), ("party_shares", ShareList.Count),
        ("interactions", InteractionList.Count), ("interaction_parties", InteractionPartyList.Count),
        ("interaction_reps", InteractionRepList.Count), ("coverage_breaches", CoverageBreachList.Count), ("follow_ups", FollowUpList.Count),
        ("outcomes", OutcomeList.Count),
        ("outcome_interactions", OutcomeInteractionList.Count), ("party_initiatives", PartyInitiativeList.Count),
        ("interaction_initiatives", InteractionInitiativeList.Count), ("outcome_initiatives", OutcomeInitiativeList.Count),
        ("materials_sent", MaterialSentList.Count),
    ];

    public long TotalRows => RowCounts.Sum(c => (long)c.Rows);

    internal List<TeamRow> TeamList { get; } = [];

    internal List<FirmUserRow> UserList { get; } = [];

    internal List<TierRow> TierList { get; } = [];

    internal List<HouseholdRow> HouseholdList { get; } = [];

    internal List<PartyRow> PartyList { get; } = [];

    internal List<EmailAddressRow> EmailList { get; } = [];

    internal List<PhoneRow> PhoneList { get; } = [];

    internal List<PostalAddressRow> AddressList { get; } = [];

    internal List<OrganisationDomainRow> DomainList { get; } = [];

    internal List<OfficeRow> OfficeList { get; } = [];

    internal List<DepartmentRow> DepartmentList { get; } = [];

    internal List<CoverageRow> CoverageList { get; } = [];

    internal List<PartyShareRow> ShareList { get; } = [];

    internal List<ProductRow> ProductList { get; } = [];

    internal List<MaterialRow> MaterialList { get; } = [];

    internal List<InitiativeRow> InitiativeList { get; } = [];

    internal ChunkedList<InteractionRow> InteractionList { get; } = new();

    internal List<InteractionPartyRow> InteractionPartyList { get; } = [];

    internal List<InteractionRepRow> InteractionRepList { get; } = [];

    internal List<CoverageBreachRow> CoverageBreachList { get; } = [];

    internal List<FollowUpRow> FollowUpList { get; } = [];

    internal List<OutcomeRow> OutcomeList { get; } = [];

    internal List<OutcomeInteractionRow> OutcomeInteractionList { get; } = [];

    internal List<PartyInitiativeRow> PartyInitiativeList { get; } = [];

    internal List<InteractionInitiativeRow> InteractionInitiativeList { get; } = [];

    internal List<OutcomeInitiativeRow> OutcomeInitiativeList { get; } = [];

    internal List<MaterialSentRow> MaterialSentList { get; } = [];
}

using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Seeding.Vocabulary;

/// <summary>A seat in an organisation's org chart.</summary>
/// <param name="ReportsTo">Index of the seat this one reports to; -1 for the top of the chart.</param>
internal sealed record Position(string Title, string Department, OrganisationRole Role, int MinInfluence, int MaxInfluence, int ReportsTo);

/// <summary>
/// The org chart of each kind of organisation, most senior seat first. A seeded organisation with n people fills the
/// first n seats, so even a small one has a decision maker and, from the third seat on, an accounts-payable contact.
/// </summary>
internal static class OrgChart
{
    public const string AccountsPayable = "Accounts Payable";

    private static readonly IReadOnlyList<Position> Corporate =
    [
        new("Chief Executive Officer", "Executive Office", OrganisationRole.DecisionMaker, 85, 100, -1),
        new("Chief Financial Officer", "Finance", OrganisationRole.DecisionMaker, 70, 90, 0),
        new("Head of Accounts Payable", AccountsPayable, OrganisationRole.AccountsPayableContact, 10, 25, 1),
        new("Group Treasurer", "Treasury", OrganisationRole.Buyer, 55, 80, 1),
        new("Executive Assistant to the CEO", "Executive Office", OrganisationRole.Assistant, 5, 15, 0),
        new("General Counsel", "Legal & Compliance", OrganisationRole.Influencer, 40, 60, 0),
        new("Treasury Manager", "Treasury", OrganisationRole.Influencer, 25, 45, 3),
        new("Head of Procurement", "Procurement", OrganisationRole.Buyer, 30, 50, 1),
        new("Chief Human Resources Officer", "Human Resources", OrganisationRole.Influencer, 20, 40, 0),
        new("Head of Investor Relations", "Investor Relations", OrganisationRole.Influencer, 20, 40, 1),
        new("Accounts Payable Specialist", AccountsPayable, OrganisationRole.AccountsPayableContact, 5, 15, 2),
        new("Financial Controller", "Finance", OrganisationRole.Other, 20, 35, 1),
    ];

    private static readonly IReadOnlyList<Position> FamilyOffice =
    [
        new("Principal", "Executive Office", OrganisationRole.DecisionMaker, 90, 100, -1),
        new("Chief Investment Officer", "Investments", OrganisationRole.Buyer, 65, 85, 0),
        new("Head of Accounting", "Accounting", OrganisationRole.AccountsPayableContact, 15, 30, 0),
        new("Family Office Manager", "Family Services", OrganisationRole.Influencer, 30, 50, 0),
        new("Personal Assistant to the Principal", "Executive Office", OrganisationRole.Assistant, 5, 15, 0),
        new("Portfolio Manager", "Investments", OrganisationRole.Influencer, 20, 40, 1),
        new("General Counsel", "Legal", OrganisationRole.Influencer, 30, 50, 0),
        new("Accountant", "Accounting", OrganisationRole.AccountsPayableContact, 5, 15, 2),
    ];

    private static readonly IReadOnlyList<Position> Foundation =
    [
        new("Chair of the Board of Trustees", "Board of Trustees", OrganisationRole.DecisionMaker, 80, 95, -1),
        new("Executive Director", "Executive Office", OrganisationRole.DecisionMaker, 60, 80, 0),
        new("Finance Officer", AccountsPayable, OrganisationRole.AccountsPayableContact, 10, 20, 1),
        new("Finance Director", "Finance", OrganisationRole.Buyer, 50, 70, 1),
        new("Trustee", "Board of Trustees", OrganisationRole.Influencer, 30, 50, 0),
        new("Grants Manager", "Grants", OrganisationRole.Other, 10, 20, 1),
        new("Office Manager", "Executive Office", OrganisationRole.Assistant, 5, 10, 1),
    ];

    private static readonly IReadOnlyList<Position> PensionFund =
    [
        new("Chair of the Board", "Board", OrganisationRole.DecisionMaker, 75, 90, -1),
        new("Chief Executive Officer", "Executive Office", OrganisationRole.DecisionMaker, 65, 85, 0),
        new("Head of Finance", "Finance", OrganisationRole.AccountsPayableContact, 20, 35, 1),
        new("Chief Investment Officer", "Investments", OrganisationRole.Buyer, 60, 80, 1),
        new("Portfolio Manager", "Investments", OrganisationRole.Influencer, 25, 40, 3),
        new("Actuary", "Actuarial", OrganisationRole.Influencer, 15, 30, 1),
        new("Assistant to the CEO", "Executive Office", OrganisationRole.Assistant, 5, 10, 1),
    ];

    private static readonly IReadOnlyList<Position> SmallBusiness =
    [
        new("Owner and Managing Director", "Management", OrganisationRole.DecisionMaker, 90, 100, -1),
        new("Office Manager", AccountsPayable, OrganisationRole.AccountsPayableContact, 10, 25, 0),
        new("Partner", "Management", OrganisationRole.Influencer, 40, 60, 0),
    ];

    public static IReadOnlyList<Position> For(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Corporate => Corporate,
        OrganisationKind.FamilyOffice => FamilyOffice,
        OrganisationKind.Foundation => Foundation,
        OrganisationKind.PensionFund => PensionFund,
        _ => SmallBusiness,
    };
}

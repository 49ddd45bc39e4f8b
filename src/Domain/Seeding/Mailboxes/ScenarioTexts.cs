namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>Subjects and senders that make a rep's month of mail read like one.</summary>
internal static class ScenarioTexts
{
    public static readonly string[] ClientSubjects =
    [
        "Portfolio review", "Question about my statement", "Rebalancing proposal", "Transfer instructions", "Tax documents for this year",
        "Bond ladder maturities", "Cash needs next quarter", "Pension contribution", "Estate planning follow-up", "ESG options",
        "Fee schedule", "Mortgage refinancing", "Structured note term sheet", "FX hedge for the property purchase", "Account opening for my daughter",
    ];

    public static readonly string[] OutboundSubjects =
    [
        "Your quarterly report", "Proposal as discussed", "Market update and our view", "Documents to sign", "Follow-up from our call",
        "Invitation: client evening", "New fund launch", "Confirmation of your instructions",
    ];

    public static readonly string[] InternalSubjects =
    [
        "Desk meeting notes", "Coverage handover", "Compliance reminder", "Pricing question", "Can you cover my clients on Friday?",
        "Pipeline for the month", "Lunch?", "Client event seating",
    ];

    public static readonly string[] MeetingSubjects =
    [
        "Annual review", "Investment committee follow-up", "Onboarding meeting", "Family wealth planning", "Succession planning",
        "Strategy update", "Introduction to our credit desk",
    ];

    public static readonly (string Address, string Name, string Subject)[] Newsletters =
    [
        ("newsletter@marketwire-daily.example", "MarketWire Daily", "Morning markets briefing"),
        ("research@fundscope-insights.example", "FundScope Insights", "Weekly fund flows"),
        ("events@wealthsummit-europe.example", "Wealth Summit Europe", "Register now: speakers announced"),
        ("noreply@ratesboard-alerts.example", "RatesBoard", "Rates alert: curve moves"),
        ("digest@privatebanking-review.example", "Private Banking Review", "This week's digest"),
    ];

    public static readonly string[] PersonalSubjects = ["Dinner on Saturday?", "Photos from the weekend", "Happy birthday!", "School run tomorrow"];

    public static readonly string[] PrivateSubjects = ["Personal matter — please keep between us", "Health update", "Family news"];

    public static readonly string[] StrangerSubjects = ["Introduction", "Following up on my note", "One more try", "Referral from a mutual friend"];

    public static readonly string[] FirstNames = ["Alex", "Jordan", "Morgan", "Robin", "Sasha", "Kim", "Noa", "Elia", "Luca", "Maren", "Teo", "Ines"];

    public static readonly string[] LastNames = ["Keller", "Brandt", "Moretti", "Okafor", "Lindqvist", "Novak", "Duarte", "Hale", "Petit", "Sato"];

    public static readonly string[] StrangerDomains =
    [
        "brightwater-partners", "northgate-ventures", "alder-family-office", "copperline-advisory", "meridian-startups", "solace-biotech",
        "harrow-logistics", "quayside-capital", "fernhill-estates", "lumen-robotics",
    ];

    public static readonly string[] FreeMail = ["gmail.com", "outlook.com", "yahoo.com", "gmx.net"];

    public static readonly string[] Rooms = ["Boardroom", "Meeting room 2", "Client suite", "Lakeview room"];
}

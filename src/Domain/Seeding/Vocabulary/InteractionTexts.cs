namespace OutlookCms.Domain.Seeding.Vocabulary;

/// <summary>A subject with the words that open the message or the notes about it.</summary>
internal sealed record Topic(string Subject, string Summary);

/// <summary>
/// What reps and clients write about, per audience (private clients, institutions) and channel. The texts are shared
/// strings, not one per interaction, so a million interactions cost no more memory than a thousand.
/// </summary>
internal static class InteractionTexts
{
    public static readonly IReadOnlyList<Topic> PrivateEmailsOut =
    [
        new("Quarterly portfolio review", "Thank you for your time today. As discussed, please find attached the updated allocation proposal for your review."),
        new("Your portfolio review – proposed dates", "We would like to review the portfolio before the end of the quarter. Would Tuesday or Thursday next week suit you?"),
        new("Rebalancing proposal", "Following the recent market moves, the equity share has drifted above your target. I suggest we rebalance as outlined below."),
        new("Lombard credit facility – indicative terms", "Following our conversation, I have prepared two options for the Lombard facility; happy to walk you through them."),
        new("Estate planning – next steps", "As promised, here is the summary of our estate planning discussion and the proposed next steps."),
        new("Market update", "I wanted to share a short note on this week's market moves and what they mean for your portfolio."),
        new("Documents for account opening", "Please find enclosed the documents required to complete the account opening. Two signatures are still missing."),
        new("Introduction to our estate planning specialist", "I would like to introduce you to my colleague, who advises many of our families on succession matters."),
        new("Annual fee statement", "Please find attached your annual fee statement together with a short explanation of each item."),
        new("Sustainable investing preferences", "As discussed, I have summarised how we could raise the sustainable share of the portfolio without changing its risk."),
    ];

    public static readonly IReadOnlyList<Topic> PrivateEmailsIn =
    [
        new("Transfer instructions", "Could you please confirm that the transfer has been executed? The funds should have arrived yesterday."),
        new("Question about the tax statement", "Our accountant asks why the withholding tax on the Swiss dividends is shown twice. Could you explain?"),
        new("Change of address", "Please note that we have moved; our new address is below. Statements should go there from next month."),
        new("Property purchase – liquidity", "We are buying a house in the spring and will need about a third of the cash portfolio. What would you suggest?"),
        new("Re: proposal", "My wife and I discussed the proposal and we would like to increase the sustainable allocation."),
        new("Meeting next week", "Could we move our meeting to the afternoon? Something came up in the morning."),
        new("School fees", "Could you set up a standing order for the school fees from the current account, three instalments a year?"),
        new("Trust structure questions", "Our lawyer has a few questions about the trust structure before we sign. Could we have a call?"),
        new("Card limit", "I will be travelling for three weeks; could you raise the card limit for that period?"),
        new("Dividend payment query", "The dividend from the Nestlé position does not appear on the last statement. Has it been paid?"),
    ];

    public static readonly IReadOnlyList<Topic> InstitutionalEmailsOut =
    [
        new("Treasury mandate – draft terms", "Please find attached the draft mandate terms; our legal team is available to discuss any comments."),
        new("Cash management proposal", "As requested, here is the updated cash management proposal ahead of your treasury committee."),
        new("Refinancing options", "We have looked at the maturity profile and see three realistic refinancing routes, summarised below."),
        new("Bond issuance – indicative pricing", "Ahead of Thursday's call, please find the indicative pricing for five- and seven-year tenors."),
        new("FX hedging programme", "Attached is the proposed hedging programme for the USD exposure, with the rolling-forward schedule."),
        new("Investment committee pack", "Please find the investment committee pack for next week, including the revised strategic allocation."),
        new("Quarterly reporting pack", "Your quarterly reporting pack is attached; performance was ahead of the benchmark by 40 basis points."),
        new("IPO readiness discussion", "Thank you for the productive session. As next steps we propose a readiness assessment over six weeks."),
    ];

    public static readonly IReadOnlyList<Topic> InstitutionalEmailsIn =
    [
        new("Board presentation – feedback", "The board approved the proposal in principle; we now need the final fee schedule."),
        new("Due diligence request list", "Attached is our due diligence request list; please let us know of any gaps."),
        new("Term sheet – revised", "We have reviewed the indicative terms and would like to discuss the tenor options and covenants."),
        new("Audit confirmation request", "Our auditors request confirmation of the custody balances as at month end. Could you arrange this?"),
        new("Invoice query – advisory fees", "Invoice 2024-118 is addressed to the wrong entity; could you reissue it to our accounts-payable team?"),
        new("Pension fund investment strategy review", "Ahead of the strategy review, the committee would like your view on private markets."),
        new("Foundation investment policy – draft", "Please find our draft investment policy; the trustees would value your comments before the next meeting."),
        new("Grant payments and liquidity", "We plan larger grant payments in the autumn; could you model the liquidity needed?"),
    ];

    public static readonly IReadOnlyList<Topic> PrivateMeetings =
    [
        new("Annual portfolio review", "Review of performance, risk profile and the allocation for the coming year."),
        new("Quarterly review meeting", "Quarterly review of the portfolio and open topics."),
        new("Investment proposal presentation", "Presentation of the investment proposal and the fee schedule."),
        new("Estate planning workshop", "Succession planning with the family and the estate planning specialist."),
        new("Onboarding meeting", "Account opening, risk profiling and the investment mandate."),
        new("Introductory meeting", "First meeting: the family's situation, goals and how we work."),
    ];

    public static readonly IReadOnlyList<Topic> InstitutionalMeetings =
    [
        new("Treasury committee presentation", "Presentation of the cash management and FX hedging proposal."),
        new("Board investment strategy session", "Strategic asset allocation review with the board."),
        new("Mandate kick-off", "Kick-off of the mandate: team, timetable, reporting."),
        new("Refinancing workshop", "Options for the 2027 maturities and the rating agencies' view."),
        new("Quarterly mandate review", "Performance, risk and compliance of the mandate over the quarter."),
    ];

    public static readonly IReadOnlyList<Topic> Calls =
    [
        new("Call: portfolio review follow-up", "Called to discuss the rebalancing proposal; client wants to reduce equity exposure slightly."),
        new("Call: tax statement question", "Client called about the tax statement; explained the withholding tax reclaim."),
        new("Call: liquidity planning", "Discussed liquidity needs for the property purchase; Lombard facility preferred."),
        new("Call: check-in", "Short check-in call; no action needed."),
        new("Call: mandate terms", "Walked through the draft mandate terms; legal comments expected by Friday."),
        new("Call: FX hedging", "CFO called about the FX hedging programme; wants a proposal by month end."),
        new("Call: voicemail", "Left a voicemail; will try again tomorrow."),
        new("Call: market volatility", "Client worried about the market sell-off; explained the portfolio's hedges and agreed to hold."),
    ];

    public static readonly IReadOnlyList<Topic> PrivateVisits =
    [
        new("Lunch", "Lunch with the client; relaxed conversation about the family and the business."),
        new("Home visit – family meeting", "Met the family at home to discuss the next generation's involvement."),
        new("Coffee at the club", "Coffee at the club; the client asked about private markets."),
        new("Breakfast meeting", "Breakfast before the client's flight; agreed to revisit the allocation next month."),
    ];

    public static readonly IReadOnlyList<Topic> InstitutionalVisits =
    [
        new("Lunch", "Lunch with the client; relaxed conversation about the business and the succession."),
        new("Visit at the client's office", "Visited the client's office; met the finance team."),
        new("Coffee after the board meeting", "Short coffee; the board is leaning towards the proposal."),
        new("Breakfast meeting", "Breakfast meeting before the client's flight; agreed next steps on the mandate."),
    ];

    public static readonly IReadOnlyList<Topic> Notes =
    [
        new("Meeting notes", "Client comfortable with the current allocation; revisit fixed-income duration next quarter."),
        new("Notes: succession", "The son will join the next meeting; succession topics to be prepared."),
        new("Notes: decision timing", "Decision expected after the board meeting on the 15th."),
        new("Notes: liquidity event", "Client mentioned a liquidity event (sale of the business) within twelve months."),
        new("Notes: risk profile", "Risk profile to be updated — client now prefers lower volatility."),
        new("Notes: contact preference", "Prefers contact by phone; does not read long emails."),
        new("Notes: competition", "A competitor offered lower fees; consider a pricing review."),
    ];

    public static readonly IReadOnlyList<Topic> Letters =
    [
        new("Annual tax statement", "Annual tax statement sent by post."),
        new("Welcome pack", "Welcome pack with the signed mandate agreement and the client handbook."),
        new("Year-end greetings", "Year-end card signed by the team."),
        new("Signed mandate agreement (copy)", "Countersigned copy of the mandate agreement."),
    ];

    public static readonly Topic MeetingAgenda = new("Agenda for our meeting", "Ahead of our meeting, here is a short agenda and the documents we will go through.");

    public static readonly Topic MeetingFollowUp = new("Follow-up to our meeting", "Thank you for the meeting; as agreed, here are the next steps and the documents.");

    public static readonly Topic CallFollowUp = new("Following up on our call", "As discussed on the phone, please find the details below.");

    public const string BrochureCover = "As discussed, please find attached our brochure; I am happy to walk you through it.";

    public static readonly IReadOnlyList<string> ClientReplies =
    [
        "Thank you, that works for me.", "Many thanks — could we discuss this on a call?", "Noted. I will send the documents by Friday.",
        "Thanks, let me check with my accountant and come back to you.", "Perfect, see you then.", "Could you send this in a PDF as well?",
    ];

    public static readonly IReadOnlyList<string> RepReplies =
    [
        "Thank you — noted. I will come back to you shortly.", "Many thanks, I have passed this on to our operations team.",
        "Of course — I will send the details this afternoon.", "Thank you for confirming; I have updated the instructions.",
    ];

    public const string ReplyPrefix = "RE: ";
}

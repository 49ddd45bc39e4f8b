namespace OutlookCms.Domain.Seeding.Vocabulary;

/// <summary>Words for follow-ups set by hand and for outcomes, their notes and a controller's decisions.</summary>
internal static class WorkTexts
{
    public static readonly IReadOnlyList<string> ManualFollowUps =
    [
        "Send the updated fee schedule", "Prepare the review deck for the next meeting", "Chase the signed KYC documents",
        "Check the beneficiary designation", "Introduce to the estate planning specialist", "Send Lombard credit terms",
        "Confirm attendance for the next event", "Book lunch in the next few weeks", "Send the tax statement explanation",
        "Follow up on the transfer from the other bank", "Update the risk profile questionnaire", "Send the draft mandate agreement",
        "Ask about the liquidity event timing", "Send birthday card", "Call back about the mortgage question",
    ];

    public static readonly IReadOnlyList<string> CompletedHow =
        ["Done", "Sent by email", "Discussed on the phone", "Handed over at the meeting", "No longer needed — client decided otherwise"];

    public static readonly IReadOnlyList<string> SnoozeReasons =
        ["Client travelling until next month", "Waiting for the lawyer's comments", "After the board meeting", "Client asked to wait until after the holidays"];

    public static readonly IReadOnlyList<string> OutcomeNotes =
    [
        "Pledged after the review meeting; transfer from the external bank expected within six weeks.",
        "Consolidation of assets held at another bank.", "Proceeds of the business sale.", "Referral from an existing client.",
        "Board approval obtained; mandate signed.", "Additional assets after the inheritance was settled.",
        "Mandate won after a competitive pitch against two other banks.", "Top-up following the strong results of the mandate.",
    ];

    public static readonly IReadOnlyList<string> RejectionReasons =
    [
        "Internal transfer between the household's existing accounts, not new assets.",
        "The amount booked differs materially from the amount reported.",
        "The booking belongs to another client.",
        "The assets arrived before the reported contact; not attributable.",
    ];

    public const string LapseReason = "No deposit within 30 days after the expected date.";
}

using OutlookCms.Domain.ClientBook;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Imports;

namespace OutlookCms.Domain.Marketing.Attendees;

/// <summary>One row of an attendee list: who (by one or more of party id, external id, email), whether they came, a note.</summary>
public sealed record AttendeeRow(Guid? PartyId, string? ExternalId, string? Email, bool Attended, string? Note);

/// <summary>
/// An initiative's attendee list as CSV: <c>party_id</c>, <c>external_id</c> (from the client-book import) and
/// <c>email</c> say who, at least one of them per row (when several are given they must name the same client);
/// <c>attended</c> is yes/no (also true/false, y/n, 1/0); <c>note</c> is optional. The columns that say who may be
/// left out of the header; a row that names nobody is an error.
/// </summary>
public sealed class AttendeeLayout : CsvLayout<AttendeeRow>
{
    public const int NoteMaxLength = 500;

    public static readonly AttendeeLayout Instance = new();

    private static readonly Dictionary<string, bool> Answers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true, ["y"] = true, ["true"] = true, ["1"] = true, ["no"] = false, ["n"] = false, ["false"] = false, ["0"] = false,
    };

    public override IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new("party_id", Required: false), new("external_id", Required: false), new("email", Required: false), new("attended"),
        new("note", Required: false),
    ];

    public override AttendeeRow? Parse(CsvRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var partyId = record.Guid("party_id", required: false);
        var externalId = record.Text("external_id", PartyExternalKey.MaxLength, required: false);
        var emailText = record.Text("email", MailAddressText.MaxLength, required: false);
        string? email = null;
        if (emailText is not null && !MailAddressText.TryNormalize(emailText, out email))
        {
            record.Error("email", $"'{emailText}' is not a valid email address");
        }

        if (record.Raw("party_id") is null && record.Raw("external_id") is null && record.Raw("email") is null)
        {
            record.Error(null, "names no client: give party_id, external_id or email");
        }

        var attendedText = record.Text("attended", 10);
        bool? attended = null;
        if (attendedText is not null)
        {
            if (Answers.TryGetValue(attendedText, out var yes))
            {
                attended = yes;
            }
            else
            {
                record.Error("attended", $"'{attendedText}' is not yes or no");
            }
        }

        var note = record.Text("note", NoteMaxLength, required: false);
        return record.HasErrors ? null : new AttendeeRow(partyId, externalId, email, attended!.Value, note);
    }
}

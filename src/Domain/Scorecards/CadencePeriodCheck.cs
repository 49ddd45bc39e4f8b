using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Scorecards;

/// <summary>
/// Applies a <see cref="CadencePolicy"/> over a span of time instead of at one instant: the client is overdue at
/// instant t when t ≥ <see cref="CadencePolicy.NextContactDue"/>(last contact at or before t), exactly as
/// <see cref="CadencePolicy.IsOverdue"/> says at "now"; a client never contacted falls due its policy's days after it
/// was created, as the cadence-due follow-up rule has it. A contact is "too often" when, counting it, the client had
/// more contacts in the window ending at it than <see cref="CadencePolicy.IsTooOften"/> allows.
/// </summary>
public static class CadencePeriodCheck
{
    public sealed record Contact(Guid InteractionId, DateTimeOffset At);

    public sealed record Result(bool Late, DateTimeOffset? FellDueAt, DateTimeOffset? ContactedAt, IReadOnlyList<Guid> TooOftenContactIds);

    /// <param name="lastBefore">The last contact before <paramref name="from"/>, if any.</param>
    /// <param name="contacts">Contacts from (from − the policy's window) to before <paramref name="until"/>, any order.</param>
    public static Result Check(CadencePolicy policy, DateTimeOffset createdAt, DateTimeOffset? lastBefore, IEnumerable<Contact> contacts,
        DateTimeOffset from, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(contacts);
        var sorted = contacts.DistinctBy(c => c.InteractionId).OrderBy(c => c.At).ThenBy(c => c.InteractionId).ToList();

        // The minimum: walk the period's contacts from the last one before it; a lapse is a due instant inside the
        // period that the next contact came after (or that no contact followed).
        var anchor = lastBefore ?? createdAt;
        DateTimeOffset? fellDue = null;
        DateTimeOffset? contactedAt = null;
        foreach (var contact in sorted.Where(c => c.At >= from && c.At < until))
        {
            var due = policy.NextContactDue(anchor);
            if (fellDue is null && contact.At > due && due < until)
            {
                fellDue = due < from ? from : due;
                contactedAt = contact.At;
            }

            anchor = contact.At;
        }

        // Still overdue at the period's last instant: due and not contacted since.
        if (fellDue is null && policy.IsOverdue(anchor, until.AddTicks(-1)))
        {
            var due = policy.NextContactDue(anchor);
            fellDue = due < from ? from : due;
        }

        // The maximum: each contact in the period, counted with the others in the window ending at it.
        var tooOften = new List<Guid>();
        for (var i = 0; i < sorted.Count; i++)
        {
            var contact = sorted[i];
            if (contact.At < from || contact.At >= until)
            {
                continue;
            }

            var windowStart = contact.At.AddDays(-policy.WindowDays);
            var inWindow = sorted.Count(c => c.At > windowStart && c.At <= contact.At);
            if (policy.IsTooOften(inWindow))
            {
                tooOften.Add(contact.InteractionId);
            }
        }

        return new Result(fellDue is not null, fellDue, contactedAt, tooOften);
    }
}

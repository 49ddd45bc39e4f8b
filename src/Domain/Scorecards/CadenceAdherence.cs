namespace OutlookCms.Domain.Scorecards;

/// <summary>
/// How well a rep kept the contact cadence of the clients they cover (directly or through the household, at the end
/// of the period or now while it runs): on cadence = never overdue at any moment of the period by the client's policy
/// (the party's override, else its tier's, else its household's tier's, as the pane and the cadence-due rule use);
/// too often = contacts in the period after which the client had more contacts in the policy's window than it allows.
/// Only the clients that were late or contacted too often are listed; the counts cover all of them.
/// </summary>
/// <param name="OnCadenceShare">On cadence ÷ clients, 0–1; null when the rep covers no client with a cadence.</param>
/// <param name="TooOftenBreaches">Contacts in the period that exceeded the maximum (one client can breach several times).</param>
public sealed record CadenceAdherence(int Clients, int OnCadence, decimal? OnCadenceShare, int Late, int TooOftenClients, int TooOftenBreaches,
    IReadOnlyList<CadenceClientItem> Items);

/// <summary>A client who was late or contacted too often in the period, with what shows it.</summary>
/// <param name="Policy">The policy applied, in words ("at least every 30 days, at most 4 per 30 days").</param>
/// <param name="FellDueAt">When the client first became overdue in the period (its start when already overdue then); null when never late.</param>
/// <param name="ContactedAt">The contact that ended that lapse; null when none came before the period ended (or now).</param>
/// <param name="TooOftenContactIds">The interactions that took the client over the maximum.</param>
public sealed record CadenceClientItem(Guid PartyId, string Client, string Policy, bool Late, DateTimeOffset? FellDueAt, DateTimeOffset? ContactedAt,
    IReadOnlyList<Guid> TooOftenContactIds);

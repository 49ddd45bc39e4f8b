using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.FollowUps.Rules;

/// <summary>
/// A client or prospect wrote to reps and no rep replied (an outbound email answering it: same conversation, or
/// <c>In-Reply-To</c> its Message-ID) within N business hours of each recipient rep's day: a follow-up for each of them.
/// It closes itself when any rep's reply is captured.
/// </summary>
internal static class UnansweredEmailRule
{
    public const string Title = "Reply to the client's email";

    public static string Key(Guid interactionId, Guid ownerId) => string.Create(CultureInfo.InvariantCulture, $"unanswered:{interactionId}:{ownerId}");

    private sealed record Candidate(Guid InteractionId, DateTimeOffset WrittenAt, Guid PartyId, Guid OwnerId, string TimeZoneId);

    public static async Task<List<FollowUp>> DeriveAsync(CmsDb db, FollowUpRuleOptions options, DateTimeOffset now, CancellationToken ct)
    {
        // One per email and rep: the sender's address can belong to two parties, and a rep can be in To and Cc.
        // A reply comes after the email, so inside the window too: the window's outbound mail (from its own covering
        // index) has its latest reply per conversation and per In-Reply-To hashed, instead of a reply probe per inbound
        // email (45,000 of them at 1M interactions). The unanswered emails are materialized, a few thousand, and their
        // reps and existing follow-ups then looked up by key: OFFSET 0 keeps those lookups probes per email, as joined
        // PostgreSQL hashed every rep link (a million rows) and every follow-up key of the firm for five thousand emails.
        var candidates = await RuleSql.QueryAsync(db, """
            WITH outbound AS (
              SELECT r.occurred_at, r.in_reply_to_message_id, r.conversation_id FROM cms.interactions r
              WHERE r.channel = 'Email' AND r.direction = 'Outbound' AND r.occurred_at > @since
            ),
            by_conversation AS (
              SELECT conversation_id, max(occurred_at) AS last_reply FROM outbound WHERE conversation_id IS NOT NULL GROUP BY conversation_id
            ),
            by_reply_to AS (
              SELECT in_reply_to_message_id, max(occurred_at) AS last_reply FROM outbound WHERE in_reply_to_message_id IS NOT NULL
              GROUP BY in_reply_to_message_id
            ),
            unanswered AS MATERIALIZED (
              SELECT i.id, i.occurred_at FROM cms.interactions i
              LEFT JOIN by_conversation c ON c.conversation_id = i.conversation_id
              LEFT JOIN by_reply_to t ON t.in_reply_to_message_id = i.internet_message_id
              WHERE i.channel = 'Email' AND i.direction = 'Inbound' AND i.occurred_at > @since AND i.occurred_at <= @now
                AND NOT COALESCE(c.last_reply > i.occurred_at, false) AND NOT COALESCE(t.last_reply > i.occurred_at, false)
            )
            SELECT DISTINCT ON (i.id, ir.firm_user_id) i.id, i.occurred_at, ip.party_id, ir.firm_user_id, ir.time_zone_id
            FROM unanswered i
            JOIN cms.interaction_parties ip ON ip.interaction_id = i.id AND ip.role = 'From'
            JOIN cms.parties p ON p.id = ip.party_id AND p.status IN ('Client', 'Prospect') AND p.merged_into_id IS NULL
            CROSS JOIN LATERAL (SELECT ir.firm_user_id, u.time_zone_id FROM cms.interaction_reps ir
                                JOIN cms.firm_users u ON u.id = ir.firm_user_id AND u.is_active
                                WHERE ir.interaction_id = i.id AND ir.role IN ('To', 'Cc')
                                  AND NOT EXISTS (SELECT 1 FROM cms.follow_ups f WHERE f.rule_key = 'unanswered:' || i.id || ':' || ir.firm_user_id)
                                OFFSET 0) ir
            ORDER BY i.id, ir.firm_user_id, ip.party_id
            """,
            r => new Candidate(r.GetGuid(0), r.GetFieldValue<DateTimeOffset>(1), r.GetGuid(2), r.GetGuid(3), r.GetString(4)), ct,
            new NpgsqlParameter("since", now.AddDays(-options.LookbackDays)), new NpgsqlParameter("now", now));

        var created = new List<FollowUp>();
        foreach (var c in candidates)
        {
            var clock = new BusinessClock(BusinessClock.ZoneOf(c.TimeZoneId), options.WorkdayStart, options.WorkdayEnd);
            var due = clock.AddBusinessHours(c.WrittenAt, options.UnansweredAfterBusinessHours);
            if (due <= now)
            {
                created.Add(FollowUp.Derive(c.PartyId, c.OwnerId, FollowUpReason.UnansweredEmail, due, Key(c.InteractionId, c.OwnerId),
                    c.InteractionId, now, Title));
            }
        }

        return created;
    }

    public static async Task<int> CloseAsync(CmsDb db, DateTimeOffset now, CancellationToken ct)
    {
        // The first outbound email after the client's in its thread (In-Reply-To its Message-ID, or the same
        // conversation): any rep's reply counts. Two probes each answered by a thread index alone (it carries channel,
        // direction, time and id); one probe with OR is a bitmap scan that reads the wide table.
        var answered = await RuleSql.QueryAsync(db, """
            SELECT f.id, reply.id
            FROM cms.follow_ups f
            JOIN cms.interactions i ON i.id = f.source_interaction_id
            CROSS JOIN LATERAL (
              SELECT r.id FROM (
                (SELECT r.id, r.occurred_at FROM cms.interactions r
                 WHERE r.in_reply_to_message_id = i.internet_message_id
                   AND r.channel = 'Email' AND r.direction = 'Outbound' AND r.occurred_at > i.occurred_at
                 ORDER BY r.occurred_at LIMIT 1)
                UNION ALL
                (SELECT r.id, r.occurred_at FROM cms.interactions r
                 WHERE r.conversation_id = i.conversation_id
                   AND r.channel = 'Email' AND r.direction = 'Outbound' AND r.occurred_at > i.occurred_at
                 ORDER BY r.occurred_at LIMIT 1)) r
              ORDER BY r.occurred_at LIMIT 1) reply
            WHERE f.reason = 'UnansweredEmail' AND f.status IN ('Open', 'Snoozed')
            """,
            r => (FollowUpId: r.GetGuid(0), ReplyId: r.GetGuid(1)), ct);
        return await FollowUpClosing.CloseAsync(db, answered, "reply sent", now, ct);
    }
}

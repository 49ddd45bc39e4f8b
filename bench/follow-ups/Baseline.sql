-- The daily scan written by hand as one statement (bench/follow-ups): what the follow-up rules would close and create,
-- the coverage breaches, every party's cadence status and every active user's digest after the run. It writes what it
-- decides (follow-ups, closes, breaches, their audit entries), as the product's FollowUpRuleRunner does, and answers
-- what that run + CadenceCounter + DigestComposer say; the bench checks they agree.
-- One row per fact: kind, key, two ids, an instant and a word (see BaselineScan.cs for which is which).
WITH
policy AS MATERIALIZED (
  -- The cadence rule takes each number from the party, else its tier, else its household's tier; the web app takes
  -- the party's own policy when it is complete, else the tier's (the party's, else the household's).
  SELECT p.id, p.status, p.household_id, p.created_at,
         COALESCE(p.cadence_min_every_days, t.cadence_min_every_days, ht.cadence_min_every_days) AS rule_every_days,
         (p.cadence_min_every_days IS NOT NULL AND p.cadence_max_contacts IS NOT NULL AND p.cadence_window_days IS NOT NULL) AS own,
         p.cadence_min_every_days, p.cadence_max_contacts, p.cadence_window_days,
         pt.cadence_min_every_days AS tier_every_days, pt.cadence_max_contacts AS tier_max_contacts, pt.cadence_window_days AS tier_window_days
  FROM cms.parties p
  LEFT JOIN cms.tiers t ON t.id = p.tier_id
  LEFT JOIN cms.households h ON h.id = p.household_id
  LEFT JOIN cms.tiers ht ON ht.id = h.tier_id
  LEFT JOIN cms.tiers pt ON pt.id = COALESCE(p.tier_id, h.tier_id)
  WHERE p.merged_into_id IS NULL
),
cadence_policy AS (
  SELECT id,
         CASE WHEN own THEN cadence_min_every_days ELSE tier_every_days END AS every_days,
         CASE WHEN own THEN cadence_max_contacts ELSE tier_max_contacts END AS max_contacts,
         CASE WHEN own THEN cadence_window_days ELSE tier_window_days END AS window_days
  FROM policy
),
-- One pass over the longest window's contacts (the occurred_at index): how many fall in each party's window.
recent AS MATERIALIZED (
  SELECT ip.party_id, count(DISTINCT ip.interaction_id) FILTER (WHERE ip.occurred_at > @now - make_interval(days => cp.window_days)) AS in_window
  FROM cms.interaction_parties ip
  JOIN cadence_policy cp ON cp.id = ip.party_id
  WHERE ip.occurred_at > @now - make_interval(days => (SELECT max(window_days) FROM cadence_policy)) AND ip.occurred_at <= @now
    AND NOT EXISTS (SELECT 1 FROM cms.interactions c WHERE c.id = ip.interaction_id AND c.is_cancelled)
  GROUP BY ip.party_id
),
-- Each party's last contact up to now: the stored one (party_last_contacts), unless the party's contacts changed since
-- it was stored; if it is later than now, the newest as of the row's refresh while its next contact has not come; else
-- the newest one up to now, from the party's timeline.
contact AS MATERIALIZED (
  SELECT cp.id AS party_id, r.in_window,
         CASE WHEN s.party_id IS NULL AND q.party_id IS NULL THEN NULL
              WHEN s.last_at <= @now AND q.party_id IS NULL THEN s.last_at
              WHEN s.as_of <= @now AND s.next_at > @now AND q.party_id IS NULL THEN s.past_at
              ELSE (SELECT max(ip.occurred_at) FROM cms.interaction_parties ip
                    WHERE ip.party_id = cp.id AND ip.occurred_at <= @now
                      AND NOT EXISTS (SELECT 1 FROM cms.interactions c WHERE c.id = ip.interaction_id AND c.is_cancelled)) END AS last_at
  FROM cadence_policy cp
  LEFT JOIN cms.party_last_contacts s ON s.party_id = cp.id
  -- Joined, not probed per party: a probe planned on an empty queue scans it whole for every party once it fills.
  LEFT JOIN (SELECT DISTINCT party_id FROM cms.party_contact_changes) q ON q.party_id = cp.id
  LEFT JOIN recent r ON r.party_id = cp.id
),
cadence_status AS (
  SELECT cp.id, CASE WHEN cp.every_days IS NULL THEN 'none'
                     WHEN c.last_at IS NULL OR @now >= c.last_at + make_interval(days => cp.every_days) THEN
                       CASE WHEN COALESCE(c.in_window, 0) > cp.max_contacts THEN 'overdue+too-often' ELSE 'overdue' END
                     WHEN COALESCE(c.in_window, 0) > cp.max_contacts THEN 'too-often'
                     ELSE 'ok' END AS status
  FROM cadence_policy cp LEFT JOIN contact c ON c.party_id = cp.id
),
-- Closing: the reply, the notes or the contact came.
close_unanswered AS (
  SELECT f.id, reply.id AS closing_id
  FROM cms.follow_ups f
  JOIN cms.interactions i ON i.id = f.source_interaction_id
  CROSS JOIN LATERAL (
    SELECT r.id FROM cms.interactions r
    WHERE r.channel = 'Email' AND r.direction = 'Outbound' AND r.occurred_at > i.occurred_at
      AND (r.in_reply_to_message_id = i.internet_message_id OR (i.conversation_id IS NOT NULL AND r.conversation_id = i.conversation_id))
    ORDER BY r.occurred_at LIMIT 1) reply
  WHERE f.reason = 'UnansweredEmail' AND f.status IN ('Open', 'Snoozed')
),
close_meeting AS (
  SELECT f.id
  FROM cms.follow_ups f JOIN cms.interactions i ON i.id = f.source_interaction_id
  WHERE f.reason = 'MeetingWithoutNotes' AND f.status IN ('Open', 'Snoozed')
    AND (i.notes_recorded_at IS NOT NULL
         OR EXISTS (SELECT 1 FROM cms.interaction_parties mp
                    JOIN cms.interaction_parties np ON np.party_id = mp.party_id AND np.occurred_at >= i.occurred_at
                    JOIN cms.interactions n ON n.id = np.interaction_id AND n.channel = 'Note'
                    WHERE mp.interaction_id = i.id)
         OR EXISTS (SELECT 1 FROM cms.interaction_parties mp
                    JOIN cms.outcomes o ON o.party_id = mp.party_id AND o.reported_at >= i.occurred_at
                    WHERE mp.interaction_id = i.id))
),
close_cadence AS (
  SELECT f.id, contact.id AS closing_id
  FROM cms.follow_ups f
  JOIN cms.parties p ON p.id = f.party_id
  LEFT JOIN cms.tiers t ON t.id = p.tier_id
  LEFT JOIN cms.households h ON h.id = p.household_id
  LEFT JOIN cms.tiers ht ON ht.id = h.tier_id
  CROSS JOIN LATERAL (
    SELECT ip.interaction_id AS id FROM cms.interaction_parties ip
    WHERE ip.party_id = f.party_id AND ip.occurred_at <= @now
      AND NOT EXISTS (SELECT 1 FROM cms.interactions c WHERE c.id = ip.interaction_id AND c.is_cancelled)
      AND ip.occurred_at > f.due_at - make_interval(days => COALESCE(p.cadence_min_every_days, t.cadence_min_every_days, ht.cadence_min_every_days, 0))
    ORDER BY ip.occurred_at LIMIT 1) contact
  WHERE f.reason = 'CadenceDue' AND f.status IN ('Open', 'Snoozed')
),
closed AS (
  SELECT id, closing_id, 'reply sent' AS how FROM close_unanswered
  UNION ALL SELECT id, NULL::uuid, 'notes recorded' FROM close_meeting
  UNION ALL SELECT id, closing_id, 'client contacted' FROM close_cadence
),
-- The rules' starting sets, materialized: the planner then joins outwards from their few thousand rows.
-- A reply is later than the email, so inside the window: the latest outbound email per thread and per In-Reply-To.
replied_thread AS MATERIALIZED (
  SELECT conversation_id AS ref, max(occurred_at) AS last_at FROM cms.interactions
  WHERE channel = 'Email' AND direction = 'Outbound' AND occurred_at > @since AND conversation_id IS NOT NULL GROUP BY conversation_id
),
replied_message AS MATERIALIZED (
  SELECT in_reply_to_message_id AS ref, max(occurred_at) AS last_at FROM cms.interactions
  WHERE channel = 'Email' AND direction = 'Outbound' AND occurred_at > @since AND in_reply_to_message_id IS NOT NULL GROUP BY in_reply_to_message_id
),
recent_unanswered AS MATERIALIZED (
  SELECT i.id, i.occurred_at FROM cms.interactions i
  WHERE i.channel = 'Email' AND i.direction = 'Inbound' AND i.occurred_at > @since AND i.occurred_at <= @now
    AND NOT EXISTS (SELECT 1 FROM replied_thread r WHERE r.ref = i.conversation_id AND r.last_at > i.occurred_at)
    AND NOT EXISTS (SELECT 1 FROM replied_message r WHERE r.ref = i.internet_message_id AND r.last_at > i.occurred_at)
),
recent_meetings AS MATERIALIZED (
  SELECT i.id, i.occurred_at, i.ends_at FROM cms.interactions i
  WHERE i.channel IN ('Meeting', 'InPerson') AND NOT i.is_cancelled AND i.ends_at IS NOT NULL
    AND i.ends_at > @since AND i.ends_at <= @ended_before AND i.notes_recorded_at IS NULL
),
-- Creating: an email no rep answered within N business hours of the recipient's workday (wall clock, Monday-Friday).
create_unanswered AS (
  SELECT DISTINCT ON (i.id, ir.firm_user_id) 'unanswered:' || i.id || ':' || ir.firm_user_id AS rule_key, ip.party_id,
         ir.firm_user_id AS owner_id, due.at AS due_at
  FROM recent_unanswered i
  JOIN cms.interaction_parties ip ON ip.interaction_id = i.id AND ip.role = 'From'
  JOIN cms.parties p ON p.id = ip.party_id AND p.status IN ('Client', 'Prospect') AND p.merged_into_id IS NULL
  JOIN cms.interaction_reps ir ON ir.interaction_id = i.id AND ir.role IN ('To', 'Cc')
  JOIN cms.firm_users u ON u.id = ir.firm_user_id AND u.is_active
  CROSS JOIN LATERAL (
    -- Each working day from the email's local day on, its business hours after the email; the due moment falls on
    -- the first day where they add up to the threshold.
    SELECT (d.start_local + make_interval(secs => @unanswered_secs - (d.upto - d.secs))) AT TIME ZONE u.time_zone_id AS at
    FROM (
      SELECT w.day, w.start_local, w.secs, sum(w.secs) OVER (ORDER BY w.day) AS upto
      FROM (
        SELECT day, greatest(day + @workday_start, i.occurred_at AT TIME ZONE u.time_zone_id) AS start_local,
               extract(epoch FROM day + @workday_end - greatest(day + @workday_start, i.occurred_at AT TIME ZONE u.time_zone_id)) AS secs
        FROM generate_series(date_trunc('day', i.occurred_at AT TIME ZONE u.time_zone_id),
                             date_trunc('day', i.occurred_at AT TIME ZONE u.time_zone_id) + make_interval(days => @search_days),
                             interval '1 day') AS day
        WHERE extract(isodow FROM day) < 6 AND day + @workday_end > i.occurred_at AT TIME ZONE u.time_zone_id
      ) w
    ) d
    WHERE d.upto >= @unanswered_secs
    ORDER BY d.day LIMIT 1) due
  WHERE NOT EXISTS (SELECT 1 FROM cms.follow_ups f WHERE f.rule_key = 'unanswered:' || i.id || ':' || ir.firm_user_id)
    AND due.at <= @now
  ORDER BY i.id, ir.firm_user_id, ip.party_id
),
create_meeting AS (
  SELECT DISTINCT ON (i.id, ir.firm_user_id) 'meeting-notes:' || i.id || ':' || ir.firm_user_id AS rule_key, ip.party_id,
         ir.firm_user_id AS owner_id, i.ends_at + make_interval(secs => @meeting_secs) AS due_at
  FROM recent_meetings i
  JOIN cms.interaction_parties ip ON ip.interaction_id = i.id
  JOIN cms.parties p ON p.id = ip.party_id AND p.status IN ('Client', 'Prospect') AND p.merged_into_id IS NULL
  JOIN cms.interaction_reps ir ON ir.interaction_id = i.id
  JOIN cms.firm_users u ON u.id = ir.firm_user_id AND u.is_active
  WHERE NOT EXISTS (SELECT 1 FROM cms.interaction_parties mp
                    JOIN cms.interaction_parties np ON np.party_id = mp.party_id AND np.occurred_at >= i.occurred_at
                    JOIN cms.interactions n ON n.id = np.interaction_id AND n.channel = 'Note'
                    WHERE mp.interaction_id = i.id)
    AND NOT EXISTS (SELECT 1 FROM cms.interaction_parties mp
                    JOIN cms.outcomes o ON o.party_id = mp.party_id AND o.reported_at >= i.occurred_at
                    WHERE mp.interaction_id = i.id)
    AND NOT EXISTS (SELECT 1 FROM cms.follow_ups f WHERE f.rule_key = 'meeting-notes:' || i.id || ':' || ir.firm_user_id)
  ORDER BY i.id, ir.firm_user_id, ip.party_id
),
cadence_due AS MATERIALIZED (
  SELECT po.id, po.household_id, COALESCE(c.last_at, po.created_at) + make_interval(days => po.rule_every_days) AS due_at
  FROM policy po
  LEFT JOIN contact c ON c.party_id = po.id
  WHERE po.status = 'Client' AND po.rule_every_days IS NOT NULL
    AND COALESCE(c.last_at, po.created_at) + make_interval(days => po.rule_every_days) <= @now
    AND NOT EXISTS (SELECT 1 FROM cms.follow_ups f
                    WHERE f.party_id = po.id AND f.reason = 'CadenceDue' AND f.status IN ('Open', 'Snoozed')
                      AND f.id NOT IN (SELECT id FROM close_cadence))
),
primary_now AS MATERIALIZED (
  SELECT a.party_id, a.household_id, a.adviser_id, a.from_at
  FROM cms.coverage_assignments a JOIN cms.firm_users u ON u.id = a.adviser_id AND u.is_active
  WHERE a.role = 'Primary' AND a.from_at <= @now AND (a.to_at IS NULL OR a.to_at > @now)
),
create_cadence AS (
  -- The primary adviser: the party's own, else the household's; the earliest assigned first.
  SELECT DISTINCT ON (id) 'cadence:' || id || ':' || to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS rule_key,
         id AS party_id, adviser_id AS owner_id, due_at
  FROM (SELECT d.id, d.due_at, a.adviser_id, 0 AS via, a.from_at FROM cadence_due d JOIN primary_now a ON a.party_id = d.id
        UNION ALL
        SELECT d.id, d.due_at, a.adviser_id, 1, a.from_at FROM cadence_due d JOIN primary_now a ON a.household_id = d.household_id) advisers
  ORDER BY id, via, from_at
),
created AS MATERIALIZED (
  SELECT * FROM create_unanswered UNION ALL SELECT * FROM create_meeting UNION ALL SELECT * FROM create_cadence
),
breach AS (
  SELECT DISTINCT i.id AS interaction_id, p.id AS party_id, rep.firm_user_id AS rep_id, i.occurred_at
  FROM cms.parties p
  JOIN cms.interaction_parties ip ON ip.party_id = p.id AND ip.occurred_at > @since AND ip.occurred_at <= @now
  JOIN cms.interactions i ON i.id = ip.interaction_id
  JOIN LATERAL (SELECT ir.firm_user_id FROM cms.interaction_reps ir WHERE ir.interaction_id = i.id
                UNION SELECT i.logged_by_id WHERE i.logged_by_id IS NOT NULL) rep ON true
  JOIN cms.firm_users u ON u.id = rep.firm_user_id AND u.role = 'Rep'
  WHERE p.is_restricted AND p.merged_into_id IS NULL
    AND NOT EXISTS (SELECT 1 FROM cms.coverage_assignments c
                    WHERE c.adviser_id = rep.firm_user_id AND c.from_at <= i.occurred_at AND (c.to_at IS NULL OR c.to_at > i.occurred_at)
                      AND c.party_id = p.id)
    AND NOT EXISTS (SELECT 1 FROM cms.coverage_assignments c
                    WHERE c.adviser_id = rep.firm_user_id AND c.from_at <= i.occurred_at AND (c.to_at IS NULL OR c.to_at > i.occurred_at)
                      AND c.household_id = p.household_id)
    AND NOT EXISTS (SELECT 1 FROM cms.coverage_breaches b
                    WHERE b.interaction_id = i.id AND b.party_id = p.id AND b.rep_id = rep.firm_user_id)
),
-- What the run writes, as the product writes it: the new follow-ups, the closes and the breaches, each with its audit
-- entry (the row's columns as JSON; a close's changed columns before and after). Sub-statements of one statement see
-- its snapshot, not each other's writes: the digests below read the follow-ups as before, less the closed, plus the new.
-- Ids are time-ordered as the product's (UUID v7): random ones would scatter the inserts over the primary key.
written AS (
  INSERT INTO cms.follow_ups (id, party_id, owner_id, reason, title, source_interaction_id, rule_key, due_at, status, created_at)
  SELECT (lpad(to_hex(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 19))::uuid, c.party_id, c.owner_id, k.reason, k.title,
         CASE WHEN k.reason <> 'CadenceDue' THEN split_part(c.rule_key, ':', 2)::uuid END, c.rule_key, c.due_at, 'Open', @now
  FROM created c
  CROSS JOIN LATERAL (SELECT CASE split_part(c.rule_key, ':', 1) WHEN 'unanswered' THEN 'UnansweredEmail'
                                                                 WHEN 'meeting-notes' THEN 'MeetingWithoutNotes' ELSE 'CadenceDue' END AS reason,
                             CASE split_part(c.rule_key, ':', 1) WHEN 'unanswered' THEN 'Reply to the client''s email'
                                                                 WHEN 'meeting-notes' THEN 'Record notes of the meeting'
                                                                 ELSE 'Contact the client: cadence due' END AS title) k
  RETURNING *
),
written_closes AS (
  UPDATE cms.follow_ups f SET status = 'AutoClosed', closed_at = @now, closed_how = c.how, closing_interaction_id = c.closing_id
  FROM closed c WHERE f.id = c.id
  RETURNING f.id, f.party_id, f.owner_id, f.source_interaction_id, c.how, c.closing_id
),
written_breaches AS (
  INSERT INTO cms.coverage_breaches (id, interaction_id, party_id, rep_id, occurred_at, detected_at)
  SELECT (lpad(to_hex(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 19))::uuid, b.interaction_id, b.party_id, b.rep_id, b.occurred_at, @now
  FROM breach b
  RETURNING *
),
written_audit AS (
  INSERT INTO cms.audit_entries (at, actor_name, action, entity_type, entity_id, before, after)
  SELECT @now, 'follow-ups baseline', 'Created', 'FollowUp', w.id::text, NULL,
         jsonb_build_object('closedAt', w.closed_at, 'closedById', w.closed_by_id, 'closedHow', w.closed_how,
                            'closingInteractionId', w.closing_interaction_id, 'createdAt', w.created_at, 'dueAt', w.due_at, 'id', w.id,
                            'ownerId', w.owner_id, 'partyId', w.party_id, 'reason', w.reason, 'ruleKey', w.rule_key,
                            'snoozeReason', w.snooze_reason, 'snoozedUntil', w.snoozed_until, 'sourceInteractionId', w.source_interaction_id,
                            'status', w.status, 'title', w.title)
  FROM written w
  UNION ALL
  SELECT @now, 'follow-ups baseline', 'Updated', 'FollowUp', c.id::text,
         jsonb_build_object('closedAt', NULL, 'closedHow', NULL, 'closingInteractionId', NULL, 'status', 'Open'),
         jsonb_build_object('closedAt', @now, 'closedHow', c.how, 'closingInteractionId', c.closing_id, 'status', 'AutoClosed',
                            'ownerId', c.owner_id, 'partyId', c.party_id, 'sourceInteractionId', c.source_interaction_id)
  FROM written_closes c
  UNION ALL
  SELECT @now, 'follow-ups baseline', 'Created', 'CoverageBreach', b.id::text, NULL,
         jsonb_build_object('detectedAt', b.detected_at, 'id', b.id, 'interactionId', b.interaction_id, 'occurredAt', b.occurred_at,
                            'partyId', b.party_id, 'repId', b.rep_id, 'reviewNote', b.review_note, 'reviewedAt', b.reviewed_at,
                            'reviewedById', b.reviewed_by_id)
  FROM written_breaches b
),
-- The digests, on the follow-ups as the run leaves them: actionable ones not closed now, and the new ones.
actionable AS MATERIALIZED (
  SELECT COALESCE(f.rule_key, f.id::text) AS key, f.owner_id, f.due_at
  FROM cms.follow_ups f
  WHERE f.status IN ('Open', 'Snoozed') AND (f.snoozed_until IS NULL OR f.snoozed_until <= @now)
    AND NOT EXISTS (SELECT 1 FROM closed c WHERE c.id = f.id)
  UNION ALL
  SELECT rule_key, owner_id, due_at FROM created
),
recipient AS (
  SELECT u.id, (day::timestamp AT TIME ZONE u.time_zone_id) AS day_start, ((day + 1)::timestamp AT TIME ZONE u.time_zone_id) AS day_end
  FROM cms.firm_users u CROSS JOIN LATERAL (SELECT (@now AT TIME ZONE u.time_zone_id)::date AS day) d
  WHERE u.is_active
),
own AS (
  SELECT recipient, CASE WHEN due_at < day_start THEN 'overdue' ELSE 'today' END AS section, key, due_at
  FROM (SELECT r.id AS recipient, r.day_start, a.key, a.due_at, row_number() OVER (PARTITION BY r.id ORDER BY a.due_at) AS n
        FROM actionable a JOIN recipient r ON r.id = a.owner_id AND a.due_at < r.day_end) ranked
  WHERE n <= @per_section
),
escalated AS (
  SELECT recipient, 'escalated' AS section, key, due_at
  FROM (SELECT r.id AS recipient, a.key, a.due_at, row_number() OVER (PARTITION BY r.id ORDER BY a.due_at) AS n
        FROM actionable a
        JOIN cms.firm_users o ON o.id = a.owner_id AND o.is_active
        JOIN recipient r ON r.id = o.manager_id
        WHERE a.due_at < @escalate_before) ranked
  WHERE n <= @per_section
)
SELECT 'created', rule_key, party_id, owner_id, due_at, NULL FROM created
UNION ALL SELECT 'closed', COALESCE(f.rule_key, c.id::text), c.closing_id, NULL, NULL, c.how FROM closed c JOIN cms.follow_ups f ON f.id = c.id
UNION ALL SELECT 'breach', interaction_id::text, party_id, rep_id, NULL, NULL FROM breach
UNION ALL SELECT 'cadence', id::text, NULL, NULL, NULL, status FROM cadence_status
UNION ALL SELECT 'digest', key, recipient, NULL, due_at, section FROM own
UNION ALL SELECT 'digest', key, recipient, NULL, due_at, section FROM escalated

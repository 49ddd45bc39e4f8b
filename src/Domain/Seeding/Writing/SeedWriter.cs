using System.Diagnostics;
using System.Threading.Channels;
using Npgsql;
using OutlookCms.Domain.Seeding.Rows;

namespace OutlookCms.Domain.Seeding.Writing;

/// <summary>
/// Writes a <see cref="SeededFirm"/> with one binary COPY per table, on the caller's connection and transaction: the
/// client book first (while the history is still being generated), then the interactions as the generator completes
/// them, then the rest. No change tracking, no per-row round trips. Columns are named explicitly, so a column the model
/// adds later with a default keeps its default. FREEZE writes the rows already frozen and all-visible (the seeder
/// truncates the tables in the same transaction, which FREEZE requires), so the first queries after a seed neither
/// rewrite every page to set hint bits nor wait for a vacuum before index-only scans work.
/// </summary>
internal sealed class SeedWriter(NpgsqlConnection connection, Action<SeedTableReport>? onTable)
{
    public List<SeedTableReport> Reports { get; } = [];

    public void WriteClientBook(SeededFirm firm)
    {
        Copy("teams", "id, name, desk, manager_id", firm.Teams, static (w, r) =>
        {
            w.Uuid(r.Id); w.Text(r.Name); w.Name(r.Desk); w.Uuid(r.ManagerId);
        });
        Copy("firm_users", "id, entra_object_id, display_name, email, time_zone_id, role, specialty, team_id, manager_id, is_active", firm.Users, static (w, r) =>
        {
            w.Uuid(r.Id); w.Uuid(r.EntraObjectId); w.Text(r.DisplayName); w.Text(r.Email); w.Text(r.TimeZoneId); w.Name(r.Role);
            w.Name(r.Specialty); w.Uuid(r.TeamId); w.Uuid(r.ManagerId); w.Boolean(r.IsActive);
        });
        Copy("tiers", "id, name, rank, cadence_min_every_days, cadence_max_contacts, cadence_window_days", firm.Tiers, static (w, r) =>
        {
            w.Uuid(r.Id); w.Text(r.Name); w.Integer(r.Rank); w.Integer(r.CadenceMinEveryDays); w.Integer(r.CadenceMaxContacts); w.Integer(r.CadenceWindowDays);
        });
        Copy("products", "id, code, name, is_active", firm.Products, static (w, r) =>
        {
            w.Uuid(r.Id); w.Text(r.Code); w.Text(r.Name); w.Boolean(r.IsActive);
        });
        Copy("materials", "id, product_id, title, edition", firm.Materials, static (w, r) =>
        {
            w.Uuid(r.Id); w.Uuid(r.ProductId); w.Text(r.Title); w.Text(r.Edition);
        });
        Copy("initiatives", "id, kind, name, cost_amount, cost_currency, starts_on, ends_on, product_id", firm.Initiatives, static (w, r) =>
        {
            w.Uuid(r.Id); w.Name(r.Kind); w.Text(r.Name); w.Numeric(r.CostAmount); w.Char(r.CostCurrency); w.Date(r.StartsOn); w.Date(r.EndsOn);
            w.Uuid(r.ProductId);
        });
        Copy("households", "id, name, assets_amount, assets_currency, tier_id, is_restricted", firm.Households, static (w, r) =>
        {
            w.Uuid(r.Id); w.Text(r.Name); w.Numeric(r.AssetsAmount); w.Char(r.AssetsCurrency); w.Uuid(r.TierId); w.Boolean(r.IsRestricted);
        });
        Copy("parties",
            "id, kind, display_name, status, tier_id, is_restricted, cadence_min_every_days, cadence_max_contacts, cadence_window_days, " +
            "merged_into_id, created_at, legal_name, given_name, family_name, organisation_id, department_id, office_id, job_title, " +
            "role_at_organisation, influence_weight, reports_to_id, household_id",
            firm.Parties, static (w, r) =>
            {
                w.Uuid(r.Id); w.Name(r.Kind); w.Text(r.DisplayName); w.Name(r.Status); w.Uuid(r.TierId); w.Boolean(r.IsRestricted);
                w.Integer(r.CadenceOverride?.ContactAtLeastEveryDays); w.Integer(r.CadenceOverride?.MaxContacts); w.Integer(r.CadenceOverride?.WindowDays);
                w.WriteNull(); w.Time(r.CreatedAt); w.Text(r.LegalName); w.Text(r.GivenName); w.Text(r.FamilyName); w.Uuid(r.OrganisationId);
                w.Uuid(r.DepartmentId); w.Uuid(r.OfficeId); w.Text(r.JobTitle); w.Name(r.RoleAtOrganisation); w.Integer(r.InfluenceWeight);
                w.Uuid(r.ReportsToId); w.Uuid(r.HouseholdId);
            });
        Copy("postal_addresses", "id, party_id, kind, line1, line2, line3, city, region, postcode, country_code", firm.PostalAddresses, static (w, r) =>
        {
            w.Uuid(r.Id); w.Uuid(r.PartyId); w.Name(r.Kind); w.Text(r.Line1); w.Text(r.Line2); w.Text(r.Line3); w.Text(r.City); w.Text(r.Region);
            w.Text(r.Postcode); w.Char(r.CountryCode);
        });
        Copy("offices", "id, organisation_id, name, address_id", firm.Offices, static (w, r) =>
        {
            w.Uuid(r.Id); w.Uuid(r.OrganisationId); w.Text(r.Name); w.Uuid(r.AddressId);
        });
        Copy("departments", "id, organisation_id, name, office_id", firm.Departments, static (w, r) =>
        {
            w.Uuid(r.Id); w.Uuid(r.OrganisationId); w.Text(r.Name); w.Uuid(r.OfficeId);
        });
        Copy("organisation_domains", "id, organisation_id, domain", firm.OrganisationDomains, static (w, r) =>
        {
            w.Uuid(r.Id); w.Uuid(r.OrganisationId); w.Text(r.Domain);
        });
        Copy("email_addresses", "id, party_id, address, kind, is_primary", firm.EmailAddresses, static (w, r) =>
        {
            w.Uuid(r.Id); w.Uuid(r.PartyId); w.Text(r.Address); w.Name(r.Kind); w.Boolean(r.IsPrimary);
        });
        Copy("phones", "id, party_id, number, kind, is_primary", firm.Phones, static (w, r) =>
        {
            w.Uuid(r.Id); w.Uuid(r.PartyId); w.Text(r.Number); w.Name(r.Kind); w.Boolean(r.IsPrimary);
        });
        Copy("coverage_assignments", "id, party_id, household_id, adviser_id, role, from_at, to_at", firm.Coverage, static (w, r) =>
        {
            w.Uuid(r.Id); w.Uuid(r.PartyId); w.Uuid(r.HouseholdId); w.Uuid(r.AdviserId); w.Name(r.Role); w.Time(r.From); w.Time(r.To);
        });
        Copy("party_shares", "id, party_id, shared_with_user_id, shared_with_team_id, shared_by_id, shared_at, reason", firm.PartyShares, static (w, r) =>
        {
            w.Uuid(r.Id); w.Uuid(r.PartyId); w.Uuid(r.SharedWithUserId); w.Uuid(r.SharedWithTeamId); w.Uuid(r.SharedById); w.Time(r.SharedAt); w.Text(r.Reason);
        });
    }

    public async Task WriteInteractionsAsync(ChannelReader<ArraySegment<InteractionRow>> chunks, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        long rows = 0;
        using (var writer = Begin("interactions", InteractionColumns))
        {
            await foreach (var chunk in chunks.ReadAllAsync(cancellationToken))
            {
                foreach (var row in chunk)
                {
                    writer.StartRow();
                    WriteInteraction(writer, row);
                }

                rows += chunk.Count;
            }

            writer.Complete();
        }

        Report("interactions", rows, watch.Elapsed);
    }

    public void WriteHistory(SeededFirm firm)
    {
        Copy("interaction_parties", "interaction_id, party_id, role, occurred_at, matched_address", firm.InteractionParties, static (w, r) =>
        {
            w.Uuid(r.InteractionId); w.Uuid(r.PartyId); w.Name(r.Role); w.Time(r.OccurredAt); w.Text(r.MatchedAddress);
        });
        Copy("interaction_reps", "interaction_id, firm_user_id, role, occurred_at", firm.InteractionReps, static (w, r) =>
        {
            w.Uuid(r.InteractionId); w.Uuid(r.FirmUserId); w.Name(r.Role); w.Time(r.OccurredAt);
        });
        Copy("coverage_breaches", "id, interaction_id, party_id, rep_id, occurred_at, detected_at, reviewed_by_id, reviewed_at, review_note",
            firm.CoverageBreaches, static (w, r) =>
            {
                w.Uuid(r.Id); w.Uuid(r.InteractionId); w.Uuid(r.PartyId); w.Uuid(r.RepId); w.Time(r.OccurredAt); w.Time(r.DetectedAt);
                w.Uuid(r.ReviewedById); w.Time(r.ReviewedAt); w.Text(r.ReviewNote);
            });
        Copy("follow_ups",
            "id, party_id, owner_id, reason, title, source_interaction_id, rule_key, due_at, status, snoozed_until, snooze_reason, closed_at, " +
            "closed_by_id, closed_how, closing_interaction_id, created_at",
            firm.FollowUps, static (w, r) =>
            {
                w.Uuid(r.Id); w.Uuid(r.PartyId); w.Uuid(r.OwnerId); w.Name(r.Reason); w.Text(r.Title); w.Uuid(r.SourceInteractionId); w.Text(r.RuleKey);
                w.Time(r.DueAt); w.Name(r.Status); w.Time(r.SnoozedUntil); w.Text(r.SnoozeReason); w.Time(r.ClosedAt); w.Uuid(r.ClosedById);
                w.Text(r.ClosedHow); w.Uuid(r.ClosingInteractionId); w.Time(r.CreatedAt);
            });
        Copy("outcomes",
            "id, kind, amount, currency, expected_on, party_id, household_id, reported_by_id, reported_at, status, decided_by_id, decided_at, " +
            "evidence, decision_reason, notes",
            firm.Outcomes, static (w, r) =>
            {
                w.Uuid(r.Id); w.Name(r.Kind); w.Numeric(r.Amount); w.Char(r.Currency); w.Date(r.ExpectedOn); w.Uuid(r.PartyId); w.Uuid(r.HouseholdId);
                w.Uuid(r.ReportedById); w.Time(r.ReportedAt); w.Name(r.Status); w.Uuid(r.DecidedById); w.Time(r.DecidedAt); w.Text(r.Evidence);
                w.Text(r.DecisionReason); w.Text(r.Notes);
            });
        Copy("outcome_interactions", "outcome_id, interaction_id", firm.OutcomeInteractions, static (w, r) =>
        {
            w.Uuid(r.OutcomeId); w.Uuid(r.InteractionId);
        });
        Copy("party_initiatives", "party_id, initiative_id, tagged_by_id, tagged_at", firm.PartyInitiatives, static (w, r) =>
        {
            w.Uuid(r.PartyId); w.Uuid(r.InitiativeId); w.Uuid(r.TaggedById); w.Time(r.TaggedAt);
        });
        Copy("interaction_initiatives", "interaction_id, initiative_id, tagged_by_id, tagged_at", firm.InteractionInitiatives, static (w, r) =>
        {
            w.Uuid(r.InteractionId); w.Uuid(r.InitiativeId); w.Uuid(r.TaggedById); w.Time(r.TaggedAt);
        });
        Copy("outcome_initiatives", "outcome_id, initiative_id, tagged_by_id, tagged_at", firm.OutcomeInitiatives, static (w, r) =>
        {
            w.Uuid(r.OutcomeId); w.Uuid(r.InitiativeId); w.Uuid(r.TaggedById); w.Time(r.TaggedAt);
        });
        Copy("materials_sent", "id, material_id, party_id, sent_by_id, sent_at, interaction_id", firm.MaterialsSent, static (w, r) =>
        {
            w.Uuid(r.Id); w.Uuid(r.MaterialId); w.Uuid(r.PartyId); w.Uuid(r.SentById); w.Time(r.SentAt); w.Uuid(r.InteractionId);
        });
    }

    private const string InteractionColumns =
        "id, channel, direction, source, occurred_at, ends_at, subject, summary, internet_message_id, in_reply_to_message_id, " +
        "conversation_id, ical_uid, occurrence_start, natural_key, logged_by_id, is_cancelled, created_at, notes, notes_recorded_at, notes_recorded_by_id";

    private static void WriteInteraction(NpgsqlBinaryImporter w, InteractionRow r)
    {
        w.Uuid(r.Id); w.Name(r.Channel); w.Name(r.Direction); w.Name(r.Source); w.Time(r.OccurredAt); w.Time(r.EndsAt); w.Text(r.Subject);
        w.Text(r.Summary); w.Text(r.InternetMessageId); w.Text(r.InReplyToMessageId); w.Text(r.ConversationId); w.Text(r.ICalUId);
        w.Time(r.OccurrenceStart); w.Text(r.NaturalKey); w.Uuid(r.LoggedById); w.Boolean(r.IsCancelled); w.Time(r.CreatedAt);
        w.Text(r.Notes); w.Time(r.NotesRecordedAt); w.Uuid(r.NotesRecordedById);
    }

    private void Copy<T>(string table, string columns, IReadOnlyList<T> rows, Action<NpgsqlBinaryImporter, T> write)
    {
        var watch = Stopwatch.StartNew();
        using (var writer = Begin(table, columns))
        {
            foreach (var row in rows)
            {
                writer.StartRow();
                write(writer, row);
            }

            writer.Complete();
        }

        Report(table, rows.Count, watch.Elapsed);
    }

    private NpgsqlBinaryImporter Begin(string table, string columns)
    {
        var writer = connection.BeginBinaryImport($"COPY {CmsTables.Schema}.{table} ({columns}) FROM STDIN (FORMAT BINARY, FREEZE)");
        writer.Timeout = TimeSpan.FromMinutes(10);
        return writer;
    }

    private void Report(string table, long rows, TimeSpan elapsed)
    {
        var report = new SeedTableReport(table, rows, elapsed);
        Reports.Add(report);
        onTable?.Invoke(report);
    }
}

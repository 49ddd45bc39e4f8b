using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every inserted, updated or deleted <see cref="IAudited"/> entity,
/// in the same SaveChanges (so in the same transaction) as the change itself.
/// </summary>
public sealed class AuditInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Append(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Append(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData?.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData?.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData?.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData?.Context);
        return Task.CompletedTask;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        (eventData?.Context as CmsDb)?.PendingAudit.Clear();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        (eventData?.Context as CmsDb)?.PendingAudit.Clear();
        return ValueTask.FromResult(result);
    }

    /// <summary>A failed save leaves its audit rows unsaved; drop them so a retry writes each change once.</summary>
    private static void Forget(DbContext? context)
    {
        if (context is not CmsDb db)
        {
            return;
        }

        foreach (var entry in db.PendingAudit)
        {
            db.Entry(entry).State = EntityState.Detached;
        }

        db.PendingAudit.Clear();
    }

    private void Append(DbContext? context)
    {
        if (context is not CmsDb db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var now = time.GetUtcNow();
        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only: an AuditEntry cannot be changed or deleted.");
            }

            if (entry.Entity is not IAudited || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var audit = Describe(entry, now, db);
            if (audit is not null)
            {
                entries.Add(audit);
            }
        }

        Forget(db);
        db.AuditEntries.AddRange(entries);
        db.PendingAudit.AddRange(entries);
    }

    private static AuditEntry? Describe(EntityEntry entry, DateTimeOffset now, CmsDb db)
    {
        var type = entry.Metadata.ClrType.Name;
        var id = KeyOf(entry);
        switch (entry.State)
        {
            case EntityState.Added:
                return AuditEntry.Record(now, db.AuditActor, AuditActions.Created, type, id, null,
                    Serialize(entry.Properties.Select(p => (p.Metadata, p.CurrentValue))), db.AuditReason);
            case EntityState.Deleted:
                return AuditEntry.Record(now, db.AuditActor, AuditActions.Deleted, type, id,
                    Serialize(entry.Properties.Select(p => (p.Metadata, p.OriginalValue))), null, db.AuditReason);
            case EntityState.Modified:
                var changed = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                // "After" also names the row's owners (its foreign keys), so a changed detail (an address, a phone)
                // can be found from its party's history.
                var owners = entry.Properties.Where(p => p.Metadata.IsForeignKey() && !changed.Contains(p));
                return changed.Count == 0
                    ? null
                    : AuditEntry.Record(now, db.AuditActor, AuditActions.Updated, type, id, Serialize(changed.Select(p => (p.Metadata, p.OriginalValue))),
                        Serialize(changed.Concat(owners).Select(p => (p.Metadata, p.CurrentValue))), db.AuditReason);
            default:
                return null;
        }
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey() ?? throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} has no key to audit.");
        return string.Join(':', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    /// <summary>The entry a new entity gets when it is written without change tracking (a bulk insert): the same as
    /// <see cref="SaveChangesInterceptor"/> writes for an added one.</summary>
    public static AuditEntry Created(CmsDb db, object entity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        var type = db.Model.FindEntityType(entity.GetType()) ?? throw new InvalidOperationException($"{entity.GetType().Name} is not in the model.");
        var key = type.FindPrimaryKey() ?? throw new InvalidOperationException($"{type.ClrType.Name} has no key to audit.");
        var id = string.Join(':', key.Properties.Select(p => Convert.ToString(p.GetGetter().GetClrValue(entity), CultureInfo.InvariantCulture)));
        return AuditEntry.Record(now, db.AuditActor, AuditActions.Created, type.ClrType.Name, id, null,
            Serialize(type.GetProperties().Select(p => ((IProperty)p, p.GetGetter().GetClrValue(entity)))), db.AuditReason);
    }

    private static string Serialize(IEnumerable<(IProperty Property, object? Value)> properties)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (property, value) in properties)
        {
            // xmin changes on every write and says nothing about the business change.
            if (property.IsConcurrencyToken)
            {
                continue;
            }

            values[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = value;
        }

        return JsonSerializer.Serialize(values, Json);
    }
}

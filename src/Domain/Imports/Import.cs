using System.Text.Json;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Imports;

/// <summary>
/// One upload of a CSV file and what became of it: the import history. Its content hash lets a second upload of the
/// same file be recognised (<see cref="ImportStatus.AlreadyImported"/>); rows_done and bytes_done move while it runs.
/// </summary>
public sealed class Import : IAudited
{
    public const int KindMaxLength = 40;
    public const int FileNameMaxLength = 260;
    public const int MessageMaxLength = 2000;

    private Import() { }

    private Import(string kind, ImportFile file, Guid? byId, DateTimeOffset now, bool dryRun)
    {
        DryRun = dryRun;
        Id = Guid.CreateVersion7();
        Kind = Guard.Required(kind, nameof(kind), KindMaxLength);
        FileName = Guard.Required(Path.GetFileName(file.FileName), "fileName", FileNameMaxLength);
        Sha256 = file.Sha256;
        SizeBytes = file.Length;
        ById = byId;
        QueuedAt = now.ToUniversalTime();
        Status = ImportStatus.Queued;
    }

    public Guid Id { get; private set; }

    /// <summary>What the file holds, e.g. "booked-activity"; each importer names its own.</summary>
    public string Kind { get; private set; } = "";

    public string FileName { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public string Sha256 { get; private set; } = "";

    public long SizeBytes { get; private set; }

    /// <summary>The user who uploaded it; null for a system import.</summary>
    public Guid? ById { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public ImportStatus Status { get; private set; }

    /// <summary>Data rows read so far (all of them once finished).</summary>
    public long RowsDone { get; private set; }

    public long BytesDone { get; private set; }

    /// <summary>Rows that were new.</summary>
    public long Created { get; private set; }

    /// <summary>Rows that were already stored (same natural key), so changed nothing.</summary>
    public long Matched { get; private set; }

    /// <summary>Rows with at least one error.</summary>
    public long Rejected { get; private set; }

    /// <summary>True when more errors were found than <see cref="Errors"/> keeps.</summary>
    public bool ErrorsTruncated { get; private set; }

    /// <summary>For <see cref="ImportStatus.AlreadyImported"/>: the earlier import of the same content.</summary>
    public Guid? SameAsImportId { get; private set; }

    /// <summary>Why a <see cref="ImportStatus.Failed"/> import stopped.</summary>
    public string? Message { get; private set; }

    /// <summary>The kept row errors as JSON (jsonb).</summary>
    public string ErrorsJson { get; private set; } = "[]";

    public IReadOnlyList<ImportRowError> Errors => JsonSerializer.Deserialize<List<ImportRowError>>(ErrorsJson) ?? [];

    /// <summary>True for a dry run: the file is checked and nothing is stored.</summary>
    public bool DryRun { get; private set; }

    /// <summary>For a dry run: what each of the first rows would do, as JSON (jsonb).</summary>
    public string PlanJson { get; private set; } = "[]";

    public IReadOnlyList<ImportPlanLine> Plan => JsonSerializer.Deserialize<List<ImportPlanLine>>(PlanJson) ?? [];

    public bool IsFinished => Status is not (ImportStatus.Queued or ImportStatus.Running);

    /// <param name="dryRun">Read and check everything, say what would happen (<see cref="Plan"/>), store nothing.</param>
    public static Import Queue(string kind, ImportFile file, Guid? byId, DateTimeOffset now, bool dryRun = false)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new Import(kind, file, byId, now, dryRun);
    }

    /// <summary>A dry run whose rows were all valid: what would be created and matched; the transaction is rolled back.</summary>
    public void Check(long rows, long bytes, long created, long matched, ImportPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        EnsureStatus(ImportStatus.Running, "check");
        if (!DryRun)
        {
            throw new InvalidOperationException("Only a dry run ends as Checked.");
        }

        Finish(ImportStatus.Checked, rows, bytes, now);
        Created = created;
        Matched = matched;
        PlanJson = JsonSerializer.Serialize(plan.Kept);
    }

    public void Start(DateTimeOffset now)
    {
        EnsureStatus(ImportStatus.Queued, "start");
        Status = ImportStatus.Running;
        StartedAt = now.ToUniversalTime();
    }

    public void Succeed(long rows, long bytes, long created, long matched, DateTimeOffset now)
    {
        EnsureStatus(ImportStatus.Running, "complete");
        if (created + matched != rows)
        {
            throw new InvalidOperationException($"created ({created}) + matched ({matched}) must be the rows read ({rows}).");
        }

        Finish(ImportStatus.Succeeded, rows, bytes, now);
        Created = created;
        Matched = matched;
    }

    public void Reject(long rows, long bytes, ImportErrors errors, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(errors);
        EnsureStatus(ImportStatus.Running, "reject");
        Finish(ImportStatus.Rejected, rows, bytes, now);
        Rejected = errors.RejectedRows;
        ErrorsTruncated = errors.Truncated;
        ErrorsJson = JsonSerializer.Serialize(errors.Kept);
    }

    public void MarkAlreadyImported(Guid earlierImportId, DateTimeOffset now)
    {
        if (IsFinished)
        {
            throw new DomainRuleException($"The import is already {Status}.");
        }

        StartedAt ??= now.ToUniversalTime();
        Finish(ImportStatus.AlreadyImported, 0, 0, now);
        SameAsImportId = earlierImportId;
    }

    public void Fail(string message, DateTimeOffset now)
    {
        if (IsFinished)
        {
            throw new DomainRuleException($"The import is already {Status}.");
        }

        Finish(ImportStatus.Failed, RowsDone, BytesDone, now);
        Message = message.Length <= MessageMaxLength ? message : message[..MessageMaxLength];
    }

    private void Finish(ImportStatus status, long rows, long bytes, DateTimeOffset now)
    {
        Status = status;
        RowsDone = rows;
        BytesDone = bytes;
        FinishedAt = now.ToUniversalTime();
    }

    private void EnsureStatus(ImportStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new DomainRuleException($"Cannot {action} an import that is {Status}.");
        }
    }
}

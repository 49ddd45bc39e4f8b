namespace OutlookCms.Domain.Imports;

public enum ImportStatus
{
    /// <summary>Uploaded, waiting for a worker.</summary>
    Queued,
    Running,
    /// <summary>Every row was valid and the file's rows are stored (new ones created, known ones matched).</summary>
    Succeeded,
    /// <summary>A dry run in which every row was valid: the counts and <see cref="Import.Plan"/> say what an import would do; nothing was stored.</summary>
    Checked,
    /// <summary>At least one row was bad: nothing from the file was stored; <see cref="Import.Errors"/> says why.</summary>
    Rejected,
    /// <summary>The same content (same SHA-256) was already imported successfully; nothing was read again.</summary>
    AlreadyImported,
    /// <summary>Stopped by something other than the file (the database, the host stopping): nothing was stored.</summary>
    Failed,
}

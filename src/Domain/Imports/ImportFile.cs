using System.Security.Cryptography;

namespace OutlookCms.Domain.Imports;

/// <summary>
/// An uploaded file kept on local disk while it is imported, with its SHA-256 and length worked out as it was saved
/// (one pass over the upload). Deleting it is the owner's job (<see cref="Dispose"/>).
/// </summary>
public sealed class ImportFile : IDisposable
{
    private ImportFile(string path, string fileName, string sha256, long length)
    {
        Path = path;
        FileName = fileName;
        Sha256 = sha256;
        Length = length;
    }

    public string Path { get; }

    /// <summary>The name the uploader gave the file.</summary>
    public string FileName { get; }

    public string Sha256 { get; }

    public long Length { get; }

    public static async Task<ImportFile> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"outlookcms-import-{Guid.NewGuid():N}.csv");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            return new ImportFile(path, fileName, Convert.ToHexStringLower(hash.GetHashAndReset()), file.Length);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public FileStream OpenRead() => new(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);

    public void Dispose() => File.Delete(Path);
}
